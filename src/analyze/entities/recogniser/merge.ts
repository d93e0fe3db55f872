/**
 * Merging the trained recogniser's names with those the gazetteer and the cue-word patterns found.
 * The model decides where names are; the gazetteer decides who they are. A model name that another
 * recogniser found with the same span keeps that link; where the two disagree on the span, the one
 * the model finds more probable wins; a new name is linked to a gazetteer entry only when its whole
 * text is that entry's name and the types agree, otherwise it becomes an entity of its own with an
 * id from its inflection-free words. Every mention gets the model's confidence.
 */
import type { Entity, EntityType, Language, Mention } from '../../types.ts';
import { gazetteerEntries, matchGazetteer } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';

/** Confidence of a mention whose type or span the model cannot judge (Russian EVENT, a document number). */
export const UNJUDGED_CONFIDENCE = 0.5;
/** The model replaces another recogniser's span only when at least this sure of its own. */
export const OVERRIDE_AT = 0.5;
/** A name found by other means that the model finds less probable than this is dropped. */
export const DROP_BELOW = 0.01;

export interface MergeHelpers {
  /** Stable id of an entity the gazetteer does not know (`person:luka-modrich`). */
  derivedId(type: EntityType, tokens: Token[]): string;
  /** The name an entity of this mention text is called by (quotes, case endings removed). */
  nameOf(type: EntityType, text: string): string;
}

interface Placed {
  entity: Entity;
  mention: Mention;
}

/** The entities of `text` after adding and weighing the model's names; mentions carry `confidence`. */
export function mergeRecognition(
  text: string,
  lang: Language,
  tokens: Token[],
  entities: Entity[],
  rec: Recognition,
  helpers: MergeHelpers,
): Entity[] {
  const placed: Placed[] = [];
  for (const e of entities) for (const m of e.mentions) placed.push({ entity: e, mention: m });
  placed.sort((a, b) => a.mention.start - b.mention.start);
  const judged = (p: Placed) => rec.confidence(p.mention.start, p.mention.end, p.entity.type);
  // A known name of several words matched whole (`Conference on Interaction and Confidence-building
  // Measures in Asia`) is the surest evidence there is: no model span cuts it, nothing drops it.
  const gazetteer = gazetteerEntries();
  const known = (p: Placed) => gazetteer.has(p.entity.id) && /\s/.test(p.mention.text.trim());
  const removed = new Set<Mention>();
  const touched = new Set<Mention>();
  const added: ModelName[] = [];
  let lo = 0;
  for (const name of rec.names) {
    while (lo < placed.length && (placed[lo] as Placed).mention.start < name.start - 300) lo++;
    const over: Placed[] = [];
    for (let k = lo; k < placed.length && (placed[k] as Placed).mention.start < name.end; k++) {
      const p = placed[k] as Placed;
      if (p.mention.end > name.start && !removed.has(p.mention)) over.push(p);
    }
    const same = over.find((p) => p.mention.start === name.start && p.mention.end === name.end);
    if (same) {
      same.mention.confidence = same.entity.type === name.type ? name.confidence : (judged(same) ?? name.confidence);
      touched.add(same.mention);
      continue;
    }
    const rival = Math.max(0, ...over.map((p) => judged(p) ?? UNJUDGED_CONFIDENCE));
    if (over.length > 0 && (rival >= name.confidence || name.confidence < OVERRIDE_AT || over.some(known))) {
      for (const p of over) {
        p.mention.confidence = judged(p) ?? UNJUDGED_CONFIDENCE;
        touched.add(p.mention);
      }
      continue;
    }
    for (const p of over) removed.add(p.mention);
    added.push(name);
  }
  for (const p of placed) {
    if (removed.has(p.mention) || touched.has(p.mention)) continue;
    const c = judged(p) ?? UNJUDGED_CONFIDENCE;
    if (c < DROP_BELOW && !known(p)) removed.add(p.mention);
    else p.mention.confidence = c;
  }
  for (const e of entities) e.mentions = e.mentions.filter((m) => !removed.has(m));
  const byId = new Map(entities.filter((e) => e.mentions.length > 0).map((e) => [e.id, e]));
  for (const name of added) link(name);
  const out = [...byId.values()];
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start);
    e.confidence = Math.max(...e.mentions.map((m) => m.confidence ?? UNJUDGED_CONFIDENCE));
  }
  return out;

  function link(name: ModelName): void {
    const words = tokens.filter((t) => t.start >= name.start && t.end <= name.end);
    if (words.length === 0) return;
    const mention: Mention = {
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      confidence: name.confidence,
    };
    const whole = matchGazetteer(text, words, lang);
    const entry =
      whole.length === 1 && whole[0]?.from === 0 && whole[0].to === words.length
        ? gazetteerEntries().get(whole[0].id)
        : undefined;
    if (entry && entry.type === name.type) {
      const e = byId.get(entry.id) ?? {
        id: entry.id,
        name: lang === 'en' ? entry.name : (entry.names[lang][0] ?? entry.name),
        type: entry.type,
        aliases: [...entry.aliases],
        mentions: [],
      };
      if (entry.coordinates && !e.coordinates) e.coordinates = entry.coordinates;
      e.mentions.push(mention);
      byId.set(e.id, e);
      return;
    }
    const id = helpers.derivedId(name.type, words);
    const n = helpers.nameOf(name.type, mention.text);
    const e = byId.get(id) ?? { id, name: n, type: name.type, aliases: [n], mentions: [] };
    if (!e.aliases.includes(n)) e.aliases.push(n);
    e.mentions.push(mention);
    byId.set(id, e);
  }
}
