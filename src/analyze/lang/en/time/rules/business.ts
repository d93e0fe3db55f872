/**
 * Business calendars in news: quarters named without a year ("the first quarter", "fourth-quarter
 * earnings", "the quarter"), fiscal years ("fiscal 2016" → FY2016), read against the document date
 * and the tense of their clause, as TempEval-3 annotates them.
 */

import type { NarrativeAnchor } from '../../../../time/anchor.ts';
import { newsDay, yearByTense } from '../../../../time/days.ts';
import type { ResolveContext, Rule } from '../../../../time/rule.ts';
import { formatYear } from '../../../../time/values.ts';
import { clauseTense } from '../tense.ts';
import { QUARTER_ORDINALS } from '../words.ts';
import { candidate, point, whole } from './build.ts';

interface Quarter {
  year: number;
  q: number;
}

/** The quarter a text last named, and the narrative anchor at that moment (to know it is still the latest). */
const lastQuarter = new WeakMap<NarrativeAnchor, { quarter: Quarter; narrative: string | undefined }>();

const quarterValue = ({ year, q }: Quarter): string => `${formatYear(year)}-Q${q}`;

function shiftQuarter({ year, q }: Quarter, n: number): Quarter {
  const i = year * 4 + (q - 1) + n;
  return { year: Math.floor(i / 4), q: (i % 4) + 1 };
}

/** Remembers a quarter the text named ("the first quarter of 2017", "the second quarter"). */
export function rememberQuarter(ctx: ResolveContext, value: string): void {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m)
    lastQuarter.set(ctx.anchor, {
      quarter: { year: Number(m[1]), q: Number(m[2]) },
      narrative: ctx.anchor.narrative(),
    });
}

/** The quarter the text is talking about, when no other date has been named since. */
export function latestQuarter(ctx: ResolveContext): Quarter | undefined {
  const last = lastQuarter.get(ctx.anchor);
  return last && last.narrative === ctx.anchor.narrative() ? last.quarter : undefined;
}

/**
 * The words before "quarter" that make it a quarter of the year ("the first ", "fourth-", "the
 * fiscal second "). The rules find the word "quarter" (a literal the regex engine scans for fast)
 * and read what precedes it.
 */
const ORDINAL_BEFORE = new RegExp(
  `(?<![A-Za-z0-9])(?:[Tt]he\\s+)?(?:fiscal\\s+)?(${Object.keys(QUARTER_ORDINALS).join('|')})(?:\\s+|-)(?:fiscal\\s+)?$`,
);
const NOT_OF_A_YEAR = /^\s+of\s+(?:the\s+)?(?:\d|[A-Z]|[a-z]+\s+century)/;
const QUARTER_WORD = /(?<![A-Za-z])quarter(?![A-Za-z-])/g;

/** "the first quarter", "fourth-quarter earnings", "the fiscal second quarter": that quarter of the document's year, by tense. */
export const newsQuarterRule: Rule = {
  re: new RegExp(QUARTER_WORD),
  make(m, text) {
    const end = m.index + m[0].length;
    const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before || NOT_OF_A_YEAR.test(text.slice(end, end + 40))) return null;
    const q = QUARTER_ORDINALS[(before[1] as string).toLowerCase()] as number;
    const start = m.index - before[0].length;
    return candidate(start, end, (ctx) => {
      const news = newsDay(ctx);
      const known = ctx.anchor.year();
      const year = news
        ? yearByTense(news, q * 3 - 2, q * 3, clauseTense(text, start, end))
        : known !== undefined && known > 0
          ? known
          : undefined;
      const value = year === undefined ? `XXXX-Q${q}` : quarterValue({ year, q });
      rememberQuarter(ctx, value);
      return [point(start, end, value, { anchors: false })];
    });
  },
};

const SHIFT: Record<string, number> = {
  previous: -1,
  prior: -1,
  preceding: -1,
  last: -1,
  next: 1,
  coming: 1,
  following: 1,
};

const REFERENCE_BEFORE =
  /(?<![A-Za-z0-9])(?:[Tt]he\s+(?:(latest|most\s+recent|recent|current|same|previous|prior|preceding|next|coming|following)\s+)?|([Ll]ast|[Tt]his|[Nn]ext)\s+)$/;
const NOT_A_QUARTER = /^\s+(?:of|century|mile|hour|note|final|finals|inch)\b/;

/** "the quarter", "the latest quarter", "last quarter", "the previous quarter": counted from the quarter the text is on. */
export const quarterReferenceRule: Rule = {
  re: new RegExp(QUARTER_WORD),
  make(m, text) {
    const end = m.index + m[0].length;
    const before = REFERENCE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!before || NOT_A_QUARTER.test(text.slice(end, end + 12))) return null;
    const word = (before[1] ?? before[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const start = m.index - before[0].length;
    return candidate(start, end, (ctx) => {
      const news = newsDay(ctx);
      let base = latestQuarter(ctx);
      if (!base && news) {
        const current = { year: Number(news.slice(0, 4)), q: Math.ceil((Number(news.slice(5, 7)) || 1) / 3) };
        // "earned $393 million in the quarter", written in April: the quarter just reported.
        const reported = !word && clauseTense(text, start, end) === 'past';
        base = reported ? shiftQuarter(current, -1) : current;
      }
      if (!base) return [point(start, end, 'XXXX-QX', { anchors: false })];
      const value = quarterValue(word === 'this' || word === 'current' ? base : shiftQuarter(base, SHIFT[word] ?? 0));
      return [point(start, end, value, { anchors: false })];
    });
  },
};

/** "fiscal 2016", "fiscal year 2016", "FY2016", "fiscal '17": the fiscal year, as TimeML writes it (FY2016). */
export const fiscalYearRule: Rule = {
  re: /(?<![A-Za-z0-9])(?:[Ff]iscal(?:\s+[Yy]ear)?\s+'?|FY\s?'?)((?:19|20)\d\d|\d\d)(?![\d%])/g,
  make(m) {
    const digits = m[1] as string;
    const year = digits.length === 2 ? 2000 + Number(digits) - (Number(digits) > 50 ? 100 : 0) : Number(digits);
    return whole(m, () => [point(m.index, m.index + m[0].length, `FY${year}`, { anchors: false })]);
  },
};
