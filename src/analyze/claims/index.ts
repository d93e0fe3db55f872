/**
 * Quantitative claims: counts (`over 130 nationalities`, `five vast regions`, `held five times`),
 * ranks and superlatives (`ninth largest country in the world` → 9, `the world's largest …` → 1,
 * `девятая по величине`, `әлемдегі тоғызыншы`), percentages, money, areas and populations, each with
 * its subject. A number inside a temporal expression (a year, a duration) is never a claim.
 */
import { isCountryId } from '../entities/index.ts';
import { ALL_PACKS, type ClaimWords, languagePack, type NumberWords, readerOf } from '../lang/index.ts';
import { lookup } from '../lang/lookup.ts';
import type { Claim, ClaimKind, Entity, Language, Span, TemporalExpression, TimexMod } from '../types.ts';
import {
  MODS_AFTER,
  MODS_BEFORE,
  readNumberWord,
  readOrdinalWord,
  SCALE_STEMS,
  SCALES,
  TIME_UNITS,
} from './numbers.ts';

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?(?:-\p{L}+)?|[\p{L}]+(?:[-'’][\p{L}]+)*|[%$€£₸]/gu;
// The words of every pack's `claimWords`, as one expression per class (texts quote each other).
const NUMBERS_OF_PACKS = ALL_PACKS.map((p) => p.numbers);
const CLAIM_WORDS = NUMBERS_OF_PACKS.map((n) => n.claimWords);
const wordClass = (pick: (w: ClaimWords) => readonly string[], extra: readonly string[] = []) =>
  new RegExp(`^(?:${[...extra, ...CLAIM_WORDS.flatMap(pick)].join('|')})$`, 'u');
const SUPERLATIVE = wordClass((w) => w.superlatives);
const RANK_CONTEXTS = CLAIM_WORDS.flatMap((w) =>
  w.rankContext
    ? [{ re: new RegExp(`^(?:${w.rankContext.words.join('|')})$`, 'u'), before: w.rankContext.before }]
    : [],
);
// Function words of every pack end a noun phrase (`of`, `the`, `и`, `және`).
const FUNCTION_WORDS = new Set(CLAIM_WORDS.flatMap((w) => w.functionWords));
const CURRENCY = wordClass((w) => w.currencies, ['\\$', '€', '£', '₸']);
const AREA = wordClass((w) => w.areaUnits);
const PEOPLE = wordClass((w) => w.people);
const PERCENT = wordClass((w) => w.percent, ['%']);
// `nearly half of`, `около половины`, `жартысына жуығы`: a share of one half, i.e. 50%.
const HALF = wordClass((w) => w.half);
// Other common shares, read with the word before them: `two thirds`, `одна треть`, `три четверти`.
const FRACTIONS = CLAIM_WORDS.flatMap((w) =>
  w.fractions.map(([word, one, many]) => [new RegExp(`^(?:${word})$`, 'u'), one, many] as const),
);
// The country in a currency's name: `US dollars`, `АҚШ долларына`, `долларов США`.
const CURRENCY_COUNTRY = wordClass((w) => w.currencyCountries);

const CANDIDATE = new RegExp(['\\d', ...CLAIM_WORDS.map((w) => w.trigger)].join('|'), 'iu');
const SQUARE = wordClass((w) => w.square);
const KILOMETRE = wordClass((w) => w.kilometre);
const SUPERLATIVE_MODIFIERS = new Set(CLAIM_WORDS.flatMap((w) => w.superlativeModifiers));
const IN_THE_WORLD = new RegExp(CLAIM_WORDS.flatMap((w) => w.inTheWorld).join('|'));
const PARTITIVE = new RegExp(
  `\\b(?:${CLAIM_WORDS.flatMap((w) => w.partitive.prepositions).join('|')})\\s+(?:${CLAIM_WORDS.flatMap((w) => w.partitive.objects).join('|')})\\b`,
  'i',
);
const ADJECTIVE_ENDING = new RegExp(`(?:${CLAIM_WORDS.flatMap((w) => w.adjectiveEndings).join('|')})$`, 'u');
const NOT_COUNTED = new Set(CLAIM_WORDS.flatMap((w) => w.notCounted));

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

function readNumber(w: Word | undefined): number | undefined {
  if (!w) return undefined;
  const d = /^(\d+(?:[.,\u00a0 ]\d{3})*)(?:[.,](\d+))?(?:-\p{L}+)?$/u.exec(w.text);
  if (d) {
    const int = (d[1] as string).replace(/[.,\u00a0 ]/g, '');
    return Number(d[2] ? `${int}.${d[2]}` : int);
  }
  return readNumberWord(w.text);
}

/**
 * Whether a word can start no claim: no number, ordinal, superlative, share, half or scale word
 * (most words of a text). That depends on the word alone, so it is worked out once per form; the
 * loop of `extractClaims` skips such a word exactly as its checks would.
 */
function startsNothing(w: Word): boolean {
  let inert = inertForms.get(w.text);
  if (inert === undefined) {
    inert =
      readOrdinalWord(w.text) === undefined &&
      !(SUPERLATIVE.test(w.lower) && !SUPERLATIVE_MODIFIERS.has(w.lower)) &&
      readNumber(w) === undefined &&
      !FRACTIONS.some(([re]) => re.test(w.lower)) &&
      !HALF.test(w.lower) &&
      scaleOf(w.lower) === undefined;
    if (inertForms.size >= 100_000) inertForms.clear();
    inertForms.set(w.text, inert);
  }
  return inert;
}
const inertForms = new Map<string, boolean>();

/** Every pack's `vagueNumerals`, whole words. */
const VAGUE = new RegExp(`^(?:${NUMBERS_OF_PACKS.flatMap((n) => n.vagueNumerals).join('|')})$`, 'u');

/**
 * `десятки тысяч`, `tens of thousands`, `он мыңдаған`: the number's first word, or a later one
 * that is no plain scale (`две тысячи` is 2 000, not thousands), names an order of magnitude.
 */
function isVagueNumeral(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < Math.max(to, from + 1); k++) {
    const w = words[k];
    if (w && VAGUE.test(w.lower) && (k === from || lookup(SCALES, w.lower) === undefined)) return true;
  }
  return false;
}

/** A scale word's value, inflected or not: `million`, `миллиона`, `миллионнан`, `млн`. */
function scaleOf(lower: string): number | undefined {
  const direct = lookup(SCALES, lower);
  if (direct !== undefined) return direct;
  return SCALE_STEMS.find(([stem]) => lower.startsWith(stem))?.[1];
}

export interface ClaimContext {
  text: string;
  sentences: Span[];
  timexes: TemporalExpression[];
  entities: Entity[];
  lang: Language;
}

/** Finds the claims of a text, sentence by sentence. */
export function extractClaims(ctx: ClaimContext): Claim[] {
  const { text, sentences, timexes } = ctx;
  const topic = topicOf(ctx.entities);
  const subjects = indexSubjects(ctx.entities);
  const out: Claim[] = [];
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const shares = languagePack(ctx.lang).numbers.shares;
  let tx = 0;
  for (const s of sentences) {
    // Most sentences hold no number, ordinal or superlative: skip them before tokenising.
    const body = text.slice(s.start, s.end);
    if (!CANDIDATE.test(body)) continue;
    while (tx < sorted.length && (sorted[tx] as TemporalExpression).end <= s.start) tx++;
    const local: TemporalExpression[] = [];
    for (let k = tx; k < sorted.length && (sorted[k] as TemporalExpression).start < s.end; k++) {
      local.push(sorted[k] as TemporalExpression);
    }
    // A timex whose value holds no number (`the 550th anniversary` → XXXX) did not use the number.
    const inTimex = (a: number, b: number) => local.some((t) => t.start < b && a < t.end && /\d/.test(t.value));
    const words = wordsOf(text, s.start, s.end);
    const found: Claim[] = [];
    // Words already read as part of a compound number (`он алты`) start nothing new.
    let skipTo = 0;
    let lastCount: Claim | undefined;
    for (let i = 0; i < words.length; i++) {
      if (startsNothing(words[i] as Word)) continue;
      const rank = readRank(text, words, i);
      if (rank) {
        found.push(rank);
        continue;
      }
      if (i < skipTo) continue;
      const w = words[i] as Word;
      let value = readNumber(w);
      let j = i + 1;
      // Shares in words: `үштен бірі` (one of three), `төрттен үші`, `оннан бірі`.
      const share = shares ? readShare(words, i, shares) : undefined;
      if (share && !inTimex(w.start, w.end)) {
        found.push({ text: '', ...share });
        skipTo = i + 2;
        continue;
      }
      const fraction = FRACTIONS.find(([re]) => re.test(w.lower));
      if (fraction && !inTimex(w.start, w.end)) {
        // `two thirds` / `две трети` / `three quarters`: the number before says which share.
        const many = readNumber(words[i - 1]);
        const share = many !== undefined && many > 1 ? fraction[2] : fraction[1];
        const start = many !== undefined ? (words[i - 1] as Word).start : w.start;
        if (many !== undefined) found.pop();
        found.push({ text: '', start, end: w.end, kind: 'percent', value: share, unit: '%' });
        continue;
      }
      if (value === undefined && HALF.test(w.lower)) {
        const half = readHalf(words, i, inTimex);
        if (half) found.push({ text: '', ...half });
        continue;
      }
      if (value === undefined) {
        // A scale word alone is a number: `более миллиона человек`, `over a million people`.
        const bare = scaleOf(w.lower);
        if (bare === undefined || (words[i - 1] && readNumber(words[i - 1]) !== undefined)) continue;
        value = bare;
      } else {
        if (inTimex(w.start, w.end)) continue;
        // Fractions and references (`64/35`), model numbers (`SS-18`), bare years are not counts.
        if (text[w.end] === '/' || text[w.start - 1] === '/') continue;
        if (text[w.start - 1] === '-' && /\p{L}/u.test(text[w.start - 2] ?? '')) continue;
        if (/^\d{4}$/.test(w.text) && value >= 1000 && value <= 2100) continue;
        // Number words combine: `он алты` 16, `twenty five` 25, `two hundred` 200.
        const unit = words[j] && !/^\d/.test((words[j] as Word).text) ? readNumber(words[j]) : undefined;
        if (unit !== undefined && !/^\d/.test(w.text)) {
          if (unit === 100 && value < 10) {
            value *= 100;
            j++;
            skipTo = j;
          } else if (unit < 10 && value >= 10 && value < 100 && value % 10 === 0) {
            value += unit;
            j++;
            skipTo = j;
          }
        }
        const scale = words[j] ? scaleOf((words[j] as Word).lower) : undefined;
        if (scale) {
          value *= scale;
          j++;
        }
      }
      const modBefore = modifierBefore(words, i);
      const modAfter = words[j] ? lookup(MODS_AFTER, (words[j] as Word).lower) : undefined;
      if (modAfter) j++;
      const mod = modBefore?.mod ?? modAfter ?? (isVagueNumeral(words, i, j) ? 'APPROX' : undefined);
      const currencyBefore =
        words[i - 1] && /^[$€£₸]$/.test((words[i - 1] as Word).text) ? (words[i - 1] as Word) : undefined;
      const start = modBefore?.start ?? currencyBefore?.start ?? w.start;
      let claim = currencyBefore
        ? { kind: 'money' as const, unit: currencyBefore.text, end: (words[j - 1] as Word).end }
        : classify(words, j, value, ctx.lang);
      // `Of the 456 tests, 116 were carried out in the atmosphere and 340 underground`: the counted
      // thing was named before.
      const counted = lastCount;
      if (!claim && /^\d/.test(w.text)) {
        const after = words[j]?.lower ?? '';
        const partitive = PARTITIVE.test(text.slice(s.start, w.start));
        const listed = words[i - 1]?.lower === 'and' && counted !== undefined && found.at(-1) === counted;
        // `around 3,000 people …, but at least 5,000`: a qualified number closing its clause
        // counts what the sentence counted before.
        const restated =
          counted !== undefined && modBefore !== undefined && /^\s*(?:[.,;:)]|$)/.test(text.slice(w.end, w.end + 2));
        if (((counted || partitive) && /^(?:were|was|are|is|had|have)$/.test(after)) || listed || restated) {
          claim = { kind: counted?.kind ?? 'count', unit: counted?.unit ?? '', end: w.end };
        }
      }
      if (!claim) continue;
      const end = claim.end;
      if (TIME_UNITS.test(claim.unit ?? '')) continue;
      const c: Claim = { text: text.slice(start, end), start, end, kind: claim.kind, value };
      if (claim.unit) c.unit = claim.unit;
      if (mod) c.mod = mod;
      found.push(c);
      if (c.kind === 'count' || c.kind === 'population') lastCount = c;
    }
    for (const c of found) {
      const subject = subjectOf(text, subjects, s, c) ?? topic;
      if (subject) c.subject = subject;
      out.push(c);
    }
  }
  return withTexts(text, out);
}

