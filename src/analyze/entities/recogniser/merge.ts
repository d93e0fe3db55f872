/**
 * Merging the trained recogniser's names with those the gazetteer and the cue-word patterns found.
 * The model decides where names are; the gazetteer decides who they are. A model name that another
 * recogniser found with the same span keeps that link; where the two disagree on the span, the one
 * the model finds more probable wins; a new name is linked to a gazetteer entry only when its whole
 * text is that entry's name and the types agree, otherwise it becomes an entity of its own with an
 * id from its inflection-free words. Every mention gets the model's confidence.
 */
import { languagePack } from '../../lang/index.ts';
import type { Entity, EntityType, Language, Mention } from '../../types.ts';
import { isPersonTitle } from '../cues.ts';
import { CANONICAL_LANGUAGE, type GazetteerMatch, gazetteerEntries, matchGazetteer } from '../gazetteer.ts';
import { WHOLE_KNOWN_NAME } from '../settle.ts';
import { firstTokenAt, type Token } from '../tokens.ts';
import { retypedByCueHead } from './cue-heads.ts';
import type { ModelName, Recognition } from './index.ts';
import { placesByHeadNoun } from './place-heads.ts';
import { type QuotedTitle, retypedByQuotedHead, titleOf } from './quoted-heads.ts';
import { sentenceSubjects } from './sentence-subjects.ts';

/** Confidence of a mention whose type or span the model cannot judge (Russian EVENT, a document number). */
export const UNJUDGED_CONFIDENCE = 0.5;
/** The model replaces another recogniser's span only when at least this sure of its own. */
export const OVERRIDE_AT = 0.5;
/** Below this, a model name gives way to a longer name of the same type found by other means. */
export const SURE_OF_EXTENT = 0.75;
/** A person nothing else found is added only when the model is at least this sure (an invented person is the worst error). */
export const NEW_PERSON_AT = 0.4;
/**
 * A one-word name found by other means that the model finds less probable than this is dropped: a
 * capitalised word after a title (`Президент Ақордаға`), a known place inside another kind of name.
 * 0.1 rather than 0.01 gained on every held-out corpus (kk +0.6, ru +0.2, en +0.2–0.3 F1), 0.25 no more.
 */
export const DROP_BELOW = 0.1;
/**
 * A name of several words found by a cue pattern alone, which no model name overlaps, is dropped
 * below this (`Отырар ауданының орталығындағы` read as an organisation, `ғимараттың жобасын` as a
 * work); a known name matched whole never is. 0.05 kept or raised strict F1 on all six held-out corpora (kk +0.4, en
 * EWT +0.6), 0.1 and 0.2 no more.
 */
export const DROP_PHRASE_BELOW = 0.05;
/**
 * Events, documents and works are few in the corpora, and the model gives even a real one little
 * (`Ыстамбұл саммиті` 0.007): their phrases are dropped only when it rules them out (a cue word
 * of building read as an event, `жол құрылысы`, a project in the accusative, `ғимараттың жобасын`:
 * 0.000), and never a title-case run. A phrase with a number (`резолюцию 64/35`) is the patterns'
 * own and stays.
 */
const FEW_IN_CORPORA = new Set<EntityType>(['EVENT', 'DOCUMENT', 'WORK']);
export const DROP_RARE_PHRASE_BELOW = 0.001;
/**
 * Every word of four letters or more capitalised (`Aral Restoration Programme`): the shape of a
 * work's or an event's name the model never saw.
 */
function titleCase(phrase: string): boolean {
  const words = phrase.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}
