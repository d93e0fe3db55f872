// Editors' entity edits (issue 17): each is stored as an assertion (`entity_edits`) that every save
// applies to what the extractor found, is applied to the stored facts at once by redoing the
// articles it reaches from their stored extraction, and writes one audit row with the entity as
// readers saw it before and after. An undo marks the edit undone and redoes the same articles.
import type { CompiledQuery, Kysely } from 'kysely';
import type { EntityType } from '../../analyze/types.ts';
import type { ArticleMeta, SourceFormat } from '../../domain/article.ts';
import { ENTITY_ID_PREFIX } from '../../domain/entity-types.ts';
import { chunks, fromJson, nameKey, toNumber } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkArticleId, checkEntityId, checkEntityType, checkLanguage, checkNoNul } from '../limits.ts';
import {
  applyEntityEdits,
  type EditValue,
  editedNames,
  entityRedirect,
  extractedEntityIds,
  isDeleted,
  rulesFor,
} from '../read/entity-edits.ts';
import type { Database } from '../schema.ts';
import type {
  ArticleInput,
  AuditEntry,
  EntityEditAction,
  EntityEditInput,
  EntityState,
  EntityUndoInput,
  MentionChoice,
} from '../types.ts';
import { removeFacts, writeFacts } from './facts.ts';
import { mergeClaims } from './merge-claims.ts';
import { mergeEvents } from './merge-events.ts';
import { MergeCache } from './save-context.ts';

const ACTIONS = new Set<string>(['renamed', 'retyped', 'unlinked', 'merged', 'split', 'deleted']);
const MAX_NAME_CHARS = 200;
const MAX_NOTE_CHARS = 1000;
const MAX_CHOICES = 100;
const quoted = (s: unknown) => JSON.stringify(String(s).slice(0, 60));

/**
 * A save's extraction with the active entity edits applied (the stored revision keeps the
 * extraction as it was). With a batch's `cache`, a store without active edits is told once per
 * batch instead of asked for each article's entities (edits take the write lock the batch holds).
 */
export async function withEntityEdits(
  trx: Kysely<Database>,
  identity: string,
  input: ArticleInput,
  cache?: MergeCache,
): Promise<ArticleInput> {
  if (cache) {
    cache.anyEntityEdits ??= !!(await trx
      .selectFrom('entity_edits')
      .select('id')
      .where('undone_at', 'is', null)
      .limit(1)
      .executeTakeFirst());
    if (!cache.anyEntityEdits) return input;
  }
  const rules = await rulesFor(trx, extractedEntityIds(input.analysis));
  return rules.length ? { ...input, analysis: applyEntityEdits(input.analysis, identity, rules) } : input;
}

/**
 * Records which entity ids the article's extraction named, so an edit of one of them finds the
 * article. A new article has no rows to replace; given `writes`, the inserts join them.
 */
export async function recordExtractedEntities(
  trx: Kysely<Database>,
  articleId: number,
  input: ArticleInput,
  options: { isNew?: boolean; writes?: CompiledQuery[] } = {},
): Promise<void> {
  if (!options.isNew) await trx.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  const rows = extractedEntityIds(input.analysis).map((entity_id) => ({ article_id: articleId, entity_id }));
  for (const batch of chunks(rows)) {
    const insert = trx.insertInto('article_entities').values(batch);
    if (options.writes) options.writes.push(insert.compile());
    else await insert.execute();
  }
}

async function editorId(trx: Kysely<Database>, name: string): Promise<number> {
  if (typeof name !== 'string' || name.length > 64)
    throw new StoreInputError(`editor: not a valid name: ${quoted(name)}`);
  const editor = await trx
    .selectFrom('editors')
    .select(['id', 'revoked_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (!editor) throw new StoreInputError(`editor: no editor named ${quoted(name)}`);
  if (editor.revoked_at) throw new StoreInputError(`editor: ${quoted(name)} was revoked at ${editor.revoked_at}`);
  return editor.id;
}

function checkNote(note: string | undefined): void {
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_CHARS)) {
    throw new StoreInputError(`note: at most ${MAX_NOTE_CHARS} characters`);
  }
  checkNoNul(note, 'note');
}

