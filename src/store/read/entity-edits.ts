// Entity edits as the store applies them: the active edits that reach some entity ids, what they
// make of one article's extraction (a pure function), and what readers see of an entity under
// them (its names per language, where a merged id leads).
import type { Kysely } from 'kysely';
import type { Analysis, DatedEvent, Entity, EntityType, Language, Mention } from '../../analyze/types.ts';
import { chunks, fromJson, nameKey } from '../codec.ts';
import type { Database } from '../schema.ts';
import type { EntityEditAction } from '../types.ts';

/** What an edit row's `value` holds, by action. */
export interface EditValue {
  /** renamed: the new name and the interface language it is for (null: every language). */
  name?: string;
  language?: Language | null;
  /** renamed/retyped: the name or type before the edit (what an undo of the first edit goes back to). */
  was?: string;
  /** retyped: the new type; split/unlinked: the new entity's type. */
  type?: EntityType;
  /** unlinked/split: the chosen mentions, by article identity (null: every article) and name key of the text. */
  mentions?: { article: string | null; text: string }[];
}

/** One active edit, as the rules apply it. */
export interface EditRule {
  id: number;
  action: EntityEditAction;
  entityId: string;
  targetId: string | null;
  value: EditValue;
}

/**
 * The active edits (not undone) that can change what the given entity ids become, oldest first:
 * the edits of those entities, then of the entities those edits lead to (a merge's survivor, a
 * split's new entity), until nothing new is reached.
 */
export async function rulesFor(db: Kysely<Database>, entityIds: Iterable<string>): Promise<EditRule[]> {
  const seen = new Set<string>();
  const rules = new Map<number, EditRule>();
  let frontier = [...new Set(entityIds)];
  while (frontier.length) {
    for (const id of frontier) seen.add(id);
    const next: string[] = [];
    for (const batch of chunks(frontier)) {
      const rows = await db
        .selectFrom('entity_edits')
        .select(['id', 'action', 'entity_id', 'target_id', 'value'])
        .where('entity_id', 'in', batch)
        .where('undone_at', 'is', null)
        .execute();
      for (const r of rows) {
        const value = fromJson<EditValue>(r.value);
        rules.set(r.id, {
          id: r.id,
          action: r.action as EntityEditAction,
          entityId: r.entity_id,
          targetId: r.target_id,
          value,
        });
        if (r.target_id && !seen.has(r.target_id)) next.push(r.target_id);
      }
    }
    frontier = [...new Set(next)];
  }
  return [...rules.values()].sort((a, b) => a.id - b.id);
}

/** Whether a rule's chosen mentions include this one (text compared as names are: case and spaces folded). */
function chosen(rule: EditRule, identity: string, text: string): boolean {
  const key = nameKey(text);
  return (rule.value.mentions ?? []).some((m) => (m.article === null || m.article === identity) && m.text === key);
}

/**
 * What a mention of `entityId` (with this text, in the article of this identity) belongs to after
 * the rules, applied in order: a merge sends it to the survivor, a chosen unlink or split to the
 * new entity (or none), a delete to none.
 */
export function editedEntityOf(
  rules: EditRule[],
  entityId: string,
  identity: string,
  text: string | null,
): string | null {
  let id: string | null = entityId;
  for (const rule of rules) {
    if (id !== rule.entityId) continue;
    if (rule.action === 'merged') id = rule.targetId;
    else if (rule.action === 'deleted') id = null;
    else if ((rule.action === 'unlinked' || rule.action === 'split') && text !== null && chosen(rule, identity, text)) {
      id = rule.targetId;
    }
    if (id === null) return null;
  }
  return id;
}

/** The name and type the rules give an entity id: the last rename for every language, the last retype. */
function attributesOf(rules: EditRule[], id: string): { name?: string; type?: EntityType } {
  const out: { name?: string; type?: EntityType } = {};
  for (const rule of rules) {
    if (rule.entityId !== id) continue;
    if (rule.action === 'renamed' && !rule.value.language && rule.value.name) out.name = rule.value.name;
    if (rule.action === 'retyped' && rule.value.type) out.type = rule.value.type;
  }
  return out;
}