type Shares = NonNullable<NumberWords['shares']>;

/** `үштен біріне жуығы` → 33.3% (about): a denominator in its case, then the numerator. */
function readShare(words: Word[], i: number, shares: Shares): Omit<Claim, 'text'> | undefined {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!next || !shares.denominator.test(w.lower)) return undefined;
  const whole = readNumber(w);
  const part = shares.numerators.find(([re]) => re.test(next.lower))?.[1];
  if (whole === undefined || part === undefined || whole < 2 || whole > 100 || part >= whole) return undefined;
  const after = words[i + 2];
  const modAfter = after ? lookup(MODS_AFTER, after.lower) : undefined;
  const claim: Omit<Claim, 'text'> = {
    start: w.start,
    end: modAfter && after ? after.end : next.end,
    kind: 'percent',
    value: Math.round((1000 * part) / whole) / 10,
    unit: '%',
  };
  if (modAfter) claim.mod = modAfter;
  return claim;
}

/**
 * A half as a share: `nearly half of the soil`, `около половины членов`, `экспортының жартысына
 * жуығы`. Not the half of a period (`the second half of the century`, `во второй половине века`),
 * which is the temporal tagger's, nor a bare English `half` without `of`.
 */
function readHalf(
  words: Word[],
  i: number,
  inTimex: (a: number, b: number) => boolean,
): Omit<Claim, 'text'> | undefined {
  const w = words[i] as Word;
  if (inTimex(w.start, w.end)) return undefined;
  const prev = words[i - 1];
  if (prev && (readOrdinalWord(prev.text) !== undefined || /^(?:first|second|latter|early|late)$/.test(prev.lower))) {
    return undefined;
  }
  const modBefore = modifierBefore(words, i);
  const next = words[i + 1];
  if (w.lower === 'half' && next?.lower !== 'of') return undefined;
  const modAfter = next ? lookup(MODS_AFTER, next.lower) : undefined;
  const end = modAfter && next ? next.end : w.end;
  const claim: Omit<Claim, 'text'> = { start: modBefore?.start ?? w.start, end, kind: 'percent', value: 50, unit: '%' };
  const mod = modBefore?.mod ?? modAfter;
  if (mod) claim.mod = mod;
  return claim;
}