/** A phrase with an acronym in it (`ДСҰ Бас кеңесі`) is no run of common words: it stays, as a lone acronym does. */
const ACRONYM_WORD = /(?:^|\s)\p{Lu}{2,}(?:$|[\s\-‑’'])/u;
const ACRONYM = /^\p{Lu}{2,}(?:$|[-‑’'])/u;
/**
 * In a line that reads as a title (most words capitalised, no closing mark) a name nothing else found
 * needs at least this: a heading's capitals make the model see names (`Zhanibek Founded a State` 0.29),
 * but a line of web text or a signature is written the same way (`Coach: Ben Markey`; EWT +1.5 F1
 * when such lines were not doubted at all).
 */
export const TITLE_NAME_AT = 0.5;
/** The model's probability below which it rules out an event, document or work a cue pattern read. */
export const RULED_OUT = 0.01;
/** A model name below OVERRIDE_AT but at least this sure replaces only names it holds whole and rules out (`partsOnly`). */
export const LONGER_NAME_AT = 0.4;
/** A known one-word name opening a sentence is kept when the model gives some name there at least this much. */
export const OPENING_NAME_AT = 0.05;
const MODEL_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'];
/** A name the model is at least this sure of lends its type to its other occurrences in the text. */
export const CONSISTENT_FROM = 0.5;
/** …where the model gives that occurrence at least this much (it missed it, but does not rule it out). */
export const CONSISTENT_AT = 0.2;

/**
 * A known entity's mention of several words that opens with a capital: its whole name as the
 * gazetteer spells it (or a form of it), the surest link there is, however the corpora taught the
 * model to cut such names (`Semipalatinsk nuclear test site` 0.000, `Organization for Security and
 * Co-operation in Europe` 0.01, `Республики Казахстан` 0.02: on the samples 57 of 110 such mentions
 * were below 0.6, and the founding article's test site was marked doubtful to readers). It is as sure
 * as WHOLE_KNOWN_NAME at least, as without the model; the merge has already weighed its span with
 * the model's own numbers. A common noun standing for a known name (`test site`) keeps the model's.
 */
function wholeKnownName(m: Mention): boolean {
  const t = m.text.trim();
  return /\s/.test(t) && /^[^\p{Ll}]/u.test(t);
}

let placeWords: Set<string> | undefined;
/**
 * A people named after its country (`Kazakhstanis`, `казахстанцы`, `қазақстандықтар`): a known
 * one-word place name and a short ending. Such a word is never a person.
 */
export function isDemonym(word: string): boolean {
  if (!placeWords) {
    placeWords = new Set();
    for (const e of gazetteerEntries().values()) {
      if (e.type !== 'PLACE') continue;
      for (const a of e.aliases) if (!/\s/.test(a) && a.length >= 4) placeWords.add(a.toLowerCase());
    }
  }
  const lower = word.toLowerCase();
  for (let k = lower.length - 1; k >= Math.max(4, lower.length - 7); k--) {
    if (placeWords.has(lower.slice(0, k))) return true;
  }
  return false;
}

/** Whether a word added to a known name is one of its words, or an initial of one. */
function fitsName(word: Token, aliases: string[]): boolean {
  const lower = word.text.toLowerCase();
  return aliases.some((a) =>
    (a.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).some((w) => {
      const l = w.toLowerCase();
      return word.text.length === 1 ? l.startsWith(lower) : l === lower || (l.length >= 4 && lower.startsWith(l));
    }),
  );
}

const stopWordSets = new Map<Language, Set<string>>();
function stopWordsOf(lang: Language): Set<string> {
  let set = stopWordSets.get(lang);
  if (!set) {
    set = new Set(languagePack(lang).stopWords.map((w) => w.toLowerCase()));
    stopWordSets.set(lang, set);
  }
  return set;
}

export interface MergeHelpers {
  /** Stable id of an entity the gazetteer does not know (`person:luka-modrich`). */
  derivedId(type: EntityType, tokens: Token[]): string;
  /** The name an entity of this mention text is called by (quotes, case endings removed). */
  nameOf(type: EntityType, text: string): string;
  /** The entry a whole-name gazetteer match over `words` links to in its context (namesakes, years), if any. */
  resolve?(words: Token[], match: GazetteerMatch): string | undefined;
  /** Indices of the tokens that open a sentence (the splitter's), for the names that open one. */
  sentenceInitial?: ReadonlySet<number>;
  /** Quoted names a cue noun types (`клуб «Иртыш»`), in text order, spans inside the quotes. */
  titles?: readonly QuotedTitle[];
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
  const titles = new Map<number, boolean>();
  let lineFrom = 0;
  let lineEnd = -1;
  let lineIsTitle = false;
  for (const e of entities) for (const m of e.mentions) placed.push({ entity: e, mention: m });
  placed.sort((a, b) => a.mention.start - b.mention.start);
  const judged = (p: Placed) => rec.confidence(p.mention.start, p.mention.end, p.entity.type);
  // A known name of several words matched whole (`Conference on Interaction and Confidence-building
  // Measures in Asia`) is the surest evidence there is: no model span cuts it, nothing drops it.
  const gazetteer = gazetteerEntries();
  const known = (p: Placed) => gazetteer.has(p.entity.id) && /\s/.test(p.mention.text.trim());
  // …but a sure model name of another kind that holds it whole and adds words is a longer name it
  // is part of (`2019 United Kingdom general election`, `United States Senate`): that one wins, when
  // the model knows the known name's type too (a Russian model has no WORK: `газета «Қазақ»`).
  const inside = (p: Placed, name: ModelName) =>
    p.entity.type !== name.type &&
    p.mention.start >= name.start &&
    p.mention.end <= name.end &&
    judged(p) !== undefined &&
    /[\p{L}\p{N}]/u.test(text.slice(name.start, p.mention.start) + text.slice(p.mention.end, name.end));
  // A less sure model name still wins over names it holds whole that the model rules out as names of
  // their own (`Liberal Party of Australia` 0.45 against `Australia` 0.008).
  const partsOnly = (over: Placed[], name: ModelName, rival: number) =>
    rival < DROP_BELOW && over.every((p) => inside(p, name));
  // A name found by other means that ends later than the model's reaches the head noun the cue
  // patterns key on (`Шыңғыс тауының`, `Silk Road Project`, `Кеден кодексі`): it keeps its span.
  // Where the two agree on the type and the model is sure, its extent wins: it knows the corpora's
  // conventions (KazNERD: `Абай облысы` with its head noun, `Астана` without `қаласы`).
  const reachesHead = (p: Placed, name: ModelName) =>
    p.mention.end > name.end && (p.entity.type !== name.type || name.confidence < SURE_OF_EXTENT);
  const removed = new Set<Mention>();
  const touched = new Set<Mention>();
  const added: Array<{ name: ModelName; absorbed: Placed[] }> = [];
  let lo = 0;
  // Openings the model doubts only for their capital (`Вега намекнул`) come in with its confidence.
  const subjects = new Set(
    sentenceSubjects(text, tokens, rec, lang, helpers.sentenceInitial ?? new Set()).filter(
      (s) => !rec.names.some((n) => n.end > s.start && n.start < s.end),
    ),
  );
  const quoted = helpers.titles ?? [];
  const names = retypedByQuotedHead(
    text,
    retypedByCueHead(placesByHeadNoun(text, tokens, rec, lang), tokens, rec, lang),
    quoted,
    rec,
  );
  if (subjects.size > 0) names.push(...subjects);
  if (languagePack(lang).names.personOpensBodyName) withPersonOpening(names);
  names.sort((a, b) => a.start - b.start);
  for (const name of names) {
    while (lo < placed.length && (placed[lo] as Placed).mention.start < name.start - 300) lo++;
    const over: Placed[] = [];
    for (let k = lo; k < placed.length && (placed[k] as Placed).mention.start < name.end; k++) {
      const p = placed[k] as Placed;
      if (p.mention.end > name.start && !removed.has(p.mention)) over.push(p);
    }
    // In a title (`How Kerey and Zhanibek Founded a State`) every word is capitalised and the model
    // sees names everywhere; there it only confirms names found by other means (and never cuts
    // them: `ИДЕИ С ТРИБУНЫ ООН …`), and adds a name of its own only when it is sure.
    if (
      over.length === 0 &&
      ((name.confidence < TITLE_NAME_AT && inTitle(name.start)) ||
        (name.type === 'PERSON' && name.confidence < NEW_PERSON_AT && !subjects.has(name)))
    )
      continue;
    const same = over.find((p) => p.mention.start === name.start && p.mention.end === name.end);
    // The same span read as another type by a cue pattern (`Lincoln Center` an organisation for its
    // head word) takes the model's type when the model is sure of it and judges the pattern's less
    // likely; one of the few kinds the corpora teach it little of (a `Conference`, a `роман «…»`) only
    // when the model rules that kind out (`Montreal Forum`, `American Jewish Congress`: 0.002, 0.000),
    // and never a type the model does not have.
    const doubted = same ? judged(same) : undefined;
    const retyped =
      same &&
      same.entity.type !== name.type &&
      !gazetteer.has(same.entity.id) &&
      name.confidence >= OVERRIDE_AT &&
      doubted !== undefined &&
      doubted < (FEW_IN_CORPORA.has(same.entity.type) ? RULED_OUT : name.confidence);
    if (same && !retyped) {
      same.mention.confidence = same.entity.type === name.type ? name.confidence : (judged(same) ?? name.confidence);
      touched.add(same.mention);
      // A name of another type inside one both agree on is a part of it, not a name of its own
      // (`US` in `US Department of Energy`, `Sri Lanka` in `Communist Party of Sri Lanka`).
      if (same.entity.type === name.type && name.confidence >= OVERRIDE_AT) {
        for (const p of over) {
          if (p === same || p.entity.type === name.type || !inside(p, name)) continue;
          if ((judged(p) as number) < name.confidence) removed.add(p.mention);
        }
      }
      continue;
    }
    const rival = Math.max(0, ...over.map((p) => judged(p) ?? UNJUDGED_CONFIDENCE));
    if (
      over.length > 0 &&
      (rival >= name.confidence ||
        (name.confidence < OVERRIDE_AT && !(name.confidence >= LONGER_NAME_AT && partsOnly(over, name, rival))) ||
        inTitle(name.start) ||
        over.some((p) => (known(p) && !inside(p, name)) || reachesHead(p, name)))
    ) {
      for (const p of over) {
        p.mention.confidence = judged(p) ?? UNJUDGED_CONFIDENCE;
        touched.add(p.mention);
      }
      continue;
    }
    for (const p of over) removed.add(p.mention);
    added.push({ name, absorbed: over });
  }
  for (const p of placed) {
    if (removed.has(p.mention) || touched.has(p.mention)) continue;
    const c = judged(p) ?? UNJUDGED_CONFIDENCE;
    // A single word the model doubts is dropped (`Дел` read as Delhi, `Семь` as Semey); a name of
    // several words found by a pattern only when the model rules it out (DROP_PHRASE_BELOW).
    // A word in small letters stands for a name already given (`полигоне`): not the model's to judge.
    const word = p.mention.text.trim();
    // An acronym (`ЕҚЫҰ-ға`, `АҚШ`) is never a common word: it stays whatever the model says.
    const phrase = /\s/.test(word);
    // A quoted name its cue noun types (`клуб «Кайрат»`) is no common word either.
    if (
      !phrase &&
      c < DROP_BELOW &&
      /^\P{Ll}/u.test(word) &&
      !ACRONYM.test(word) &&
      titleOf(text, quoted, p.mention.start, p.mention.end)?.type !== p.entity.type
    ) {
      const opening = openingKnownName(p, word);
      if (opening === undefined) removed.add(p.mention);
      else p.mention.confidence = opening;
    } else if (
      phrase &&
      (FEW_IN_CORPORA.has(p.entity.type)
        ? c < DROP_RARE_PHRASE_BELOW && !titleCase(word)
        : c < (p.entity.type === 'ORG' ? DROP_RARE_PHRASE_BELOW : DROP_PHRASE_BELOW)) &&
      !known(p) &&
      !/\d/.test(word) &&
      !ACRONYM_WORD.test(word)
    )
      removed.add(p.mention);
    else p.mention.confidence = c;
  }
  for (const e of entities) e.mentions = e.mentions.filter((m) => !removed.has(m));
  const byId = new Map(entities.filter((e) => e.mentions.length > 0).map((e) => [e.id, e]));
  for (const a of added) link(a.name, a.absorbed);
  consistent();
  dropOpeningStopWords();
  const out = [...byId.values()].filter((e) => e.mentions.length > 0);
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (gazetteer.has(e.id))
      for (const m of e.mentions) if (wholeKnownName(m)) m.confidence = Math.max(m.confidence ?? 0, WHOLE_KNOWN_NAME);
    e.confidence = Math.max(...e.mentions.map((m) => m.confidence ?? UNJUDGED_CONFIDENCE));
  }
  return out;

  /**
   * One name, one type, the whole text through: a name found with confidence in one sentence is
   * found again where the same words (by their inflection-free keys: `Путина`, `Путин`) stand
   * capitalised and nothing else claims them, unless the model rules that occurrence out.
   */
  function consistent(): void {
    type Sure = { entity: Entity; type: EntityType; keys: string[] };
    const sure = new Map<string, Sure | null>();
    const covered = new Uint8Array(tokens.length);
    for (const e of byId.values()) {
      for (const m of e.mentions) {
        const from = firstTokenAt(tokens, m.start);
        let to = from;
        while (to < tokens.length && (tokens[to] as Token).end <= m.end) to++;
        for (let k = from; k < to; k++) covered[k] = 1;
        if (to <= from || (m.confidence ?? 0) < CONSISTENT_FROM) continue;
        const keys = tokens.slice(from, to).map((t) => t.key);
        const key = keys.join(' ');
        const had = sure.get(key);
        if (had === null) continue;
        // A name read as two types in one text is left as the model read each occurrence.
        if (had && had.type !== e.type) sure.set(key, null);
        else if (!had) sure.set(key, { entity: e, type: e.type, keys });
      }
    }
    // Candidates by their first word, longest first: one look-up per capitalised word of the text.
    const byFirst = new Map<string, Sure[]>();
    for (const v of sure.values()) {
      if (!v) continue;
      const first = v.keys[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push(v);
      byFirst.set(first, list);
    }
    if (byFirst.size === 0) return;
    for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (covered[k] || !t.capitalized) continue;
      const list = byFirst.get(t.key);
      if (!list) continue;
      for (const hit of list) {
        const n = hit.keys.length;
        if (k + n > tokens.length) continue;
        let fits = true;
        for (let j = 1; j < n && fits; j++) fits = !covered[k + j] && (tokens[k + j] as Token).key === hit.keys[j];
        if (!fits) continue;
        const start = t.start;
        const end = (tokens[k + n - 1] as Token).end;
        const c = rec.confidence(start, end, hit.type);
        if (c === undefined || c < CONSISTENT_AT) continue;
        hit.entity.mentions.push({ start, end, text: text.slice(start, end), confidence: c });
        for (let j = k; j < k + n; j++) covered[j] = 1;
        k += n - 1;
        break;
      }
    }
  }

  /**
   * A word of the language's stop list opening a sentence (`Того же года`, `Или он ушёл`) is that word,
   * not the country or the river spelled the same (Togo, the Ili): there the model is no judge (it gave
   * `Того` 0.69 before `же года`), and inside a sentence the capital says name (`река Или`, `в Того`).
   */
  function dropOpeningStopWords(): void {
    const stops = stopWordsOf(lang);
    for (const e of byId.values()) {
      const kept = e.mentions.filter((m) => {
        const word = m.text;
        if (!stops.has(word.toLowerCase()) || ACRONYM.test(word)) return true;
        return !helpers.sentenceInitial?.has(firstTokenAt(tokens, m.start));
      });
      if (kept.length !== e.mentions.length) e.mentions = kept;
    }
  }

  /**
   * A body's name a pattern found that opens with a known person (`Al-Farabi Kazakh National
   * University`), which the model cut after the person: the model's name of the body is widened to
   * the pattern's, and its names inside the person dropped, so the person is part of the body.
   */
  function withPersonOpening(list: ModelName[]): void {
    const bodies = new Map<number, Placed>();
    for (const p of placed) if (p.entity.type === 'ORG' && !gazetteer.has(p.entity.id)) bodies.set(p.mention.end, p);
    if (bodies.size === 0) return;
    const persons = new Map<number, Placed>();
    for (const p of placed)
      if (p.entity.type === 'PERSON' && gazetteer.has(p.entity.id)) persons.set(p.mention.start, p);
    for (let k = 0; k < list.length; k++) {
      const name = list[k] as ModelName;
      const body = name.type === 'ORG' ? bodies.get(name.end) : undefined;
      const person = body ? persons.get(body.mention.start) : undefined;
      if (!body || !person || !/^[ \u00a0]+$/u.test(text.slice(person.mention.end, name.start))) continue;
      const from = body.mention.start;
      list[k] = { ...name, start: from };
      for (let j = list.length - 1; j >= 0; j--) {
        const n = list[j] as ModelName;
        if (j !== k && n.start >= from && n.end <= name.start) {
          list.splice(j, 1);
          if (j < k) k--;
        }
      }
    }
  }

  /**
   * A known name of one word, written exactly as the gazetteer spells it, that opens a sentence
   * (`Алашорда автономия жариялады.`): there its capital tells the model nothing, and it doubts a
   * name it would be sure of inside the sentence. Kept, as sure as the model is that some name
   * stands there, unless it rules out every kind (`Того же года` is no Togo).
   */
  function openingKnownName(p: Placed, word: string): number | undefined {
    if (!helpers.sentenceInitial?.has(firstTokenAt(tokens, p.mention.start))) return undefined;
    if (!gazetteer.get(p.entity.id)?.aliases.includes(word)) return undefined;
    // Before a person's title the office is spoken of, not the body (`Мәжіліс төрағасы`, `Қазақстан Президентінің`).
    const next = tokens[firstTokenAt(tokens, p.mention.end)];
    if (next && isPersonTitle(next.key, lang)) return undefined;
    let any = 0;
    for (const type of MODEL_TYPES) any += rec.confidence(p.mention.start, p.mention.end, type) ?? 0;
    return any >= OPENING_NAME_AT ? Math.min(1, Math.round(any * 1000) / 1000) : undefined;
  }

  // The names come in order, so most fall on the line of the one before: a long line (a text
  // without newlines) is then searched back to its start once, not once per name.
  function inTitle(offset: number): boolean {
    if (offset >= lineFrom && offset < lineEnd) return lineIsTitle;
    const from = text.lastIndexOf('\n', offset) + 1;
    const to = text.indexOf('\n', offset);
    let hit = titles.get(from);
    if (hit === undefined) {
      const line = text.slice(from, to < 0 ? text.length : to).trim();
      // The ending first: most lines are paragraphs that end a sentence, and their words need no count.
      if (/[.!?…:;»"”)]$/.test(line)) hit = false;
      else {
        const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
        const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
        hit = words.length >= 4 && capitalised >= 0.65 * words.length;
      }
      titles.set(from, hit);
    }
    lineFrom = from;
    lineEnd = to < 0 ? text.length : to;
    lineIsTitle = hit;
    return hit;
  }

  function link(name: ModelName, absorbed: Placed[]): void {
    const words: Token[] = [];
    for (let k = firstTokenAt(tokens, name.start); k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.end > name.end) break;
      words.push(t);
    }
    if (words.length === 0) return;
    if (name.type === 'PERSON' && words.length === 1 && isDemonym((words[0] as Token).text)) return;
    // The model added initials or a given name to a known person (`М. Ю. Лермонтовтың`): the same
    // person, when the added words fit that person's names (`Полина Гагарина` is not Yuri Gagarin).
    const inner = absorbed.filter((p) => p.entity.type === name.type && gazetteer.has(p.entity.id));
    if (inner.length === 1) {
      const p = inner[0] as Placed;
      const entry = gazetteer.get(p.entity.id);
      const extra = words.filter((t) => t.end <= p.mention.start || t.start >= p.mention.end);
      if (entry && extra.every((t) => fitsName(t, entry.aliases))) {
        const m = {
          start: name.start,
          end: name.end,
          text: text.slice(name.start, name.end),
          confidence: name.confidence,
        };
        const e = byId.get(p.entity.id) ?? { ...p.entity, mentions: [] };
        e.mentions.push(m);
        byId.set(e.id, e);
        return;
      }
    }
    const mention: Mention = {
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      confidence: name.confidence,
    };
    const whole = matchGazetteer(text, words, lang);
    const match = whole.length === 1 && whole[0]?.from === 0 && whole[0].to === words.length ? whole[0] : undefined;
    const linked = match ? (helpers.resolve ? helpers.resolve(words, match) : match.id) : undefined;
    const entry = linked ? gazetteerEntries().get(linked) : undefined;
    if (entry && entry.type === name.type) {
      const e = byId.get(entry.id) ?? {
        id: entry.id,
        name: lang === CANONICAL_LANGUAGE ? entry.name : (entry.names[lang][0] ?? entry.name),
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
