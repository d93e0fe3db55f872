import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities/index.ts';
import { splitSentences } from '../sentences.ts';
import type { Language, TemporalExpression, TimexMod, TimexType } from '../types.ts';
import { extractEvents } from './index.ts';

// Each rule of event confidence on a sentence of its kind: the doubtful date falls below the review
// threshold (0.6), the plain one of the same shape stays above it.

const THRESHOLD = 0.6;

function confidenceOf(
  text: string,
  lang: Language,
  pieces: Array<[string, TimexType, string, TimexMod?]>,
  date: string,
): number {
  const timexes: TemporalExpression[] = pieces.map(([piece, type, value, mod]) => {
    const start = text.indexOf(piece);
    if (start < 0) throw new Error(`no ${piece}`);
    return { start, end: start + piece.length, text: piece, type, value, ...(mod ? { mod } : {}) };
  });
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, lang, { sentences });
  const found = extractEvents(text, sentences, timexes, entities, lang).find(
    (e) => text.slice(e.start ?? 0, e.end ?? 0) === date,
  );
  if (!found) throw new Error(`no event dated ${date}`);
  return found.confidence;
}

describe('event confidence', () => {
  it('doubts a "since" boundary inside the sentence, not one that frames it', () => {
    const inner = 'It was the first OSCE summit in eleven years, since the Istanbul Summit of 1999.';
    expect(confidenceOf(inner, 'en', [['1999', 'DATE', '1999']], '1999')).toBeLessThan(THRESHOLD);
    const frame = 'Since 2010 the day has been observed in New York and Vienna.';
    expect(confidenceOf(frame, 'en', [['2010', 'DATE', '2010']], '2010')).toBeGreaterThanOrEqual(THRESHOLD);
    const ru = 'В Алматы решили созвать саммит ОБСЕ, который не собирался с 1999 года.';
    expect(confidenceOf(ru, 'ru', [['с 1999 года', 'DATE', '1999']], 'с 1999 года')).toBeLessThan(THRESHOLD);
  });

  it('doubts a relative date counted from a happening, and one with no calendar unit', () => {
    const anchored =
      'The decree was issued in Almaty by Nursultan Nazarbayev only four months before the union itself collapsed.';
    const date = 'four months before the union itself collapsed';
    expect(confidenceOf(anchored, 'en', [[date, 'DATE', '1991-04']], date)).toBeLessThan(THRESHOLD);
    const vague = 'In the same period Kazakh peacekeepers trained with the United Nations.';
    expect(confidenceOf(vague, 'en', [['the same period', 'DATE', '2018-01-19']], 'the same period')).toBeLessThan(
      THRESHOLD,
    );
    const counted = 'The next day the Security Council discussed Afghanistan.';
    expect(
      confidenceOf(counted, 'en', [['The next day', 'DATE', '2018-01-19']], 'The next day'),
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('doubts a hedged relative date', () => {
    const text = 'The campaign of Kazakhstan had begun almost three years earlier.';
    const date = 'almost three years earlier';
    expect(confidenceOf(text, 'en', [[date, 'DATE', '2014', 'ON_OR_AFTER']], date)).toBeLessThan(THRESHOLD);
  });

  it('doubts a day that took the year of a later date written before it, not one that follows it', () => {
    const back =
      '2 декабря 2009 года Генеральная Ассамблея ООН приняла резолюцию 64/35, провозгласившую 29 августа Международным днём действий против ядерных испытаний.';
    const dates: Array<[string, TimexType, string]> = [
      ['2 декабря 2009 года', 'DATE', '2009-12-02'],
      ['29 августа', 'DATE', '2009-08-29'],
    ];
    expect(confidenceOf(back, 'ru', dates, '29 августа')).toBeLessThan(THRESHOLD);
    const forward = 'In April 2010 power changed hands in Kyrgyzstan, followed in June by clashes in Kyrgyzstan.';
    const months: Array<[string, TimexType, string]> = [
      ['April 2010', 'DATE', '2010-04'],
      ['June', 'DATE', '2010-06'],
    ];
    expect(confidenceOf(forward, 'en', months, 'June')).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('doubts a date from context far from the dates its sentence writes out', () => {
    const text =
      'The last missiles left Kazakhstan in April 1995, less than four years after independence, and the silos were blown up.';
    const dates: Array<[string, TimexType, string]> = [
      ['April 1995', 'DATE', '1995-04'],
      ['less than four years after independence', 'DATE', '1999'],
    ];
    expect(confidenceOf(text, 'en', dates, 'less than four years after independence')).toBeLessThan(THRESHOLD);
    expect(confidenceOf(text, 'en', dates, 'April 1995')).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