function modifierBefore(words: Word[], i: number): { mod: TimexMod; start: number } | undefined {
  const one = words[i - 1];
  const two = words[i - 2];
  const pair = two && one ? lookup(MODS_BEFORE, `${two.lower} ${one.lower}`) : undefined;
  if (pair && two) return { mod: pair, start: two.start };
  const single = one ? lookup(MODS_BEFORE, one.lower) : undefined;
  if (single && one) return { mod: single, start: one.start };
  return undefined;
}

/** What the number at `words[j-1]` counts or measures, looking at the words after it. */
function classify(
  words: Word[],
  j: number,
  _value: number,
  lang: Language,
): { kind: ClaimKind; unit?: string; end: number } | undefined {
  const a = words[j];
  if (!a) return undefined;
  if (PERCENT.test(a.lower)) return { kind: 'percent', unit: '%', end: a.end };
  if (CURRENCY.test(a.lower)) return { kind: 'money', unit: a.lower, end: a.end };
  if (AREA.test(a.lower)) return { kind: 'area', unit: 'km2', end: a.end };
  const b = words[j + 1];
  if (b && CURRENCY_COUNTRY.test(a.lower) && CURRENCY.test(b.lower))
    return { kind: 'money', unit: b.lower, end: b.end };
  // `the 550th anniversary`: how many years a jubilee counts.
  if (b && /^(?:st|nd|rd|th)$/.test(a.lower) && /^(?:anniversary|jubilee)$/.test(b.lower)) {
    return { kind: 'count', unit: b.lower, end: b.end };
  }
  if (b && SQUARE.test(a.lower) && KILOMETRE.test(b.lower)) {
    return { kind: 'area', unit: 'km2', end: b.end };
  }
  if (PEOPLE.test(a.lower)) return { kind: 'population', unit: 'people', end: a.end };
  // The text's language counts with plurals, or a Latin word follows: read it by the Latin reader's rule.
  const own = languagePack(lang).numbers.pluralNoun;
  const pluralNoun =
    own ?? (/^[a-z]/.test(a.lower) ? languagePack(readerOf('latin', lang)).numbers.pluralNoun : undefined);
  if (pluralNoun) {
    // Up to five words: adjectives, `and` + another number, then a plural noun.
    for (let k = j; k < j + 6 && k < words.length; k++) {
      const w = words[k] as Word;
      if (TIME_UNITS.test(w.lower)) return { kind: 'count', unit: w.lower, end: w.end };
      if (/^[A-Z]{1,4}$/.test(w.text) || /^-?\d+$/.test(w.text)) continue;
      if (FUNCTION_WORDS.has(w.lower) || !/^[a-z-]+$/.test(w.lower) || w.text !== w.lower) return undefined;
      if (PEOPLE.test(w.lower)) return { kind: 'population', unit: 'people', end: w.end };
      if (pluralNoun(w.lower)) return { kind: 'count', unit: w.lower, end: w.end };
    }
    return undefined;
  }
  // Otherwise (Russian, Kazakh) the counted noun is the next lower-case word or the one after an adjective.
  if (!/^\p{Ll}/u.test(a.text)) return undefined;
  if (TIME_UNITS.test(a.lower)) return { kind: 'count', unit: a.lower, end: a.end };
  const adjective = ADJECTIVE_ENDING.test(a.lower);
  if (adjective && b && /^\p{Ll}/u.test(b.text)) return { kind: 'count', unit: b.lower, end: b.end };
  if (NOT_COUNTED.has(a.lower)) return undefined;
  return { kind: 'count', unit: a.lower, end: a.end };
}

