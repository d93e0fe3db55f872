import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/analyze/types.ts';
import { EN_CASES } from './cases-en.ts';
import { KK_CASES } from './cases-kk.ts';
import { RU_CASES } from './cases-ru.ts';
import { EN_ROUND2 } from './round2-en.ts';
import { KK_ROUND2 } from './round2-kk.ts';
import { RU_ROUND2 } from './round2-ru.ts';
import { EN_ROUND3, KK_ROUND3, RU_ROUND3 } from './round3.ts';
import { EN_ROUND4 } from './round4.ts';
import { KK_ROUND4, RU_ROUND4 } from './round4-cyrillic.ts';
import { EN_ROUND5, KK_ROUND5, RU_ROUND5 } from './round5.ts';
import { EN_ROUND6, KK_ROUND6, RU_ROUND6 } from './round6.ts';
import { scoreCases, type UnseenCase } from './score.ts';

/**
 * Expected timexes the tagger still gets wrong, kept visible: each is asserted to fail, so fixing
 * one makes its test fail until it is removed from this list.
 */
const KNOWN_GAPS = new Set<string>([
  // A month counted from a season ("the summer of 1938 … a month later") has no month to start from.
  'A month later → DATE 1938-09',
  // Round 5 (issue 13), still open: TimeML (news) and WikiWars' TIMEX2 (history) disagree on the
  // extent, and the tagger keeps the WikiWars one: "3:30 a.m. local time" (WikiWars includes "local
  // time", 05_VietnamWar) and "noon on 17 December" (WikiWars marks a clock time and the date after
  // "on" apart, 07_IraqWar "5:34 a.m. … March 20, 2003"; joining them cost strict F1 0.1).
  '3:30 a.m. → TIME 2026-11-26T03:30',
  'noon on 17 December → TIME 1986-12-17T12:00',
  // Round 6, still open. English SET values follow WikiWars' TIMEX2 (daily XXXX-XX-XX, quarterly
  // XXXX-QX), not TimeML's durations (P1D, P3M); changing one word alone would mix the two.
  'quarterly → SET P3M',
]);

const LANGUAGES: [Language, UnseenCase[]][] = [
  ['en', [...EN_CASES, ...EN_ROUND2, ...EN_ROUND3, ...EN_ROUND4, ...EN_ROUND5, ...EN_ROUND6]],
  ['ru', [...RU_CASES, ...RU_ROUND2, ...RU_ROUND3, ...RU_ROUND4, ...RU_ROUND5, ...RU_ROUND6]],
  ['kk', [...KK_CASES, ...KK_ROUND2, ...KK_ROUND3, ...KK_ROUND4, ...KK_ROUND5, ...KK_ROUND6]],
];

describe.each(LANGUAGES)('unseen %s paragraphs', (lang, cases) => {
  const score = scoreCases(cases, lang);
  const wrong = new Set(score.wrong.map((w) => w.split('   got:')[0]));
  for (const c of cases) {
    describe(c.topic, () => {
      for (const line of c.expect) {
        const test = KNOWN_GAPS.has(line) ? it.fails : it;
        test(line, () => {
          expect(
            wrong.has(line),
            score.wrong.find((w) => w.startsWith(line)),
          ).toBe(false);
        });
      }
    });
  }
  it('reports nothing that is not a time', () => {
    expect(score.spurious).toEqual([]);
  });
});
