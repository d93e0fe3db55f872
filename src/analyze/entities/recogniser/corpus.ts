/**
 * Reading the annotated corpora of `shared/corpora/ner` for training: IOB2 files in their several
 * layouts, each sentence turned back into natural text the way the judge's scorer does (so the
 * model trains on the tokens `extract` will see), and every corpus tag mapped to Chronicle's types
 * by the one table below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Language } from '../../types.ts';

/**
 * Corpus tag → Chronicle type. Every tag not listed is O (not a name of ours): KazNERD's NORP,
 * POSITION, DATE, CARDINAL …, CoNLL's MISC, CrossNER's misc, award, genres, products, algorithms.
 *
 * | corpus | tags | type |
 * |---|---|---|
 * | KazNERD | PERSON | PERSON |
 * | KazNERD | ORGANISATION | ORG |
 * | KazNERD | GPE, LOCATION, FACILITY | PLACE |
 * | KazNERD | EVENT | EVENT |
 * | KazNERD | LAW | DOCUMENT |
 * | KazNERD | ART, PROJECT | WORK |
 * | factRuEval, UNER, WikiGold | PER / ORG / LOC | PERSON / ORG / PLACE |
 * | CrossNER | person, politician, writer, musicalartist, scientist, researcher | PERSON |
 * | CrossNER | organisation, politicalparty, university, band, magazine, academicjournal | ORG |
 * | CrossNER | location, country | PLACE |
 * | CrossNER | event, election, conference | EVENT |
 * | CrossNER | book, poem, song, album | WORK |
 */
export const TAG_TYPES: Record<string, EntityType> = {
  PERSON: 'PERSON',
  ORGANISATION: 'ORG',
  GPE: 'PLACE',
  LOCATION: 'PLACE',
  FACILITY: 'PLACE',
  EVENT: 'EVENT',
  LAW: 'DOCUMENT',
  ART: 'WORK',
  PROJECT: 'WORK',
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'PLACE',
  person: 'PERSON',
  politician: 'PERSON',
  writer: 'PERSON',
  musicalartist: 'PERSON',
  scientist: 'PERSON',
  researcher: 'PERSON',
  organisation: 'ORG',
  politicalparty: 'ORG',
  university: 'ORG',
  band: 'ORG',
  magazine: 'ORG',
  academicjournal: 'ORG',
  location: 'PLACE',
  country: 'PLACE',
  event: 'EVENT',
  election: 'EVENT',
  conference: 'EVENT',
  book: 'WORK',
  poem: 'WORK',
  song: 'WORK',
  album: 'WORK',
};

/** The corpus folders each language's model trains on (under the corpora folder). */
export const CORPORA: Record<Language, string[]> = {
  kk: ['kk-kaznerd'],
  ru: ['ru-factrueval2016', 'ru-uner-pud'],
  en: ['en-uner-ewt', 'en-uner-pud', 'en-wikigold', 'en-crossner'],
};

/** One annotated sentence as text, with its gold names as UTF-16 spans. */
export interface AnnotatedSentence {
  text: string;
  names: Array<{ start: number; end: number; type: EntityType }>;
  /**
   * Spans of classes the judge neither scores nor counts against a prediction (UNER's OTH, CoNLL's
   * MISC, CrossNER's misc and award …; KazNERD has none: its other classes are O there).
   */
  ignored: Array<{ start: number; end: number }>;
  /** Index over all sentences of the corpus folder, in the scorer's order (`--sample K` counts it). */
  index: number;
}

interface RawSentence {
  tokens: string[];
  tags: string[];
  text?: string;
}

