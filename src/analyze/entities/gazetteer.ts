/**
 * The entity gazetteer: canonical ids with names in en/ru/kk (resources/gazetteer/*.json plus every
 * country from i18n-iso-countries), compiled once per text language into a token trie keyed by
 * inflection-free match keys, so one pass over a text's tokens finds every known name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { byLanguage, LANGUAGES, type Language } from '../../domain/languages.ts';
import { RESOURCES_DIR } from '../../paths.ts';
import type { EntityType } from '../types.ts';
import { isFormOf, latinSpelling, matchKey } from './inflection.ts';
import { withoutCase } from './lemma/kk.ts';
import { type Token, tokenize } from './tokens.ts';

/** The language of canonical names and ids (`place:russia`, `Tashkent Summit`). */
export const CANONICAL_LANGUAGE: Language = 'en';

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** Canonical name (first name in `CANONICAL_LANGUAGE`). */
  name: string;
  names: Record<Language, string[]>;
  /** Every name in every language, canonical name first. */
  aliases: string[];
  coordinates?: { lat: number; lon: number };
  /** A sovereign country (from the ISO 3166 list). */
  country?: boolean;
  /** ISO 3166 alpha-2 code of a country. */
  iso?: string;
  /** Wikidata item (`Q232`) the entry is known to be, from resources/wikidata/ (see SOURCES.md). */
  wikidata?: string;
  /** Common nouns that refer back to this entity once it has been named (`полигон`). */
  anaphora?: Partial<Record<Language, string[]>>;
  /** The years the entity existed (a person's life, a newspaper's run): a text about other times names someone else. */
  years?: [number, number];
  /** Entities whose mention in the same text points to this entry among its namesakes (the khan of the Junior Zhuz). */
  context?: string[];
}

/** An entry as the JSON files write it: names under each language's code (`"kk": [...]`). */
interface RawEntry extends Partial<Record<Language, string[]>> {
  id: string;
  type: EntityType;
  coordinates?: [number, number];
  country?: boolean;
  /** ISO 3166 code: a curated entry that stands for a country (its id wins over the derived one). */
  iso?: string;
  anaphora?: Partial<Record<Language, string[]>>;
  years?: [number, number];
  context?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entry id ending here, and whether the text must start with a capital (alias did). */
  id?: string;
  needsCapital?: boolean;
  /** The alias as written in the gazetteer (`ЕҚЫҰ` for a text's `ЕҚЫҰ-ның`). */
  alias?: string;
  /** The words of every alias of `id` that ends here, as written: a text's words must be forms of one of them. */
  forms?: string[][];
  /** Other entries with an alias ending here (two khans called Abulkhair), in gazetteer order. */
  others?: string[];
}

export interface GazetteerMatch {
  id: string;
  /** The gazetteer alias the words matched, uninflected. */
  alias: string;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  /** Other entries the same words name, for the context to choose between (see `context.ts`). */
  others?: string[];
}

const GAZETTEER_DIR = join(RESOURCES_DIR, 'gazetteer');

let entries: Map<string, GazetteerEntry> | undefined;
const tries = new Map<Language, TrieNode>();