function checkName(name: unknown, field = 'name'): string {
  const trimmed = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (!trimmed || trimmed.length > MAX_NAME_CHARS) {
    throw new StoreInputError(`${field}: must be 1–${MAX_NAME_CHARS} characters`);
  }
  checkNoNul(trimmed, field);
  return trimmed;
}

/** An entity as readers see it now (an absent one as an empty, deleted state). */
export async function entityState(db: Kysely<Database>, id: string): Promise<EntityState> {
  const [row, names, mergedInto, deleted] = await Promise.all([
    db
      .selectFrom('entities')
      .select(['name', 'type', 'mention_count', 'article_count'])
      .where('id', '=', id)
      .executeTakeFirst(),
    editedNames(db, [id]),
    entityRedirect(db, id),
    isDeleted(db, id),
  ]);
  return {
    name: row?.name ?? '',
    type: (row?.type ?? 'PERSON') as EntityType,
    names: names.get(id) ?? {},
    mentionCount: toNumber(row?.mention_count),
    articleCount: toNumber(row?.article_count),
    mergedInto,
    deleted: deleted || !row,
  };
}

/** The entity row, when it is one readers can see: stored, not merged away, not deleted. */
async function liveEntity(trx: Kysely<Database>, id: string) {
  const row = await trx.selectFrom('entities').select(['id', 'name', 'type']).where('id', '=', id).executeTakeFirst();
  if (!row || (await entityRedirect(trx, id)) !== null || (await isDeleted(trx, id))) return null;
  return row;
}

/** The id a name gives an entity of this type: the type's prefix and the name's words. */
function idFor(type: EntityType, name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'entity';
  return `${ENTITY_ID_PREFIX[type]}:${slug}`;
}

/** A new entity's id: `idFor` the name, with `-2`, `-3`… when the id is taken. */
async function freshEntityId(trx: Kysely<Database>, type: EntityType, name: string): Promise<string> {
  const base = idFor(type, name);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const [entity, edit] = await Promise.all([
      trx.selectFrom('entities').select('id').where('id', '=', id).executeTakeFirst(),
      trx
        .selectFrom('entity_edits')
        .select('id')
        .where((eb) => eb.or([eb('target_id', '=', id), eb('entity_id', '=', id)]))
        .limit(1)
        .executeTakeFirst(),
    ]);
    if (!entity && !edit) return id;
  }
}

