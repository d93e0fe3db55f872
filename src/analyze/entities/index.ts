/**
 * Entity recognition and linking for one text: gazetteer names, cue-word names, people, numbered
 * documents and acronyms defined in the text, each linked to one canonical id shared across
 * articles and languages (gazetteer id, or `type:slug` of the inflection-free name).
 */
import { ENTITY_ID_PREFIX } from '../../domain/entity-types.ts';
import { addressSpans, outsideAddresses } from '../addresses.ts';
import { languagePack } from '../lang/index.ts';
import type { Entity, EntityType, Language, Mention, Span } from '../types.ts';
import { findAcronymDefinitions, initialsMatch } from './acronyms.ts';
import { resolveMatch, YearContext } from './context.ts';
import {
  CANONICAL_LANGUAGE,
  type GazetteerEntry,
  type GazetteerMatch,
  gazetteerEntries,
  lookupEntityIds,
  matchGazetteer,
} from './gazetteer.ts';
import {
  type Candidate,
  findComplementNames,
  findCueNames,
  findDocuments,
  findLowercaseHeadNames,
  findPersons,
  findQuotedTitles,
  PATRONYMIC as PATRONYMIC_WORD,
} from './patterns.ts';
import { recogniseNames } from './recogniser/index.ts';
import { mergeRecognition } from './recogniser/merge.ts';
import { settleEntities } from './settle.ts';
import { linkSummits } from './summits.ts';
import { firstTokenAt, sentenceInitialTokens, type Token, tokenize } from './tokens.ts';

export type { GazetteerEntry } from './gazetteer.ts';
export { getGazetteerEntry, isCountryId, lookupEntityIds } from './gazetteer.ts';

