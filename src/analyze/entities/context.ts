/**
 * Whether a known name's context contradicts the link: two khans called Abulkhair (15th and 18th
 * century) are told apart by the years around the name, a newspaper founded in 1913 is not named
 * in a sentence about 1460, and an ethnonym (`Қазақ халқы`) is not the newspaper spelled the same
 * unless quotes or a cue word make it a title (`«Қазақ» газеті`).
 */
import type { Language, Span } from '../types.ts';
import { cueType, titleCueType } from './cues.ts';
import { type GazetteerEntry, type GazetteerMatch, gazetteerEntries } from './gazetteer.ts';
import { foldWord } from './inflection.ts';
import type { Token } from './tokens.ts';

/** Years around a lifetime that still fit it (a name in a sentence about the years just before or after). */
const SLACK = 30;

const YEAR = /(?<![\p{L}\p{N}])(1[0-9]{3}|20[0-9]{2})(?![\p{N}])/gu;
const CENTURY =
  /(?<![\p{L}\p{N}])([IVXХІ]{1,5}|[0-9]{1,2})(?:-?(?:й|го|м|ші|шы|інші|ыншы|th|st|nd|rd))?\s*(?:век|веке|века|в\.|ғасыр|ғ\.|century|c\.)/gu;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, Х: 10, І: 1 };

function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] ?? 0;
    const next = ROMAN[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The years a stretch of text speaks of: four-digit years, and each century named as its middle year. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) out.push(Number(m[1]));
  for (const m of text.matchAll(CENTURY)) {
    const c = /^\d+$/.test(m[1] as string) ? Number(m[1]) : roman(m[1] as string);
    if (c >= 1 && c <= 21) out.push((c - 1) * 100 + 50);
  }
  return out;
}

/** The years of the sentence around `offset`, else of the whole text. */
export class YearContext {
  /** Ids the gazetteer found anywhere in the text, for namesakes told apart by their company (`GazetteerEntry.context`). */
  known: ReadonlySet<string> = new Set();
  private all?: number[];
  private ordered?: boolean;
  private readonly bySentence = new Map<number, number[]>();
  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
  ) {}

  at(offset: number): number[] {
    const s = this.sentenceAt(offset);
    if (s) {
      let ys = this.bySentence.get(s.start);
      if (!ys) {
        ys = yearsIn(this.text.slice(s.start, s.end));
        this.bySentence.set(s.start, ys);
      }
      if (ys.length > 0) return ys;
    }
    this.all ??= yearsIn(this.text);
    return this.all;
  }

  /**
   * The first sentence holding `offset` (a binary search when the spans are sorted and apart, as
   * splitSentences gives them; otherwise the first in the list, as a scan finds it).
   */
  private sentenceAt(offset: number): Span | undefined {
    const ss = this.sentences;
    if (this.ordered === undefined) {
      this.ordered = true;
      for (let k = 1; k < ss.length; k++) {
        if ((ss[k] as Span).start < (ss[k - 1] as Span).end) this.ordered = false;
      }
    }
    if (!this.ordered) return ss.find((x) => x.start <= offset && offset < x.end);
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ss[mid] as Span).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const s = ss[lo - 1];
    return s && offset < s.end ? s : undefined;
  }
}

const fits = (e: GazetteerEntry, y: number) => !e.years || (y >= e.years[0] - SLACK && y <= e.years[1] + SLACK);
const before = (e: GazetteerEntry, y: number) => !!e.years && y < e.years[0] - SLACK;

/**
 * Of the entries a name could be (`ids`, gazetteer order), the one its years fit best; undefined
 * when every year spoken of is before any of them existed.
 */
export function chooseByYears(
  ids: string[],
  years: number[],
  known: ReadonlySet<string> = new Set(),
): string | undefined {
  const gaz = gazetteerEntries();
  const entries = ids.map((id) => gaz.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
  if (entries.length === 0) return undefined;
  // No year to go by: the namesake whose company the text names (`Хан Младшей орды Абулхаир`), else the first.
  if (years.length === 0) return (entries.find((e) => e.context?.some((id) => known.has(id))) ?? entries[0])?.id;
  let best: GazetteerEntry | undefined;
  let bestScore = -1;
  for (const e of entries) {
    if (years.every((y) => before(e, y))) continue;
    const score = e.years ? years.filter((y) => fits(e, y)).length : 0;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best?.id;
}

let ethnonyms: Set<string> | undefined;
/** `қазақ`, `kazakh`, `узбек`: a word that with `-стан`/`-stan`/`-istan` is a known place. */
function isEthnonym(word: string): boolean {
  if (!ethnonyms) {
    ethnonyms = new Set();
    for (const e of gazetteerEntries().values()) {
      if (e.type !== 'PLACE') continue;
      for (const a of e.aliases) {
        const m = /^(\p{L}{3,}?)(?:стан|istan|stan)$/u.exec(foldWord(a));
        if (m?.[1]) ethnonyms.add(m[1]);
      }
    }
  }
  return ethnonyms.has(foldWord(word).replace(/(?:тың|тің|ның|нің|дың|дің|s)$/u, ''));
}

const QUOTE = /[«»"“”„']/;

/**
 * Whether a one-word title or organisation spelled like an ethnonym is named as such here: in
 * quotes, or beside a cue word of its type (`газета`, `газеті`, `newspaper`).
 */
function namedAsTitle(
  text: string,
  tokens: Token[],
  m: GazetteerMatch,
  entry: GazetteerEntry,
  lang: Language,
): boolean {
  const first = tokens[m.from] as Token;
  const last = tokens[m.to - 1] as Token;
  if (
    QUOTE.test(text.slice(Math.max(0, first.start - 2), first.start)) ||
    QUOTE.test(text.slice(last.end, last.end + 2))
  )
    return true;
  const near = [tokens[m.from - 1], tokens[m.to]].filter((t): t is Token => t !== undefined);
  // A title's own cue noun counts too (`the newspaper Qazaq`).
  return near.some((t) => cueType(t.key, lang) === entry.type || titleCueType(t.text) === entry.type);
}

/**
 * The entry a gazetteer match links to in its context, or undefined when the context contradicts
 * every reading of it.
 */
export function resolveMatch(
  text: string,
  tokens: Token[],
  m: GazetteerMatch,
  lang: Language,
  years: YearContext,
): string | undefined {
  const gaz = gazetteerEntries();
  const ids = [m.id, ...(m.others ?? [])];
  const id = chooseByYears(ids, years.at((tokens[m.from] as Token).start), years.known);
  const entry = id ? gaz.get(id) : undefined;
  if (!entry) return undefined;
  if (
    m.to - m.from === 1 &&
    (entry.type === 'WORK' || entry.type === 'ORG') &&
    isEthnonym((tokens[m.from] as Token).text) &&
    !namedAsTitle(text, tokens, m, entry, lang)
  ) {
    return undefined;
  }
  return entry.id;
}