/** An entity a rule creates (a split's or an unlink's new one): its name and type. */
function createdBy(rules: EditRule[], id: string): { name: string; type: EntityType } | null {
  for (const rule of rules) {
    if (
      (rule.action === 'split' || rule.action === 'unlinked') &&
      rule.targetId === id &&
      rule.value.name &&
      rule.value.type
    ) {
      return { name: rule.value.name, type: rule.value.type };
    }
  }
  return null;
}

/**
 * One article's extraction with the edits applied: mentions moved to the entities the rules send
 * them to (or dropped), entities merged, created, renamed and retyped, and each event's
 * participants following their mentions in its sentence. The input is not changed; with no rules
 * it is returned as is.
 */
export function applyEntityEdits(analysis: Analysis, identity: string, rules: EditRule[]): Analysis {
  if (!rules.length) return analysis;
  const byId = new Map<string, Entity>();
  const sources = new Map<string, Entity[]>();
  /** Raw entity id → where each of its mentions went, for event participants. */
  const moved = new Map<string, { mention: Mention; to: string | null }[]>();
  for (const e of analysis.entities) {
    const fates: { mention: Mention; to: string | null }[] = [];
    for (const m of e.mentions) {
      const to = editedEntityOf(rules, e.id, identity, m.text);
      fates.push({ mention: m, to });
      if (to === null) continue;
      let target = byId.get(to);
      if (!target) {
        target = { ...baseOf(rules, to, e, analysis), mentions: [] };
        byId.set(to, target);
      }
      target.mentions.push(m);
      if (to !== e.id) sources.set(to, [...(sources.get(to) ?? []), e]);
    }
    moved.set(e.id, fates);
    // An entity with no mentions of its own still exists where the rules leave its id.
    if (!e.mentions.length) {
      const to = editedEntityOf(rules, e.id, identity, null);
      if (to !== null && !byId.has(to)) byId.set(to, { ...baseOf(rules, to, e, analysis), mentions: [] });
    }
  }
  // A merged entity's names become the survivor's aliases, so a search by the old name finds it.
  for (const [to, from] of sources) {
    const target = byId.get(to);
    if (!target) continue;
    const wasMerged = from.filter((f) => editedEntityOf(rules, f.id, identity, null) === to);
    target.aliases = [...new Set([...target.aliases, ...wasMerged.flatMap((f) => [f.name, ...f.aliases])])].filter(
      (a) => a !== target.name,
    );
  }
  const entities = [...byId.values()];
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const events = analysis.events.map((event) => {
    const ids = new Set<string>();
    for (const raw of rawParticipants(event, analysis.entities)) {
      const inSentence = (moved.get(raw) ?? []).filter(
        (f) => f.mention.start >= event.sentence.start && f.mention.end <= event.sentence.end,
      );
      if (inSentence.length) {
        for (const f of inSentence) if (f.to !== null) ids.add(f.to);
      } else {
        const to = editedEntityOf(rules, raw, identity, null);
        if (to !== null) ids.add(to);
      }
    }
    const entityIds = [...ids].filter((id) => names.has(id));
    return { ...event, entityIds, entities: entityIds.map((id) => names.get(id) as string) };
  });
  return { ...analysis, entities, events };
}

/** What an entity id starts as in this article: its own extraction, a rule's new entity, or the entity merged into it. */
function baseOf(rules: EditRule[], id: string, from: Entity, analysis: Analysis): Omit<Entity, 'mentions'> {
  const own = analysis.entities.find((e) => e.id === id);
  const created = createdBy(rules, id);
  const base: Omit<Entity, 'mentions'> = own
    ? { id, name: own.name, type: own.type, aliases: [...own.aliases] }
    : created
      ? { id, name: created.name, type: created.type, aliases: [] }
      : { id, name: from.name, type: from.type, aliases: [] };
  const coordinates = own?.coordinates ?? (created ? undefined : from.coordinates);
  if (coordinates) base.coordinates = coordinates;
  return { ...base, ...attributesOf(rules, id) };
}

