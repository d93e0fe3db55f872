/**
 * Entity recognition and linking for one text: gazetteer names, cue-word names, people, numbered
 * documents and acronyms defined in the text, each linked to one canonical id shared across
 * articles and languages (gazetteer id, or `type:slug` of the inflection-free name).
 */
import type { Entity, EntityType, Language, Mention, Span } from '../types.ts';
import { findAcronymDefinitions, initialsMatch } from './acronyms.ts';
import { gazetteerEntries, matchGazetteer } from './gazetteer.ts';
import { type Candidate, findCueNames, findDocuments, findPersons } from './patterns.ts';
import { type Token, tokenize } from './tokens.ts';

export type { GazetteerEntry } from './gazetteer.ts';
export { getGazetteerEntry, isCountryId, lookupEntityIds } from './gazetteer.ts';

const PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  EVENT: 'event',
  DOCUMENT: 'document',
  WORK: 'work',
};

/** Stable id of an entity the gazetteer does not know: type + its inflection-free words. */
export function derivedId(type: EntityType, tokens: Token[]): string {
  const slug = tokens
    .map((t) => t.key.replace(/^=/, '').toLowerCase())
    .join('-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${PREFIX[type]}:${slug}`;
}

/** A mention's text as a name: quotes dropped, possessive removed, spaces collapsed. */
function cleanName(s: string): string {
  return s
    .replace(/[«»"“”„]/g, '')
    .replace(/[’']s?$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

class EntityTable {
  readonly byId = new Map<string, Entity>();
  private readonly seen = new Set<string>();

  add(id: string, type: EntityType, name: string, aliases: string[], mention: Mention, coords?: Entity['coordinates']) {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, name, type, aliases: [...aliases], mentions: [] };
      if (coords) e.coordinates = coords;
      this.byId.set(id, e);
    }
    const k = `${id}@${mention.start}:${mention.end}`;
    if (!this.seen.has(k)) {
      this.seen.add(k);
      e.mentions.push(mention);
    }
    return e;
  }
}

export interface RecognizeOptions {
  /** Sentence spans; sentence-initial words get more caution. */
  sentences?: Span[];
}

/** Finds and links the entities of `text` (written in `lang`). Mentions carry UTF-16 spans. */
export function recognizeEntities(text: string, lang: Language, opts: RecognizeOptions = {}): Entity[] {
  const tokens = tokenize(text, lang);
  const gaz = gazetteerEntries();
  const table = new EntityTable();
  const taken = new Uint8Array(tokens.length);
  const mention = (from: number, to: number): Mention => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    return { start, end, text: text.slice(start, end) };
  };
  const sentenceInitial = new Set<number>();
  if (opts.sentences) {
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      const sent = opts.sentences[s];
      while (opts.sentences[s] && (tokens[i] as Token).start >= (opts.sentences[s] as Span).end) s++;
      const cur = opts.sentences[s] ?? sent;
      if (cur && i > 0 && (tokens[i - 1] as Token).start < cur.start) sentenceInitial.add(i);
    }
    sentenceInitial.add(0);
  }

  // 1. Gazetteer names.
  const spans: Array<{ from: number; to: number; id: string }> = [];
  for (const m of matchGazetteer(text, tokens, lang)) {
    const entry = gaz.get(m.id);
    if (!entry) continue;
    table.add(entry.id, entry.type, entry.name, entry.aliases, mention(m.from, m.to), entry.coordinates);
    for (let k = m.from; k < m.to; k++) taken[k] = 1;
    spans.push(m);
  }

  // 2. Cue-word names; a name the gazetteer already covers exactly is not repeated.
  const cue = findCueNames(text, tokens, lang, sentenceInitial);
  for (const c of cue) {
    if (!keepCueName(c, spans, tokens)) continue;
    addCandidate(c);
  }

  // 3. People.
  for (const c of findPersons(text, tokens, lang, taken)) addCandidate(c);

  // 4. Documents by number.
  for (const d of findDocuments(text)) {
    table.add(d.id, 'DOCUMENT', d.name, [d.name], { start: d.start, end: d.end, text: text.slice(d.start, d.end) });
  }

  // 5. Acronyms defined in the text, then their bare uses.
  linkAcronyms(text, tokens, table, lang);

  // 6. A person named in full and later by surname alone.
  linkSurnames(text, tokens, table, taken);

  const out = [...table.byId.values()];
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  function addCandidate(c: Candidate): void {
    const toks = tokens.slice(c.from, c.to);
    const m = mention(c.from, c.to);
    const name = cleanName(m.text);
    const id = c.id ?? derivedId(c.type, toks);
    table.add(id, c.type, c.name ?? name, [name], m);
    if (c.type === 'PERSON') for (let k = c.from; k < c.to; k++) taken[k] = 1;
  }
}

/**
 * A cue-word name is kept when it adds a name the gazetteer lacks: not one it already covers, not
 * one that cuts a known name in two, and not a known name plus a trailing phrase (`Group on the …`).
 */
function keepCueName(c: Candidate, spans: Array<{ from: number; to: number }>, tokens: Token[]): boolean {
  for (const s of spans) {
    if (s.to <= c.from || s.from >= c.to) continue;
    // The head word inside a known name: the chunk only glues known names together.
    if (c.head !== undefined && s.from <= c.head && c.head < s.to) return false;
    if (s.from <= c.from && s.to >= c.to) return false;
    if (s.from < c.from || s.to > c.to) return false;
    if (s.from === c.from && s.to < c.to && /^\p{Ll}/u.test((tokens[s.to] as Token).text)) return false;
  }
  return true;
}

function linkAcronyms(text: string, tokens: Token[], table: EntityTable, lang: Language): void {
  for (const def of findAcronymDefinitions(text)) {
    // The entity whose mention ends right before the bracket.
    let target: Entity | undefined;
    let best = -1;
    for (const e of table.byId.values()) {
      for (const m of e.mentions) {
        if (m.end <= def.open && def.open - m.end <= 2 && m.end > best && !/\p{Lu}{2,}/u.test(e.name.slice(-1))) {
          best = m.end;
          target = e;
        }
      }
    }
    if (!target) {
      // No known name: take the capitalised words before the bracket whose initials spell it.
      let k = tokens.findIndex((t) => t.start >= def.open) - 1;
      if (k < 0) k = tokens.length - 1;
      for (let from = k; from >= 0 && k - from < 8; from--) {
        const words = tokens.slice(from, k + 1).map((t) => t.text);
        if (initialsMatch(def.acronym, words) && (tokens[from] as Token).capitalized) {
          const start = (tokens[from] as Token).start;
          const end = (tokens[k] as Token).end;
          const name = cleanName(text.slice(start, end));
          target = table.add(derivedId('ORG', tokens.slice(from, k + 1)), 'ORG', name, [name], {
            start,
            end,
            text: text.slice(start, end),
          });
          break;
        }
      }
    }
    if (!target) continue;
    if (!target.aliases.includes(def.acronym)) target.aliases.push(def.acronym);
    const key = `=${def.acronym}`;
    for (const t of tokens) {
      if (t.key !== key || t.start < def.start) continue;
      // A gazetteer reading of the same letters gives way to the text's own definition.
      for (const e of table.byId.values()) {
        if (e !== target) e.mentions = e.mentions.filter((m) => !(m.start === t.start && m.end === t.end));
      }
      table.add(target.id, target.type, target.name, [], { start: t.start, end: t.end, text: t.text });
    }
    void lang;
  }
  for (const [id, e] of table.byId) if (e.mentions.length === 0) table.byId.delete(id);
}

function linkSurnames(text: string, tokens: Token[], table: EntityTable, taken: Uint8Array): void {
  const bySurname = new Map<string, Entity>();
  for (const e of table.byId.values()) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      const last = tokens.find((t) => t.end === m.end);
      if (last && m.text.includes(' ')) bySurname.set(last.key, e);
    }
  }
  if (bySurname.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i] || !t.capitalized) continue;
    const e = bySurname.get(t.key);
    if (e) table.add(e.id, 'PERSON', e.name, [], { start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  }
}