/** Stable id of an entity the gazetteer does not know: type + its inflection-free words. */
export function derivedId(type: EntityType, tokens: Token[]): string {
  const slug = tokens
    .map((t) => t.key.replace(/^=/, '').toLowerCase())
    .join('-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${ENTITY_ID_PREFIX[type]}:${slug}`;
}

/** A mention's text as a name: quotes dropped, possessive removed, spaces collapsed. */
function cleanName(s: string): string {
  return s
    .replace(/[«»"“”„]/g, '')
    .replace(/[’']s?$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A mention's name in its base form: the language may reduce a person's name (a Kazakh surname loses its case ending). */
function baseName(type: EntityType, name: string, lang: Language): string {
  const personName = languagePack(lang).names.personName;
  return type === 'PERSON' && personName ? personName(name) : name;
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
  const sentenceInitial = opts.sentences ? sentenceInitialTokens(tokens, opts.sentences) : new Set<number>();

  // 1. Gazetteer names.
  const spans: Array<{ from: number; to: number; id: string }> = [];
  const aliasUse = new Map<string, Map<string, number>>();
  const years = new YearContext(text, opts.sentences ?? [{ start: 0, end: text.length }]);
  const matches = matchGazetteer(text, tokens, lang);
  if (matches.length > 1) years.known = new Set(matches.map((m) => m.id));
  // The recogniser's gazetteer features read the matches as found, before context and widening change them.
  const rawMatches = matches.map((m) => ({ ...m }));
  for (const m of matches) {
    // The context chooses between namesakes and may rule every reading out.
    const id = resolveMatch(text, tokens, m, lang, years);
    const entry = id ? gaz.get(id) : undefined;
    if (!entry) continue;
    m.id = entry.id;
    table.add(entry.id, entry.type, entry.name, entry.aliases, mention(m.from, m.to), entry.coordinates);
    if (entry.names[lang].includes(m.alias)) {
      const uses = aliasUse.get(entry.id) ?? new Map<string, number>();
      uses.set(m.alias, (uses.get(m.alias) ?? 0) + 1);
      aliasUse.set(entry.id, uses);
    }
    for (let k = m.from; k < m.to; k++) taken[k] = 1;
    spans.push(m);
  }

  // 1a. A known person written with the given name and patronymic before the surname the gazetteer
  // knows (`Алихан Нурмухамедович Букейханов`, `Қасым-Жомарт Кемелұлы Тоқаев`): one mention.
  for (const m of spans) {
    if (gaz.get(m.id)?.type !== 'PERSON') continue;
    let from = m.from;
    const prev = (k: number) => tokens[k - 1] as Token | undefined;
    const joined = (k: number) =>
      /^[ \u00a0]$/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start));
    if (
      from > 0 &&
      !taken[from - 1] &&
      prev(from)?.capitalized &&
      PATRONYMIC_WORD.test(prev(from)?.text ?? '') &&
      joined(from)
    ) {
      from--;
      if (from > 0 && !taken[from - 1] && prev(from)?.capitalized && joined(from)) from--;
    }
    // Initials before a known surname (`Т. Р. Рыскулов`, `С. Сейфуллин`).
    const initial = (k: number) => {
      const p = prev(k);
      return (
        !!p &&
        !taken[k - 1] &&
        p.text.length === 1 &&
        p.capitalized &&
        /^\.[ \u00a0]?$/.test(text.slice(p.end, (tokens[k] as Token).start))
      );
    };
    while (from === m.from && initial(from)) {
      let k = from;
      while (initial(k) && m.from - k < 3) k--;
      from = k;
    }
    if (from === m.from) continue;
    const entry = gaz.get(m.id) as GazetteerEntry;
    table.add(entry.id, entry.type, entry.name, entry.aliases, mention(from, m.to));
    for (let k = from; k < m.from; k++) taken[k] = 1;
    m.from = from;
  }

  // 1b. Common nouns standing for an entity already named (`полигон` after the test site's name).
  const anaphoraDone = new Set<string>();
  for (const m of [...spans]) {
    const entry = gaz.get(m.id);
    const words = entry?.anaphora?.[lang];
    if (!entry || !words || anaphoraDone.has(m.id)) continue;
    anaphoraDone.add(m.id);
    for (const phrase of words) {
      const keys = tokenize(phrase, lang).map((t) => t.key);
      for (let i = m.to; i + keys.length <= tokens.length; i++) {
        if (taken[i] || keys.some((k, x) => (tokens[i + x] as Token).key !== k)) continue;
        table.add(entry.id, entry.type, entry.name, entry.aliases, mention(i, i + keys.length), entry.coordinates);
        for (let k = i; k < i + keys.length; k++) taken[k] = 1;
      }
    }
  }

  // 2. Cue-word names; a name the gazetteer already covers exactly is not repeated.
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((sp, idx) => {
    for (let k = sp.from; k < sp.to; k++) spanAt[k] = idx;
  });
  const cue = [
    ...findCueNames(text, tokens, lang, sentenceInitial),
    ...findLowercaseHeadNames(text, tokens, lang, sentenceInitial, taken),
    ...findComplementNames(text, tokens, lang, taken),
  ];
  // The person's mention opens the run at `from` and holds token `k`.
  const personOpensAt = (from: number, k: number): boolean => {
    const idx = spanAt[k] as number;
    return idx >= 0 && (spans[idx] as { from: number }).from === from;
  };
  const personAt = (k: number): boolean => {
    const idx = spanAt[k] as number;
    return (
      (idx >= 0 && gaz.get((spans[idx] as { id: string }).id)?.type === 'PERSON') ||
      PATRONYMIC_WORD.test((tokens[k] as Token).text)
    );
  };
  const personOpens = languagePack(lang).names.personOpensBodyName === true;
  for (const c of cue) {
    // A person before the head is the subject of the sentence, not part of the name
    // (`Қасым-Жомарт Кемелұлы Тоқаев Ассамблеяның сессиясында`); where the language names bodies
    // after people, one opening the name is part of it (`Al-Farabi Kazakh National University`).
    if (c.head !== undefined && c.type !== 'PERSON') {
      for (let k = c.head - 1; k >= c.from; k--) {
        if (personAt(k) && !(personOpens && c.type === 'ORG' && personOpensAt(c.from, k))) {
          c.from = k + 1;
          break;
        }
      }
      if (c.to - c.from < 2) continue;
    }
    if (!keepCueName(c, spanAt, spans)) continue;
    addCandidate(c);
  }

  // 2b. Quoted titles with a cue noun (`роман «Евгений Онегин»`): a title is never a person. Titles
  // do not overlap and come in text order, so each mention finds its title by binary search.
  const titles = findQuotedTitles(text, lang).filter(
    (q) => firstTokenAt(tokens, q.end) > firstTokenAt(tokens, q.start),
  );
  if (titles.length > 0) {
    const titleAt = (m: Span): number => {
      let lo = 0;
      let hi = titles.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((titles[mid] as Span).start < m.end) lo = mid + 1;
        else hi = mid;
      }
      const k = lo - 1;
      return k >= 0 && (titles[k] as Span).end > m.start ? k : -1;
    };
    // The gazetteer knows the title itself (`"Zhety Zhargy"`): nothing to add.
    const known = new Uint8Array(titles.length);
    for (const e of table.byId.values()) {
      for (const m of e.mentions) {
        const k = titleAt(m);
        // The title is the known name, in quotes or not (`газета «Қазақ»`), when the cue noun gives it the
        // known name's type: `клуб «Иртыш»` is a club, not the river.
        const q = titles[k] as Span & { type: EntityType };
        if (
          k >= 0 &&
          q.type === e.type &&
          m.start - q.start <= 1 &&
          q.end - m.end <= 1 &&
          /^[«"“„]?$/.test(text.slice(q.start, m.start))
        )
          known[k] = 1;
      }
    }
    // A known name inside a title (`«Абай жолы»`) is the title's word, not a mention of its own.
    for (const [id, e] of table.byId) {
      const kept = e.mentions.filter((m) => {
        const k = titleAt(m);
        return k < 0 || known[k] === 1;
      });
      if (kept.length === e.mentions.length) continue;
      e.mentions = kept;
      if (kept.length === 0) table.byId.delete(id);
    }
    titles.forEach((q, k) => {
      if (known[k]) return;
      const from = firstTokenAt(tokens, q.start);
      const to = firstTokenAt(tokens, q.end);
      // The gazetteer names a title with its noun (`Qazaq newspaper`): `the newspaper Qazaq` is that one.
      const entry = q.cue ? titledEntry(text.slice(q.start, q.end), q.cue, q.type, lang) : undefined;
      if (entry) {
        table.add(entry.id, entry.type, entry.name, entry.aliases, mention(from, to), entry.coordinates);
        for (let x = from; x < to; x++) taken[x] = 1;
        return;
      }
      addCandidate({ type: q.type, from, to });
      for (let x = from; x < to; x++) taken[x] = 1;
    });
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

  // In a text not in the canonical language an entity is called by its name in that language: the spelling
  // the text uses most (`ЕҚЫҰ`, `ООН`), else the gazetteer's first name in the language.
  if (lang !== CANONICAL_LANGUAGE) {
    for (const e of table.byId.values()) {
      const entry = gaz.get(e.id);
      if (!entry) continue;
      const rank = (alias: string) => entry.names[lang].indexOf(alias);
      const uses = [...(aliasUse.get(e.id) ?? new Map<string, number>())].sort(
        (a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]),
      );
      const local = uses[0]?.[0] ?? entry.names[lang][0];
      if (local) e.name = local;
    }
  }

  // The trained recogniser finds the names; CHRONICLE_RECOGNISER=rules leaves it out (gazetteer and
  // cue patterns only), to compare the two on a corpus.
  const found =
    process.env.CHRONICLE_RECOGNISER !== 'rules'
      ? withModel(
          text,
          lang,
          tokens,
          [...table.byId.values()],
          opts.sentences ?? [{ start: 0, end: text.length }],
          years,
          rawMatches,
          sentenceInitial,
          titles,
        )
      : [...table.byId.values()];
  const out = settleEntities(text, lang, linkSummits(withoutAddresses(found, addressSpans(text)), lang), derivedId);
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  function addCandidate(c: Candidate): void {
    const toks = tokens.slice(c.from, c.to);
    const m = mention(c.from, c.to);
    const name = baseName(c.type, cleanName(m.text), lang);
    const id = c.id ?? derivedId(c.type, toks);
    table.add(id, c.type, c.name ?? name, [name], m);
    if (c.type === 'PERSON') for (let k = c.from; k < c.to; k++) taken[k] = 1;
  }
}

/** The known title of `type` that `name` and its cue noun spell, in either order (`Qazaq newspaper`). */
function titledEntry(name: string, cue: string, type: EntityType, lang: Language): GazetteerEntry | undefined {
  const gaz = gazetteerEntries();
  for (const phrase of [`${name} ${cue}`, `${cue} ${name}`]) {
    const words = tokenize(phrase, lang);
    const whole = matchGazetteer(phrase, words, lang, true).find((m) => m.from === 0 && m.to === words.length);
    const e = whole ? gaz.get(whole.id) : undefined;
    if (e?.type === type) return e;
  }
  return undefined;
}

/**
 * The entities without their mentions inside a web or e-mail address (`…/Contents/Astana`,
 * `Kevin.A.Boone@…`): an address names no one. An entity left with no mention is dropped.
 */
function withoutAddresses(entities: Entity[], addresses: readonly Span[]): Entity[] {
  if (addresses.length === 0) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const mentions = outsideAddresses(e.mentions, addresses);
    if (mentions.length > 0) out.push(mentions === e.mentions ? e : { ...e, mentions });
  }
  return out;
}

/** The entities found so far, merged with the trained recogniser's names (when `lang` has a model). */
function withModel(
  text: string,
  lang: Language,
  tokens: Token[],
  entities: Entity[],
  sentences: Span[],
  years: YearContext,
  gazetteer: GazetteerMatch[],
  sentenceInitial: ReadonlySet<number>,
  titles: ReadonlyArray<Span & { type: EntityType }>,
): Entity[] {
  const rec = recogniseNames(text, lang, { sentences, tokens, gazetteer });
  if (!rec) return entities;
  try {
    return mergeRecognition(text, lang, tokens, entities, rec, {
      derivedId,
      nameOf: (type, t) => baseName(type, cleanName(t), lang),
      resolve: (words, m) => resolveMatch(text, words, m, lang, years),
      sentenceInitial,
      titles,
    });
  } finally {
    // The merge is the recognition's only reader: its tables serve the next text.
    rec.release?.();
  }
}

/**
 * A cue-word name is kept when it adds a name the gazetteer lacks: not one it already covers, not
 * one that cuts a known name in two, and not a known name plus a trailing phrase (`Group on the …`).
 */
function keepCueName(c: Candidate, spanAt: Int32Array, spans: Array<{ from: number; to: number }>): boolean {
  let last = -1;
  for (let k = c.from; k < c.to; k++) {
    const idx = spanAt[k] as number;
    if (idx < 0 || idx === last) continue;
    last = idx;
    const s = spans[idx] as { from: number; to: number };
    // The head word inside a known name: the chunk only glues known names together.
    if (c.head !== undefined && s.from <= c.head && c.head < s.to) return false;
    if (s.from <= c.from && s.to >= c.to) return false;
    if (s.from < c.from || s.to > c.to) return false;
  }
  return true;
}

function linkAcronyms(text: string, tokens: Token[], table: EntityTable, lang: Language): void {
  const defs = findAcronymDefinitions(text);
  if (defs.length === 0) return;
  const defined = new Map<string, { target: Entity; from: number }>();
  const byEnd = new Map<number, { entity: Entity; mention: Mention }>();
  const byStart = new Map<number, Entity>();
  for (const e of table.byId.values()) {
    for (const m of e.mentions) {
      byEnd.set(m.end, { entity: e, mention: m });
      byStart.set(m.start, e);
    }
  }
  for (const def of defs) {
    // The entity whose mention ends right before the bracket (after at most two spaces).
    const before = byEnd.get(def.open) ?? byEnd.get(def.open - 1) ?? byEnd.get(def.open - 2);
    let target: Entity | undefined = before?.entity;
    // The name before the bracket must spell the acronym, or be a known organisation-like name
    // (`Organization of Islamic Cooperation (OIC)`); `… в Ливане (ВСООНЛ)` does not make Lebanon ВСООНЛ.
    if (target && before) {
      const words = before.mention.text.match(/[\p{L}\p{N}]+/gu) ?? [];
      const spelled = initialsMatch(def.acronym, words) || target.aliases.includes(def.acronym);
      if (!spelled && (target.type === 'PLACE' || target.type === 'PERSON' || words.length < 2)) target = undefined;
    }
    if (!target) {
      // No known name: take the capitalised words before the bracket whose initials spell it.
      const k = firstTokenAt(tokens, def.open) - 1;
      for (let from = k; from >= 0 && k - from < 8; from--) {
        const words = tokens.slice(from, k + 1).map((t) => t.text);
        if ((tokens[from] as Token).capitalized && initialsMatch(def.acronym, words)) {
          const start = (tokens[from] as Token).start;
          const end = (tokens[k] as Token).end;
          const name = cleanName(text.slice(start, end));
          const mention = { start, end, text: text.slice(start, end) };
          // An acronym the gazetteer knows (`ВСООНЛ`) makes the spelled-out name a mention of that entity.
          const known = gazetteerEntries().get(lookupEntityIds(def.acronym)[0] ?? '');
          target = known
            ? table.add(known.id, known.type, known.name, known.aliases, mention, known.coordinates)
            : table.add(derivedId('ORG', tokens.slice(from, k + 1)), 'ORG', name, [name], mention);
          break;
        }
      }
    }
    if (!target) continue;
    if (!target.aliases.includes(def.acronym)) target.aliases.push(def.acronym);
    const key = `=${def.acronym}`;
    // The first definition of an acronym holds for the rest of the text.
    if (!defined.has(key)) defined.set(key, { target, from: def.start });
  }
  void lang;
  if (defined.size === 0) return;
  // One pass over the words for every defined acronym: linear however many definitions a text has.
  for (const t of tokens) {
    const d = defined.get(t.key);
    if (!d || t.start < d.from) continue;
    // A gazetteer reading of the same letters gives way to the text's own definition.
    const other = byStart.get(t.start);
    if (other && other !== d.target) {
      other.mentions = other.mentions.filter((m) => !(m.start === t.start && m.end === t.end));
    }
    table.add(d.target.id, d.target.type, d.target.name, [], { start: t.start, end: t.end, text: t.text });
  }
  for (const [id, e] of table.byId) if (e.mentions.length === 0) table.byId.delete(id);
}

function linkSurnames(text: string, tokens: Token[], table: EntityTable, taken: Uint8Array): void {
  const bySurname = new Map<string, Entity>();
  for (const e of table.byId.values()) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      const last = tokens[firstTokenAt(tokens, m.end) - 1];
      if (last && last.end === m.end && m.text.includes(' ')) bySurname.set(last.key, e);
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