/** An event's participants as extracted: its ids when given, else its names looked up among the article's entities. */
function rawParticipants(event: DatedEvent, entities: Entity[]): string[] {
  const known = new Set(entities.map((e) => e.id));
  if (event.entityIds?.length) return event.entityIds.filter((id) => known.has(id));
  const byName = new Map<string, string>();
  for (const e of entities) {
    byName.set(e.name, e.id);
    for (const a of e.aliases) if (!byName.has(a)) byName.set(a, e.id);
  }
  return event.entities.map((n) => byName.get(n)).filter((id): id is string => !!id);
}

/** Every entity id an article's extraction names (mentions, participants), before edits. */
export function extractedEntityIds(analysis: Analysis): string[] {
  return [...new Set(analysis.entities.map((e) => e.id))];
}

/**
 * Where an id leads after its active merges (following chains), or null when it is not merged
 * away. An id that has live mentions again (a split gave the merged mentions back to it) is not
 * merged away. A cycle (which `editEntity` refuses) stops where it would repeat.
 */
export async function entityRedirect(db: Kysely<Database>, id: string): Promise<string | null> {
  let current = id;
  const seen = new Set([id]);
  for (;;) {
    const live = await db.selectFrom('entities').select('mention_count').where('id', '=', current).executeTakeFirst();
    if (live && Number(live.mention_count) > 0) return current === id ? null : current;
    const row = await db
      .selectFrom('entity_edits')
      .select('target_id')
      .where('entity_id', '=', current)
      .where('action', '=', 'merged')
      .where('undone_at', 'is', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row?.target_id || seen.has(row.target_id)) return current === id ? null : current;
    seen.add(row.target_id);
    current = row.target_id;
  }
}

/** Whether an active edit deleted this entity (a later undo brings it back). */
export async function isDeleted(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('entity_edits')
    .select('id')
    .where('entity_id', '=', id)
    .where('action', '=', 'deleted')
    .where('undone_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The names editors gave entities per interface language, by entity id: a rename for every
 * language sets all three, a rename for one language that one; later edits win.
 */
export async function editedNames(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, Partial<Record<Language, string>>>> {
  const out = new Map<string, Partial<Record<Language, string>>>();
  const unique = [...new Set(ids)];
  for (const batch of chunks(unique)) {
    if (!batch.length) continue;
    const rows = await db
      .selectFrom('entity_edits')
      .select(['entity_id', 'value'])
      .where('action', '=', 'renamed')
      .where('undone_at', 'is', null)
      .where('entity_id', 'in', batch)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const v = fromJson<EditValue>(r.value);
      if (!v.name) continue;
      const names = out.get(r.entity_id) ?? {};
      if (v.language) names[v.language] = v.name;
      else for (const lang of ['kk', 'ru', 'en'] as const) names[lang] = v.name;
      out.set(r.entity_id, names);
    }
  }
  return out;
}

/** Whether any entity edit was ever made: until one is, reads skip looking for names. */
export async function hasEntityEdits(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('entity_edits').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Sets `names` on the entities an editor renamed per language (nothing when no edit was ever made). */
export async function withEditedNames<E extends { id: string; names?: Partial<Record<Language, string>> }>(
  db: Kysely<Database>,
  entities: E[],
): Promise<E[]> {
  if (!entities.length || !(await hasEntityEdits(db))) return entities;
  const names = await editedNames(
    db,
    entities.map((e) => e.id),
  );
  for (const e of entities) {
    const n = names.get(e.id);
    if (n) e.names = n;
  }
  return entities;
}