/** Whether an active edit merged `id` straight into `into`. */
async function mergedInto(trx: Kysely<Database>, id: string, into: string): Promise<boolean> {
  const row = await trx
    .selectFrom('entity_edits')
    .select('id')
    .where('entity_id', '=', id)
    .where('target_id', '=', into)
    .where('action', '=', 'merged')
    .where('undone_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Chosen mentions as the edit keeps them (article identity, name key of the text), each checked
 * to be a live mention of the entity, with the text as first written (for a new entity's name).
 */
async function anchorChoices(
  trx: Kysely<Database>,
  entityId: string,
  choices: MentionChoice[],
): Promise<{ anchors: { article: string | null; text: string }[]; firstText: string }> {
  if (!Array.isArray(choices) || choices.length < 1 || choices.length > MAX_CHOICES) {
    throw new StoreInputError(`mentions: choose 1–${MAX_CHOICES} mentions`);
  }
  const anchors: { article: string | null; text: string }[] = [];
  let firstText = '';
  for (const [i, choice] of choices.entries()) {
    const text = checkName(choice?.text, `mentions.${i}.text`);
    let article: string | null = null;
    let query = trx.selectFrom('mentions').select('text').distinct().where('entity_id', '=', entityId);
    if (choice.articleId !== null) {
      checkArticleId(choice.articleId, `mentions.${i}.articleId`);
      const row = await trx
        .selectFrom('articles')
        .select('identity')
        .where('id', '=', choice.articleId)
        .executeTakeFirst();
      if (!row) throw new StoreInputError(`mentions.${i}.articleId: no article ${choice.articleId}`);
      article = row.identity;
      query = query.where('article_id', '=', choice.articleId);
    }
    const texts = (await query.execute()).map((r) => r.text);
    const match = texts.find((t) => nameKey(t) === nameKey(text));
    if (!match) {
      const where = choice.articleId === null ? 'any article' : `article ${choice.articleId}`;
      throw new StoreInputError(`mentions.${i}: ${entityId} has no mention ${quoted(text)} in ${where}`);
    }
    if (!firstText) firstText = match;
    anchors.push({ article, text: nameKey(text) });
  }
  return { anchors, firstText };
}

/**
 * Ids whose mentions an edit of `id` can move: `id` and every id the active edits lead into it
 * (merged into it, split or unlinked into it), transitively.
 */
async function feedingIds(trx: Kysely<Database>, id: string): Promise<string[]> {
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length) {
    const rows = await trx
      .selectFrom('entity_edits')
      .select('entity_id')
      .where('target_id', 'in', frontier)
      .where('undone_at', 'is', null)
      .execute();
    frontier = rows.map((r) => r.entity_id).filter((e) => !seen.has(e));
    for (const e of frontier) seen.add(e);
  }
  return [...seen];
}

/** Articles whose extraction names one of these ids: the ones an edit of them must redo. */
async function articlesNaming(trx: Kysely<Database>, ids: string[]): Promise<number[]> {
  const found = new Set<number>();
  for (const batch of chunks(ids)) {
    const rows = await trx
      .selectFrom('article_entities')
      .select('article_id')
      .distinct()
      .where('entity_id', 'in', batch)
      .execute();
    for (const r of rows) found.add(r.article_id);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Redoes the facts of these articles from their stored extraction with today's edits, as a
 * re-extraction does: withdrawn, written again, events and claims merged again.
 */
export async function redoArticles(trx: Kysely<Database>, dialect: StoreDialect, articleIds: number[]): Promise<void> {
  for (const id of articleIds) {
    const row = await trx
      .selectFrom('articles')
      .innerJoin('revisions', (join) =>
        join
          .onRef('revisions.article_id', '=', 'articles.id')
          .onRef('revisions.revision', '=', 'articles.current_revision'),
      )
      .select([
        'articles.identity',
        'articles.site',
        'articles.source_id',
        'articles.path',
        'articles.current_revision',
        'revisions.format',
        'revisions.hash',
        'revisions.text',
        'revisions.meta',
        'revisions.analysis',
      ])
      .where('articles.id', '=', id)
      .executeTakeFirst();
    if (!row) continue;
    const extracted: ArticleInput = {
      site: row.site,
      sourceId: row.source_id,
      path: row.path,
      format: row.format as SourceFormat,
      hash: row.hash,
      text: row.text,
      meta: fromJson<ArticleMeta>(row.meta),
      analysis: fromJson(row.analysis),
    };
    const input = await withEntityEdits(trx, row.identity, extracted);
    const withdrawnFrom = await removeFacts(trx, dialect, id);
    await writeFacts(trx, dialect, id, row.current_revision, input);
    const ctx = {
      articleId: id,
      revision: row.current_revision,
      identity: row.identity,
      input,
      events: new MergeCache(),
      withdrawnFrom,
    };
    await mergeEvents(trx, ctx);
    await mergeClaims(trx, ctx);
  }
}

/** The entity's name or type as the active renames (for every language) and retypes leave it. */
async function restoreAttributes(trx: Kysely<Database>, id: string): Promise<void> {
  const rows = await trx
    .selectFrom('entity_edits')
    .select(['action', 'value', 'undone_at'])
    .where('entity_id', '=', id)
    .where('action', 'in', ['renamed', 'retyped'])
    .orderBy('id')
    .execute();
  let name: string | undefined;
  let type: string | undefined;
  let originalName: string | undefined;
  let originalType: string | undefined;
  for (const r of rows) {
    const v = fromJson<EditValue>(r.value);
    if (r.action === 'renamed' && !v.language) {
      originalName ??= v.was;
      if (!r.undone_at) name = v.name;
    }
    if (r.action === 'retyped') {
      originalType ??= v.was;
      if (!r.undone_at) type = v.type;
    }
  }
  const set: { name?: string; type?: string } = {};
  if (name ?? originalName) set.name = (name ?? originalName) as string;
  if (type ?? originalType) set.type = (type ?? originalType) as string;
  if (set.name || set.type) await trx.updateTable('entities').set(set).where('id', '=', id).execute();
  if (set.name) await addNameKey(trx, id, set.name);
}

async function addNameKey(trx: Kysely<Database>, id: string, name: string): Promise<void> {
  const key = nameKey(name);
  if (!key) return;
  await trx
    .insertInto('entity_names')
    .values({ name_key: key, entity_id: id })
    .onConflict((oc) => oc.columns(['name_key', 'entity_id']).doNothing())
    .execute();
}

async function logEdit(
  trx: Kysely<Database>,
  row: {
    editorId: number;
    editor: string;
    entityId: string;
    action: EntityEditAction | 'undone';
    before: EntityState;
    after: EntityState;
    note: string | null;
    editId: number;
    target: string | null;
    at: string;
  },
): Promise<AuditEntry> {
  const logged = await trx
    .insertInto('audit_log')
    .values({
      editor_id: row.editorId,
      fact_type: 'entity',
      fact_key: row.entityId,
      action: row.action,
      before: JSON.stringify(row.before),
      after: JSON.stringify(row.after),
      note: row.note,
      created_at: row.at,
      edit_id: row.editId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: logged.id,
    editor: row.editor,
    factType: 'entity',
    factKey: row.entityId,
    action: row.action,
    before: row.before,
    after: row.after,
    note: row.note,
    at: row.at,
    editId: row.editId,
    target: row.target,
  };
}

/** What an edit will store: its target and value, after checking the input against the entity. */
async function planEdit(
  trx: Kysely<Database>,
  input: EntityEditInput,
  entity: { id: string; name: string; type: string },
): Promise<{ target: string | null; value: EditValue }> {
  switch (input.action) {
    case 'renamed': {
      const name = checkName(input.name);
      checkLanguage(input.language);
      return { target: null, value: { name, language: input.language ?? null, was: entity.name } };
    }
    case 'retyped': {
      checkEntityType(input.type, 'type');
      if (!input.type) throw new StoreInputError('type: give the right type');
      if (input.type === entity.type) throw new StoreInputError(`type: ${entity.id} is already ${input.type}`);
      return { target: null, value: { type: input.type, was: entity.type } };
    }
    case 'merged': {
      checkEntityId(input.into, 'into');
      if (input.into === entity.id) throw new StoreInputError('into: an entity cannot be merged into itself');
      const into = await liveEntity(trx, input.into);
      if (!into) throw new StoreInputError(`into: no entity ${input.into}`);
      return { target: into.id, value: {} };
    }
    case 'unlinked': {
      if (input.becomes !== 'own' && input.becomes !== 'none') {
        throw new StoreInputError(`becomes: not one of own, none: ${quoted(input.becomes)}`);
      }
      const { anchors, firstText } = await anchorChoices(trx, entity.id, input.mentions);
      const type = entity.type as EntityType;
      if (input.becomes === 'none') return { target: null, value: { mentions: anchors } };
      const target = await freshEntityId(trx, type, firstText);
      return { target, value: { mentions: anchors, name: firstText, type } };
    }
    case 'split': {
      const name = checkName(input.name);
      checkEntityType(input.type, 'type');
      const type = (input.type ?? entity.type) as EntityType;
      const { anchors } = await anchorChoices(trx, entity.id, input.mentions);
      // Split under the id of an entity merged into this one, its mentions go back to it.
      const former = idFor(type, name);
      const target = (await mergedInto(trx, former, entity.id)) ? former : await freshEntityId(trx, type, name);
      return { target, value: { mentions: anchors, name, type } };
    }
    case 'deleted':
      return { target: null, value: {} };
    default:
      throw new StoreInputError(
        `action: not one of renamed, retyped, unlinked, merged, split, deleted: ${quoted((input as { action: unknown }).action)}`,
      );
  }
}

/**
 * Stores an entity edit, applies it (the entity row for a rename or retype; every article whose
 * mentions it can move otherwise) and logs it, in one transaction. Null when the entity is not
 * one readers can see (absent, merged away or deleted).
 */
export async function editEntity(
  inWrite: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
  dialect: StoreDialect,
  input: EntityEditInput,
): Promise<AuditEntry | null> {
  if (!input || !ACTIONS.has(input.action)) {
    throw new StoreInputError(
      `action: not one of renamed, retyped, unlinked, merged, split, deleted: ${quoted(input?.action)}`,
    );
  }
  checkEntityId(input.entityId, 'entity');
  checkNote(input.note);
  return inWrite(async (trx) => {
    const editor = await editorId(trx, input.editor);
    const entity = await liveEntity(trx, input.entityId);
    if (!entity) return null;
    const { target, value } = await planEdit(trx, input, entity);
    const before = await entityState(trx, entity.id);
    // The articles to redo are found before the edit: those naming the entity or an id that leads into it.
    const moves = input.action !== 'renamed' && input.action !== 'retyped';
    const articles = moves ? await articlesNaming(trx, await feedingIds(trx, entity.id)) : [];
    const at = new Date().toISOString();
    const edit = await trx
      .insertInto('entity_edits')
      .values({
        action: input.action,
        entity_id: entity.id,
        target_id: target,
        value: JSON.stringify(value),
        editor_id: editor,
        note: input.note ?? null,
        created_at: at,
        undone_at: null,
        undone_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.action === 'renamed' && !value.language && value.name) {
      await trx.updateTable('entities').set({ name: value.name }).where('id', '=', entity.id).execute();
    }
    if (input.action === 'renamed' && value.name) await addNameKey(trx, entity.id, value.name);
    if (input.action === 'retyped' && value.type) {
      await trx.updateTable('entities').set({ type: value.type }).where('id', '=', entity.id).execute();
    }
    if (moves) await redoArticles(trx, dialect, articles);
    return logEdit(trx, {
      editorId: editor,
      editor: input.editor,
      entityId: entity.id,
      action: input.action,
      before,
      after: await entityState(trx, entity.id),
      note: input.note ?? null,
      editId: edit.id,
      target,
      at,
    });
  });
}

/** Undoes an active entity edit: marked undone (the row stays), its articles redone, logged as `undone`. */
export async function undoEntityEdit(
  inWrite: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
  dialect: StoreDialect,
  input: EntityUndoInput,
): Promise<AuditEntry | null> {
  if (!Number.isSafeInteger(input?.editId) || input.editId < 1) {
    throw new StoreInputError(`edit: not an edit id: ${quoted(input?.editId)}`);
  }
  checkNote(input.note);
  return inWrite(async (trx) => {
    const editor = await editorId(trx, input.editor);
    const edit = await trx.selectFrom('entity_edits').selectAll().where('id', '=', input.editId).executeTakeFirst();
    if (!edit) return null;
    if (edit.undone_at) throw new StoreInputError(`edit: ${edit.id} was already undone at ${edit.undone_at}`);
    const before = await entityState(trx, edit.entity_id);
    const moves = edit.action !== 'renamed' && edit.action !== 'retyped';
    const articles = moves ? await articlesNaming(trx, await feedingIds(trx, edit.entity_id)) : [];
    const at = new Date().toISOString();
    await trx.updateTable('entity_edits').set({ undone_at: at, undone_by: editor }).where('id', '=', edit.id).execute();
    if (moves) await redoArticles(trx, dialect, articles);
    else await restoreAttributes(trx, edit.entity_id);
    return logEdit(trx, {
      editorId: editor,
      editor: input.editor,
      entityId: edit.entity_id,
      action: 'undone',
      before,
      after: await entityState(trx, edit.entity_id),
      note: input.note ?? null,
      editId: edit.id,
      target: edit.target_id,
      at,
    });
  });
}