/** The IOB files of a corpus folder, in the order the judge's scorer lists them. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d).sort();
    const files = entries.filter((f) => statSync(join(d, f)).isFile() && !/^(readme|license|licence|copying)/i.test(f));
    const iob2 = files.filter((f) => f.endsWith('.iob2'));
    const picked = iob2.length > 0 ? iob2 : files.filter((f) => /\.(iob2|iob|bio|conll|txt|tsv)$/.test(f));
    for (const f of picked) if (iob2.length > 0 || looksIob(join(d, f))) out.push(join(d, f));
    for (const f of entries) if (statSync(join(d, f)).isDirectory()) walk(join(d, f));
  };
  walk(dir);
  return out;
}

const TAG = /^([BIESLUbieslu])[-_](.*)$/;

function looksIob(path: string): boolean {
  let n = 0;
  let ok = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim() || l.startsWith('#')) continue;
    const parts = l.includes('\t') ? l.split('\t') : l.split(/\s+/);
    const tag = parts.length >= 3 && /^\d+$/.test(parts[0] as string) ? parts[2] : parts[parts.length - 1];
    n++;
    if (tag === 'O' || TAG.test(tag ?? '')) ok++;
    if (n >= 500) break;
  }
  return n > 0 && ok >= 0.9 * n;
}

function readRaw(path: string): RawSentence[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  let n = 0;
  let c = 0;
  for (const l of lines.slice(0, 2000)) {
    if (!l.trim() || l.startsWith('#')) continue;
    n++;
    const p = l.split('\t');
    if (p.length >= 3 && /^\d+([-.]\d+)?$/.test(p[0] as string)) c++;
  }
  const columns = n > 0 && c >= 0.9 * n;
  const out: RawSentence[] = [];
  let cur: RawSentence = { tokens: [], tags: [] };
  let text: string | undefined;
  const flush = () => {
    if (cur.tokens.length > 0) {
      if (text !== undefined) cur.text = text;
      out.push(cur);
    }
    cur = { tokens: [], tags: [] };
    text = undefined;
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (columns) {
      if (line.startsWith('#')) {
        const m = /^#\s*text\s*=\s?(.*)$/.exec(line);
        if (m) {
          if (cur.tokens.length > 0) flush();
          text = m[1];
        }
        continue;
      }
      const p = line.split('\t');
      if (p.length < 3 || !/^\d+$/.test(p[0] as string)) continue;
      cur.tokens.push((p[1] as string).trim());
      cur.tags.push((p[2] as string).trim());
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    let tok: string;
    let tag: string;
    if (line.includes('\t')) {
      const p = line.split('\t');
      tok = (p[0] as string).trim();
      tag = (p[p.length - 1] as string).trim();
      if (p.length === 1) tag = 'O';
    } else {
      const p = line.split(/\s+/).filter((x) => x);
      tok = p.length > 1 ? p.slice(0, -1).join(' ') : (p[0] ?? '');
      tag = p.length > 1 ? (p[p.length - 1] as string) : 'O';
    }
    if (line.startsWith('#') && !(tag === 'O' || TAG.test(tag))) continue;
    cur.tokens.push(tok);
    cur.tags.push(tag);
  }
  flush();
  return out;
}

/** [first, last + 1, tag class] of IOB2/IOB1/IO tags, as the scorer reads them. */
function tagSpans(tags: string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let cur: [number, number, string] | undefined;
  tags.forEach((tag, i) => {
    const m = TAG.exec(tag);
    let pre: string | undefined;
    let cls: string | undefined;
    if (m && m[2] !== '' && m[2] !== 'O') {
      pre = (m[1] as string).toUpperCase();
      cls = m[2] as string;
    } else if (!m && /^[A-Za-z][A-Za-z_]*$/.test(tag) && tag !== 'O') {
      pre = 'I';
      cls = tag;
    }
    if (cls === undefined) {
      if (cur) out.push(cur);
      cur = undefined;
      return;
    }
    if (pre === 'B' || pre === 'S' || pre === 'U' || !cur || cur[2] !== cls) {
      if (cur) out.push(cur);
      cur = [i, i + 1, cls];
    } else cur[1] = i + 1;
    if (pre === 'E' || pre === 'L' || pre === 'S' || pre === 'U') {
      out.push(cur);
      cur = undefined;
    }
  });
  if (cur) out.push(cur);
  return out;
}

