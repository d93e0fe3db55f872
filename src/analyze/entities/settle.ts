/**
 * The last pass over a text's entities, whichever recogniser found them: a discourse word glued to
 * the front of a name is cut off (`Также Лукашенко`), a capitalised adjective before a common noun
 * is no entity (`Меньшей` of «хан Меньшей орды»), a bare surname goes to the person the text named
 * in full rather than to a famous namesake (`Полина Гагарина … Гагарина` is not Yuri Gagarin), an
 * entity the gazetteer does not know is named and identified by its dictionary form
 * (`Владимира Пятенко` → `Владимир Пятенко`, `person:владимир-пятенко`), and every mention and
 * entity carries a confidence.
 */
import { ENTITY_ID_PREFIX } from '../../domain/entity-types.ts';
import { languagePack } from '../lang/index.ts';
import type { Entity, EntityType, Language, Mention } from '../types.ts';
import { gazetteerEntries, slugify } from './gazetteer.ts';
import { foldWord } from './inflection.ts';
import { entityLemma } from './lemma/index.ts';
import { type Token, tokenize } from './tokens.ts';

/** A mention no recogniser weighed: a name found by rules alone (the gazetteer, a cue word). */
export const RULE_CONFIDENCE = 0.5;
/** A known name of several words, matched whole: as sure as a link gets without the model. */
export const WHOLE_KNOWN_NAME = 0.9;
/** A single word below this confidence that reads as an adjective before a noun is dropped. */
const ADJECTIVE_BELOW = 0.6;

const openers = new Map<Language, Set<string>>();
function isOpener(word: string, lang: Language): boolean {
  let set = openers.get(lang);
  if (!set) {
    set = new Set(languagePack(lang).discourse.nameOpeners);
    openers.set(lang, set);
  }
  return set.has(foldWord(word));
}

/**
 * `Меньшей орды`: a capitalised oblique adjective right before a lower-case noun, below
 * ADJECTIVE_BELOW; a descriptive one (`Большой орды`) at any confidence.
 */
function isAdjectiveBeforeNoun(text: string, m: Mention, lang: Language): boolean {
  const trap = languagePack(lang).discourse.adjectiveBeforeNoun;
  if (!trap || /\s/.test(m.text.trim())) return false;
  const word = foldWord(m.text);
  const descriptive = trap.descriptive?.test(word) ?? false;
  if (!descriptive && !((m.confidence ?? 0) < ADJECTIVE_BELOW && trap.oblique.test(word))) return false;
  const next = /^ (\p{Ll}{3,})/u.exec(text.slice(m.end, m.end + 40));
  return !!next && !trap.verbLike.test(next[1] as string);
}

/**
 * `школа имени Абая`, `Құрманғазы атындағы консерватория`: the name of a person (or place) a body is
 * named after, read alone, is a word of the body's name, not a mention of its own.
 */
function isNamedAfter(text: string, m: Mention, lang: Language): boolean {
  const words = languagePack(lang).names.namedAfter;
  if (!words) return false;
  if (words.before) {
    // The word before the name, and the one before that (`от имени` is "on behalf of").
    const b = /(?:(\p{L}+)[ \u00a0]+)?(\p{L}+)\.?[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    const word = b?.[2]?.toLowerCase();
    if (word && words.before.includes(word) && !words.notAfter?.includes(b?.[1]?.toLowerCase() ?? '')) return true;
  }
  const after = words.after && /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(m.end, m.end + 14))?.[1];
  return !!after && !!words.after?.includes(after.toLowerCase());
}

interface Settled {
  entity: Entity;
  /** Whether its id and name come from the gazetteer (or another fixed source), not from its words. */
  fixed: boolean;
}

/**
 * The entities of `text` settled as described above; `derivedId` tells the id the recognisers
 * gave a name they did not know, so that only those are renamed.
 */