/** Ranks: ordinal + superlative (`ninth largest`), `the world's largest`, ru/kk ordinals in rank context. */
function readRank(text: string, words: Word[], i: number): Claim | undefined {
  const w = words[i] as Word;
  const ord = readOrdinalWord(w.text);
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  if (ord !== undefined) {
    const next = words[i + 1];
    const after = words.slice(i + 1, i + 4).map((x) => x.lower);
    const before = words.slice(Math.max(0, i - 2), i).map((x) => x.lower);
    const en = next && SUPERLATIVE.test(next.lower) && /^[a-z]/.test(next.lower);
    const inContext = RANK_CONTEXTS.some(
      ({ re, before: mayPrecede }) => after.some((x) => re.test(x)) || (mayPrecede && before.some((x) => re.test(x))),
    );
    if (!en && !inContext) return undefined;
    const start = prev && /^world['’]s$/.test(prev.lower) ? prev.start : w.start;
    const [end, unit] = rankPhrase(text, words, i + 1);
    return { text: '', start, end, kind: 'rank', value: ord, unit };
  }
  // `the world's largest X`, `largest X in the world`, `крупнейший в мире`.
  if (SUPERLATIVE.test(w.lower) && !SUPERLATIVE_MODIFIERS.has(w.lower)) {
    if (isOneOf(words, i) || (prev && /^world['’]s$/.test(prev.lower) && isOneOf(words, i - 1))) return undefined;
    const worldBefore = prev && /^world['’]s$/.test(prev.lower);
    const tail = words.slice(i + 1, i + 8).map((x) => x.lower);
    const inWorld = tail.join(' ').match(IN_THE_WORLD);
    if (!worldBefore && !inWorld) return undefined;
    if (prev && readOrdinalWord(prev.text) !== undefined) return undefined;
    void prev2;
    const start = worldBefore && prev ? prev.start : w.start;
    const [end, unit] = rankPhrase(text, words, i + 1);
    return { text: '', start, end, kind: 'rank', value: 1, unit };
  }
  return undefined;
}

/** `one of the …` / `one of …` just before `words[k]`. */
function isOneOf(words: Word[], k: number): boolean {
  return (
    (words[k - 1]?.lower === 'the' && words[k - 2]?.lower === 'of' && words[k - 3]?.lower === 'one') ||
    (words[k - 1]?.lower === 'of' && words[k - 2]?.lower === 'one')
  );
}

/**
 * End and head noun of `… largest country in the world` / `… nuclear arsenal`: words up to a
 * preposition or punctuation, plus a trailing `in the world`.
 */
function rankPhrase(text: string, words: Word[], k: number): [number, string | undefined] {
  let end = words[k - 1]?.end ?? 0;
  let unit: string | undefined;
  for (let j = k; j < k + 6 && j < words.length; j++) {
    const w = words[j] as Word;
    if (w.lower === 'in' && words[j + 1]?.lower === 'the' && words[j + 2]?.lower === 'world') {
      return [(words[j + 2] as Word).end, unit];
    }
    if (FUNCTION_WORDS.has(w.lower)) break;
    if (j > k && /[,;:.()]/.test(text.slice((words[j - 1] as Word).end, w.start))) break;
    if (/^[а-яёәіңғүұқөһ]/.test(w.lower) && j - k >= 3) break;
    end = w.end;
    unit = w.lower;
  }
  return [end, unit];
}

/** The country the text is about: the most-mentioned country, if named at least twice. */
export function topicOf(entities: Entity[]): string | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.type !== 'PLACE' || !isCountryId(e.id)) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best && best.mentions.length >= 2 ? best.name : undefined;
}

/** Mentions of places and organisations sorted by start, for subject look-ups by binary search. */
interface SubjectIndex {
  starts: number[];
  mentions: Array<{ start: number; end: number; name: string; country: boolean }>;
}

function indexSubjects(entities: Entity[]): SubjectIndex {
  const mentions: SubjectIndex['mentions'] = [];
  for (const e of entities) {
    if (e.type !== 'PLACE' && e.type !== 'ORG') continue;
    const country = isCountryId(e.id);
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, name: e.name, country });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { starts: mentions.map((m) => m.start), mentions };
}

/**
 * The claim's subject: the nearest place or organisation named before it in its clause, else a
 * country named anywhere in the sentence (`As the ninth largest country …, Kazakhstan`).
 */
function subjectOf(text: string, index: SubjectIndex, s: Span, c: Claim): string | undefined {
  const semicolon = text.slice(s.start, c.start).lastIndexOf(';');
  const clauseStart = semicolon < 0 ? s.start : s.start + semicolon + 1;
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.starts[mid] as number) < s.start) lo = mid + 1;
    else hi = mid;
  }
  let before: string | undefined;
  let country: string | undefined;
  for (let k = lo; k < index.mentions.length; k++) {
    const m = index.mentions[k] as SubjectIndex['mentions'][number];
    if (m.start >= s.end) break;
    if (m.end > s.end || (m.start < c.end && c.start < m.end)) continue;
    if (m.end <= c.start && m.start >= clauseStart) before = m.name;
    if (m.country && country === undefined) country = m.name;
  }
  return before ?? country;
}

/** Fills each claim's text from its span (ranks are found before their span is final). */
export function withTexts(text: string, claims: Claim[]): Claim[] {
  for (const c of claims) c.text = text.slice(c.start, c.end);
  return claims;
}