const NO_SPACE_BEFORE = new Set([...'.,;:!?)»']);
const NO_SPACE_AFTER = new Set([...'(«']);
const NO_SPACE_BEFORE_EXT = new Set([']', '}', '…', '...', '”']);
const NO_SPACE_AFTER_EXT = new Set(['[', '{', '„']);
const CLITIC = /^(?:n[’']t|[’'](?:s|re|ve|d|ll|m|t))$/i;
const CLITIC_TAILS = new Set(['s', 're', 've', 'd', 'll', 'm', 't']);
const WORD_PIECE = /^(?:[’'][\p{L}]{2,}|-[\p{L}][\p{L}\p{N}]*)$/u;

/** The scorer's detokenisation: natural text of one sentence and each token's span in it. */
export function detokenise(
  tokens: string[],
  extended: boolean,
): { text: string; offsets: Array<[number, number] | null> } {
  let out = '';
  const offs: Array<[number, number] | null> = [];
  let prev: string | undefined;
  let prev2: string | undefined;
  let dq = 0;
  let lowOpen = false;
  let prevOpened = false;
  let apostropheGlued = false;
  const next: Array<string | undefined> = new Array(tokens.length);
  let nt: string | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    next[i] = nt;
    if (tokens[i]) nt = tokens[i];
  }
  tokens.forEach((tok, i) => {
    if (!tok) {
      offs.push(null);
      return;
    }
    let glue = prev === undefined || NO_SPACE_BEFORE.has(tok) || NO_SPACE_AFTER.has(prev);
    if ((prev === ',' || prev === ':') && prev2 !== undefined && /\d$/.test(prev2) && /^\d/.test(tok)) glue = true;
    if (extended && prev !== undefined) {
      if (NO_SPACE_BEFORE_EXT.has(tok) || NO_SPACE_AFTER_EXT.has(prev)) glue = true;
      if (prev === '"' && dq % 2 === 1) glue = true;
      if (tok === '"' && dq % 2 === 1) glue = true;
      if (prev === '“' && prevOpened) glue = true;
      if (tok === '“' && lowOpen) glue = true;
      if (CLITIC.test(tok) || (WORD_PIECE.test(tok) && /[\p{L}\p{N}]$/u.test(prev))) glue = true;
      const splitClitic = (tok === "'" || tok === '’') && CLITIC_TAILS.has(next[i] ?? '') && /\p{L}$/u.test(prev);
      if (splitClitic || ((prev === "'" || prev === '’') && CLITIC_TAILS.has(tok) && apostropheGlued)) glue = true;
      apostropheGlued = splitClitic;
    }
    prevOpened = false;
    if (tok === '"') dq++;
    if (tok === '„') lowOpen = true;
    else if (tok === '“') {
      if (lowOpen) lowOpen = false;
      else prevOpened = true;
    }
    if (!glue) out += ' ';
    offs.push([out.length, out.length + tok.length]);
    out += tok;
    prev2 = prev;
    prev = tok;
  });
  return { text: out, offsets: offs };
}

/** Each token's span in `text` (the `# text` line), or undefined when one is not where expected. */
function alignTokens(text: string, tokens: string[]): Array<[number, number] | null> | undefined {
  const offs: Array<[number, number] | null> = [];
  let pos = 0;
  for (const tok of tokens) {
    if (!tok) {
      offs.push(null);
      continue;
    }
    while (pos < text.length && /\s/.test(text[pos] as string)) pos++;
    if (text.startsWith(tok, pos)) {
      offs.push([pos, pos + tok.length]);
      pos += tok.length;
      continue;
    }
    const re = new RegExp(
      [...tok.replace(/ /g, '')].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('\\s*'),
      'y',
    );
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    offs.push([m.index, m.index + m[0].length]);
    pos = m.index + m[0].length;
  }
  return offs;
}

/**
 * Every sentence of a corpus folder, as text with gold names. `skip` lists sentence indices to leave
 * out (KazNERD's sentences that also occur in its reserved test split).
 */
export function readCorpus(dir: string): AnnotatedSentence[] {
  const files = corpusFiles(dir);
  const raws: RawSentence[] = [];
  const classes = new Set<string>();
  for (const f of files) {
    for (const s of readRaw(f)) {
      raws.push(s);
      for (const [, , c] of tagSpans(s.tags)) classes.add(c);
    }
  }
  // The scorer detokenises KazNERD with its basic rules only, every other scheme with the extended ones.
  const extended = !(classes.has('ORGANISATION') || classes.has('GPE'));
  return raws.map((s, index) => {
    let offsets: Array<[number, number] | null> | undefined;
    let text = s.text?.trim();
    if (text !== undefined) offsets = alignTokens(text, s.tokens);
    if (offsets === undefined || text === undefined) ({ text, offsets } = detokenise(s.tokens, extended));
    const names: AnnotatedSentence['names'] = [];
    const ignored: AnnotatedSentence['ignored'] = [];
    for (const [a, b, cls] of tagSpans(s.tags)) {
      const type = TAG_TYPES[cls];
      const inner = offsets.slice(a, b).filter((o): o is [number, number] => o !== null);
      if (inner.length === 0) continue;
      const span = { start: (inner[0] as [number, number])[0], end: (inner[inner.length - 1] as [number, number])[1] };
      if (type) names.push({ ...span, type });
      else if (extended) ignored.push(span);
    }
    return { text, names, ignored, index };
  });
}

/** Sentence indices listed in a folder's `valid_sentences_also_in_test.txt` (KazNERD), else none. */
export function reservedSentences(dir: string): Set<number> {
  try {
    const lines = readFileSync(join(dir, 'valid_sentences_also_in_test.txt'), 'utf8').split('\n');
    return new Set(lines.filter((l) => /^\d+$/.test(l.trim())).map((l) => Number(l.trim())));
  } catch {
    return new Set();
  }
}