export function settleEntities(
  text: string,
  lang: Language,
  entities: Entity[],
  derivedId: (type: EntityType, tokens: Token[]) => string,
): Entity[] {
  const gaz = gazetteerEntries();
  const settled: Settled[] = [];
  // A name is written the same way many times: each mention text is tokenised, and given its
  // derived id per type, once per text (tokens are only read).
  const tokensOf = tokenCache(lang);
  const derived = new Map<string, string>();
  const derivedOf = (type: EntityType, m: Mention) => {
    const key = `${type} ${m.text}`;
    let id = derived.get(key);
    if (id === undefined) {
      id = derivedId(type, tokensOf(m.text));
      derived.set(key, id);
    }
    return id;
  };
  // Where mentions end: a saint's prefix that already ends another name (`The Church of St`) is not taken.
  const ends = new Set<number>();
  for (const e of entities) for (const m of e.mentions) ends.add(m.end);
  for (const e of entities) {
    const fixed = gaz.has(e.id) || !e.mentions.some((m) => derivedOf(e.type, m) === e.id);
    const mentions: Mention[] = [];
    for (const m of e.mentions) {
      const cut = withoutPossessive(text, fixed ? m : trimOpeners(text, m, lang, tokensOf), lang);
      if (!cut) continue;
      const trimmed = withSaint(text, withBalancedQuotes(text, cut), lang, ends);
      if (!gaz.has(e.id) && isAdjectiveBeforeNoun(text, trimmed, lang)) continue;
      if ((e.type === 'PERSON' || e.type === 'PLACE') && isNamedAfter(text, trimmed, lang)) continue;
      mentions.push(trimmed);
    }
    if (mentions.length > 0) settled.push({ entity: { ...e, mentions }, fixed });
  }
  moveNamesakes(settled, tokensOf);
  const byId = new Map<string, Entity>();
  for (const { entity: e, fixed } of settled) {
    if (e.mentions.length === 0) continue;
    let out = e;
    if (!fixed) {
      const name = entityLemma(
        e.type,
        e.mentions.map((m) => m.text),
        lang,
      );
      const slug = slugify(name);
      const id = slug ? `${ENTITY_ID_PREFIX[e.type]}:${slug}` : e.id;
      out = { ...e, id, name, aliases: [...new Set([name, ...e.aliases])] };
    }
    for (const m of out.mentions) m.confidence ??= ruleConfidence(out, m);
    const seen = byId.get(out.id);
    if (seen) {
      seen.mentions.push(...out.mentions);
      for (const a of out.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    } else {
      byId.set(out.id, out);
    }
  }
  const result = [...byId.values()];
  for (const e of result) {
    e.mentions.sort((a, b) => a.start - b.start);
    e.confidence = Math.max(...e.mentions.map((m) => m.confidence ?? RULE_CONFIDENCE));
  }
  return result;
}

/**
 * The mention with the saint's prefix before it (`Michael` → `St. Michael`): a sentence splitter and
 * the model both cut a name at an abbreviation's dot, and the saint is not the man (nor the church).
 */
function withSaint(text: string, m: Mention, lang: Language, ends: ReadonlySet<number>): Mention {
  const prefix = languagePack(lang).names.saintPrefixes;
  if (!prefix) return m;
  const hit = prefix.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (!hit) return m;
  const start = m.start - hit[0].length;
  if (ends.has(start + hit[0].trimEnd().length) || ends.has(start + hit[0].trimEnd().replace(/\.$/, '').length))
    return m;
  return { ...m, start, text: text.slice(start, m.end) };
}

/** Quote marks that open and close a quoted name, as the languages write them. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
];

/**
 * The mention with the other mark of a quote it holds one of (`партию «Алаш` → `партию «Алаш»`,
 * `Қазақ» газетін` → `«Қазақ» газетін`): a known name matched across a quote (`партия Алаш`) stops
 * at its last word, and a name shown with half a quotation reads as a cut. Only a mark right beside
 * the mention is taken; otherwise it is left as found.
 */
function withBalancedQuotes(text: string, m: Mention): Mention {
  let { start, end } = m;
  for (const [open, close] of QUOTE_PAIRS) {
    const opens = m.text.split(open).length - 1;
    const closes = m.text.split(close).length - 1;
    if (opens === closes) continue;
    if (opens > closes && text[end] === close) end++;
    else if (closes > opens && text[start - 1] === open) start--;
  }
  if ((m.text.split('"').length - 1) % 2 === 1) {
    if (text[end] === '"') end++;
    else if (text[start - 1] === '"') start--;
  }
  return start === m.start && end === m.end ? m : { ...m, start, end, text: text.slice(start, end) };
}

/** `tokenize` of `lang` remembered per string, for one settling pass. */
function tokenCache(lang: Language): (s: string) => Token[] {
  const seen = new Map<string, Token[]>();
  return (s) => {
    let toks = seen.get(s);
    if (!toks) {
      toks = tokenize(s, lang);
      seen.set(s, toks);
    }
    return toks;
  };
}

/** Confidence of a mention no model weighed: a whole known name of several words is surest. */
function ruleConfidence(e: Entity, m: Mention): number {
  return gazetteerEntries().has(e.id) && /\s/.test(m.text.trim()) ? WHOLE_KNOWN_NAME : RULE_CONFIDENCE;
}

// A Latin word's possessive ending: `Kazakhstan's`, `Obama’s`, `the United States'`.
const POSSESSIVE = /\p{Script=Latin}(?:['’]s|s['’])$/u;

/**
 * The mention without a possessive ending on its last word (`Kazakhstan's` → `Kazakhstan`, `States'`
 * → `States`): in an English sentence the ending belongs to the sentence, not to the name. In a
 * Russian or Kazakh text a Latin name keeps it: there it is part of the name (`Sotheby's`, `Christie’s`).
 */
function withoutPossessive(text: string, m: Mention | undefined, lang: Language): Mention | undefined {
  if (!m || lang !== 'en' || !POSSESSIVE.test(m.text)) return m;
  const cut = /['’]$/u.test(m.text) ? 1 : 2;
  const end = m.end - cut;
  if (end <= m.start) return m;
  return { ...m, end, text: text.slice(m.start, end) };
}

/** The mention without the discourse words glued to its front; undefined when nothing is left. */
function trimOpeners(text: string, m: Mention, lang: Language, tokensOf: (s: string) => Token[]): Mention | undefined {
  const toks = tokensOf(m.text);
  let k = 0;
  while (k < toks.length - 1 && isOpener((toks[k] as Token).text, lang)) k++;
  if (k === 0) return toks.length === 1 && isOpener((toks[0] as Token).text, lang) ? undefined : m;
  const start = m.start + (toks[k] as Token).start;
  const out: Mention = { ...m, start, text: text.slice(start, m.end) };
  return out;
}

/**
 * A known person named only by a surname, in a text that names someone else of that surname in
 * full and never the known person: the mentions are that someone's.
 */
function moveNamesakes(settled: Settled[], tokensOf: (s: string) => Token[]): void {
  const gaz = gazetteerEntries();
  const lastKey = (m: Mention) => {
    const toks = tokensOf(m.text);
    return toks.length > 1 ? (toks[toks.length - 1] as Token).key : undefined;
  };
  const fullNames = new Map<string, Entity>();
  for (const { entity: e } of settled) {
    if (e.type !== 'PERSON' || gaz.has(e.id)) continue;
    for (const m of e.mentions) {
      const k = lastKey(m);
      if (k && !fullNames.has(k)) fullNames.set(k, e);
    }
  }
  if (fullNames.size === 0) return;
  for (const s of settled) {
    const e = s.entity;
    if (e.type !== 'PERSON' || !gaz.has(e.id) || e.mentions.some((m) => /\s/.test(m.text.trim()))) continue;
    const owner = e.mentions
      .map((m) => tokensOf(m.text)[0]?.key)
      .map((k) => (k ? fullNames.get(k) : undefined))
      .find((x) => x !== undefined);
    if (!owner) continue;
    owner.mentions.push(...e.mentions);
    e.mentions = [];
  }
}
