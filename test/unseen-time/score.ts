import { tagTimexes } from '../../src/analyze/time/index.ts';
import type { Language, TemporalExpression } from '../../src/analyze/types.ts';

/** One hand-written paragraph and every timex a careful annotator would mark in it. */
export interface UnseenCase {
  topic: string;
  text: string;
  /** `span → TYPE value [MOD]`, one line per expected timex (range points and INTERVAL lines alike). */
  expect: string[];
  dct?: string;
}

/** How a language's tagger fares on its unseen paragraphs. */
export interface UnseenScore {
  expected: number;
  /** Expected timexes found with the exact span. */
  strict: number;
  /** Expected timexes overlapped by some output of the same type family. */
  relaxed: number;
  /** Relaxed matches whose type, value and mod are all right. */
  valueRight: number;
  /** Outputs overlapping no expected timex. */
  spurious: string[];
  /** Expected lines not reproduced exactly (span, type, value, mod). */
  wrong: string[];
}

const line = (t: TemporalExpression): string => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`;

const kind = (type: string): string => (type === 'INTERVAL' ? 'INTERVAL' : 'POINT');

interface Expected {
  text: string;
  rest: string;
  start: number;
  end: number;
}

/**
 * Places each expected line in the text: the first occurrence of its span that no longer expected
 * point already covers (so "1917" after "летом 1917 года" is the second "1917"), the n-th such for
 * the n-th expectation of the same span.
 */
function locate(c: UnseenCase): Expected[] {
  const parsed = c.expect.map((e) => {
    const [text = '', rest = ''] = e.split(' → ');
    return { text, rest, start: -1, end: -1 };
  });
  const placed: Expected[] = [];
  const order = [...parsed].sort((a, b) => b.text.length - a.text.length);
  for (const e of order) {
    const isPoint = kind(e.rest.split(' ')[0] ?? '') === 'POINT';
    let from = 0;
    for (;;) {
      const start = c.text.indexOf(e.text, from);
      if (start < 0) throw new Error(`${c.topic}: expected span "${e.text}" is not in the text`);
      const end = start + e.text.length;
      const covered = placed.some(
        (p) =>
          (p.start === start && p.end === end) ||
          (isPoint && kind(p.rest.split(' ')[0] ?? '') === 'POINT' && p.start <= start && end <= p.end),
      );
      if (!covered) {
        e.start = start;
        e.end = end;
        break;
      }
      from = start + 1;
    }
    placed.push(e);
  }
  return parsed;
}

export function scoreCases(cases: UnseenCase[], lang: Language): UnseenScore {
  const score: UnseenScore = { expected: 0, strict: 0, relaxed: 0, valueRight: 0, spurious: [], wrong: [] };
  for (const c of cases) {
    const got = tagTimexes(c.text, { lang, dct: c.dct ?? '2026-11-27' });
    const expected = locate(c);
    score.expected += expected.length;
    for (const e of expected) {
      const sameKind = got.filter((g) => kind(g.type) === kind(e.rest.split(' ')[0] ?? ''));
      const exact = sameKind.find((g) => g.start === e.start && g.end === e.end);
      const overlap = exact ?? sameKind.find((g) => g.start < e.end && e.start < g.end);
      if (exact) score.strict++;
      if (overlap) score.relaxed++;
      const valueOk = overlap !== undefined && line(overlap).split(' → ')[1] === e.rest;
      if (valueOk) score.valueRight++;
      if (!exact || !valueOk) score.wrong.push(`${e.text} → ${e.rest}   got: ${overlap ? line(overlap) : '—'}`);
    }
    for (const g of got) {
      if (!expected.some((e) => g.start < e.end && e.start < g.end)) score.spurious.push(`${c.topic}: ${line(g)}`);
    }
  }
  return score;
}