function addEntry(map: Map<string, GazetteerEntry>, raw: RawEntry): void {
  const old = map.get(raw.id);
  const names = old?.names ?? byLanguage((): string[] => []);
  for (const l of LANGUAGES) {
    for (const n of raw[l] ?? []) if (!names[l].includes(n)) names[l].push(n);
  }
  const name = old?.name ?? LANGUAGES.map((l) => names[l][0]).find((n) => n !== undefined) ?? raw.id;
  const aliases = [...new Set([name, ...LANGUAGES.flatMap((l) => names[l])])];
  const entry: GazetteerEntry = { id: raw.id, type: old?.type ?? raw.type, name, names, aliases };
  const coords = raw.coordinates ?? (old?.coordinates ? [old.coordinates.lat, old.coordinates.lon] : undefined);
  if (coords) entry.coordinates = { lat: coords[0] as number, lon: coords[1] as number };
  if (raw.country || old?.country) entry.country = true;
  const iso = raw.iso ?? old?.iso;
  if (iso) entry.iso = iso;
  const anaphora = raw.anaphora ?? old?.anaphora;
  if (anaphora) entry.anaphora = anaphora;
  const years = raw.years ?? old?.years;
  if (years) entry.years = years;
  const context = raw.context ?? old?.context;
  if (context) entry.context = context;
  map.set(raw.id, entry);
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function countryEntries(curated: Map<string, string>): RawEntry[] {
  const require = createRequire(import.meta.url);
  // i18n-iso-countries ships per-language name tables; `select: 'all'` gives official and short forms.
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  for (const l of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const byLang = byLanguage((l) => countries.getNames(l, { select: 'all' }));
  const out: RawEntry[] = [];
  for (const code of Object.keys(byLang[CANONICAL_LANGUAGE])) {
    const names = byLanguage((l) => cleanCountryNames(byLang[l][code] ?? []));
    const short = countryIdName(names[CANONICAL_LANGUAGE]);
    if (!short) continue;
    // Id from the shortest everyday English name (`place:russia`, not `place:russian-federation`);
    // that name leads, so it is also the canonical name.
    const id = curated.get(code) ?? `place:${slugify(short)}`;
    out.push({
      id,
      type: 'PLACE',
      ...names,
      [CANONICAL_LANGUAGE]: [short, ...names[CANONICAL_LANGUAGE]],
      country: true,
      iso: code,
    });
  }
  return out;
}

/** `КНР (Китайская Народная Республика)` → both names; `Moldova, Republic of` → `Moldova`. */
function cleanCountryNames(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const paren = /^(.*?)\s*\((.+)\)$/.exec(n);
    if (paren) out.push(paren[1] as string, paren[2] as string);
    else out.push(n.replace(/,.*$/, ''));
  }
  return out.filter((n) => n.length > 0);
}

function countryIdName(en: string[]): string | undefined {
  const everyday = en.filter((n) => /\p{Ll}/u.test(n));
  return [...everyday].sort((a, b) => a.length - b.length)[0] ?? en[0];
}

/** Every gazetteer entry by id, loaded on first use. */
export function gazetteerEntries(): Map<string, GazetteerEntry> {
  if (entries) return entries;
  const map = new Map<string, GazetteerEntry>();
  const curated = new Map<string, string>();
  for (const file of readdirSync(GAZETTEER_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const raws = JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as RawEntry[];
    for (const raw of raws) {
      addEntry(map, raw);
      if (raw.iso) curated.set(raw.iso, raw.id);
    }
  }
  for (const raw of countryEntries(curated)) addEntry(map, raw);
  addWikidataIds(map);
  entries = map;
  return map;
}

/**
 * Wikidata items for entries whose identity is beyond doubt: countries by their ISO code, a few
 * cities and organisations by id. Kept apart from the name files (a wrong `sameAs` would tell
 * every linked-data consumer a confident falsehood, so only ids checked against two sources are in).
 */
function addWikidataIds(map: Map<string, GazetteerEntry>): void {
  const dir = join(RESOURCES_DIR, 'wikidata');
  const byIso = JSON.parse(readFileSync(join(dir, 'countries.json'), 'utf8')) as Record<string, string>;
  const byId = JSON.parse(readFileSync(join(dir, 'entries.json'), 'utf8')) as Record<string, string>;
  for (const entry of map.values()) {
    const item = byId[entry.id] ?? (entry.iso ? byIso[entry.iso] : undefined);
    if (item) entry.wikidata = item;
  }
}

/** A gazetteer entry (names in all languages, type, coordinates) for an entity page, or undefined. */
export function getGazetteerEntry(id: string): GazetteerEntry | undefined {
  return gazetteerEntries().get(id);
}

/** Whether `id` names a country (the usual subject of a history article's claims). */
export function isCountryId(id: string): boolean {
  return gazetteerEntries().get(id)?.country === true;
}

function trieFor(lang: Language): TrieNode {
  const cached = tries.get(lang);
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  for (const entry of gazetteerEntries().values()) {
    // The text language's own spellings first, so a shared spelling reports that language's alias.
    const aliases = [...new Set([...entry.names[lang], ...entry.aliases])];
    for (const alias of aliases) {
      const toks = tokenize(alias, lang);
      if (toks.length === 0) continue;
      let node = root;
      for (const t of toks) {
        const key = spelling(t.key);
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      // First writer wins: curated files load before countries, and their order is their priority.
      if (!node.id) {
        node.id = entry.id;
        node.needsCapital = toks[0]?.capitalized || toks[0]?.acronym;
        node.alias = alias;
      }
      if (node.id === entry.id) {
        node.forms ??= [];
        node.forms.push(toks.map((t) => t.text));
      } else if (!node.others?.includes(entry.id)) {
        node.others ??= [];
        node.others.push(entry.id);
      }
    }
  }
  tries.set(lang, root);
  return root;
}

// Between two words of one name: spaces, commas, quotes, dashes — never a sentence or clause break.
const NAME_GAP = /^[\s,«»"“”„'’‑–—-]{0,3}$/;

/**
 * Leftmost-longest gazetteer matches over `tokens` of `text`. With `anyCase` (short queries) a
 * name may start in lower case and an acronym may be typed in lower case.
 */
export function matchGazetteer(text: string, tokens: Token[], lang: Language, anyCase = false): GazetteerMatch[] {
  const root = trieFor(lang);
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i] as Token;
    // Most words start no name: one map probe rules them out before the walk.
    if (!anyCase && !startsName(root, lookupKeys(t0, lang))) {
      i++;
      continue;
    }
    let best: GazetteerMatch | undefined;
    const walk = (node: TrieNode, j: number): void => {
      const tok = tokens[j];
      if (!tok) return;
      if (j > i) {
        const prev = tokens[j - 1] as Token;
        if (!NAME_GAP.test(text.slice(prev.end, tok.start))) return;
      }
      const keys =
        anyCase && !tok.acronym ? [...lookupKeys(tok, lang), `=${tok.text.toUpperCase()}`] : lookupKeys(tok, lang);
      for (const k of keys) {
        const child = node.next.get(k);
        if (!child) continue;
        const first = tokens[i] as Token;
        if (
          child.id &&
          (anyCase || !child.needsCapital || first.capitalized || first.numeric) &&
          (anyCase || wordsAreForms(tokens, i, j + 1, child.forms, lang))
        ) {
          if (!best || j + 1 > best.to) {
            best = { id: child.id, alias: child.alias ?? child.id, from: i, to: j + 1 };
            if (child.others) best.others = child.others;
          }
        }
        walk(child, j + 1);
      }
    };
    walk(root, i);
    if (best) {
      out.push(best);
      i = best.to;
    } else {
      i++;
    }
  }
  return out;
}

/** Whether any of a word's keys starts a name (a loop, not a closure per word: it runs at every word). */
function startsName(root: TrieNode, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (root.next.has(keys[k] as string)) return true;
  return false;
}

/** A key as the trie holds it: Latin names spelled with `i` for a `y` after a vowel (`Abylay` = `Abylai`). */
function spelling(key: string): string {
  return key.startsWith('=') || /[\u0400-\u04FF]/.test(key) ? key : latinSpelling(key);
}

// A token's keys depend on its text and the language alone (tokenize keys each form the same way),
// so they are worked out once per distinct form; the matcher asks for them at nearly every word.
const KEYS_LIMIT = 200_000;
const keysCache: Record<Language, Map<string, readonly string[]>> = { en: new Map(), ru: new Map(), kk: new Map() };

/**
 * The keys a text's word may match a name by: its own key (and capitals' plain key), and for a
 * Kazakh word the key of the word without its case ending (`Өскеменде` → `Өскемен`), which the
 * stemmer alone may key apart from the name; for a Russian `-ая` genitive, its `-ай` nominative's. The array is shared: never change it.
 */
function lookupKeys(tok: Token, lang: Language): readonly string[] {
  const cache = keysCache[lang];
  const hit = cache.get(tok.text);
  if (hit) return hit;
  const keys = [spelling(tok.key)];
  if (tok.altKey) keys.push(spelling(tok.altKey));
  if (lang === 'kk' && !tok.acronym && /[\u0400-\u04FF]/.test(tok.text)) {
    const base = withoutCase(tok.text);
    const k = base === tok.text ? '' : matchKey(base, lang);
    if (k && !keys.includes(k)) keys.push(k);
  }
  // A Russian noun in -ай/-ей/-уй in the genitive (`Китая`, `Шанхая`) ends like an adjective, and the
  // stemmer keys it apart from its nominative (`кит` vs `кита`): the -й form's key is tried too.
  if (lang === 'ru' && !tok.acronym && /[аеуо]я$/u.test(tok.text)) {
    const k = matchKey(`${tok.text.slice(0, -1)}й`, lang);
    if (k && !keys.includes(k)) keys.push(k);
  }
  if (cache.size >= KEYS_LIMIT) cache.clear();
  cache.set(tok.text, keys);
  return keys;
}

/** Whether the text's words `from`..`to` are forms of the words of one of the aliases (see `isFormOf`). */
function wordsAreForms(
  tokens: Token[],
  from: number,
  to: number,
  forms: string[][] | undefined,
  lang: Language,
): boolean {
  if (!forms) return true;
  return forms.some(
    (words) => words.length === to - from && words.every((w, k) => isFormOf((tokens[from + k] as Token).text, w, lang)),
  );
}

/**
 * Ids of the entities a short query names, in any of the three languages:
 * `lookupEntityIds('ОБСЕ')`, `lookupEntityIds('OSCE')`, `lookupEntityIds('ЕҚЫҰ')` → `['org:osce']`.
 */
export function lookupEntityIds(text: string): string[] {
  // The answer depends on the text alone (the gazetteer is fixed), and analysis asks it of the same
  // words again and again (summit cities, acronyms, sentence-initial city adjectives).
  let hit = idsCache.get(text);
  if (!hit) {
    const ids = new Set<string>();
    for (const lang of LANGUAGES) {
      const toks = tokenize(text, lang);
      for (const m of matchGazetteer(text, toks, lang, true)) ids.add(m.id);
    }
    hit = [...ids];
    if (idsCache.size >= KEYS_LIMIT) idsCache.clear();
    idsCache.set(text, hit);
  }
  return [...hit];
}
const idsCache = new Map<string, readonly string[]>();
