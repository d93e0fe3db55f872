import { describe, expect, it } from 'vitest';
import { lines, single } from './build.ts';
import { tagWith } from './engine.ts';
import type { Rule, TimeLanguage } from './rule.ts';

/** A made-up language: `year NNNN` is a year, `that year` is the anchor's, `yearly` is a SET. */
const YEAR: Rule = {
  name: 'year',
  re: /year (\d{4})/g,
  make: (m) => single(m.index, m.index + m[0].length, 'DATE', m[1] as string),
};
const THAT_YEAR: Rule = {
  name: 'that year',
  re: /that year/g,
  make: (m) => single(m.index, m.index + m[0].length, 'DATE', (ctx) => ctx.anchor.narrative()?.slice(0, 4) ?? 'XXXX'),
};
const YEARLY: Rule = { re: /yearly/g, make: (m) => single(m.index, m.index + 6, 'SET', 'P1Y') };
/** Proposes the same span twice over "year NNNN" with another value, to see which rule wins a tie. */
const YEAR_AGAIN: Rule = {
  re: /year (\d{4})/g,
  make: (m) => single(m.index, m.index + m[0].length, 'DATE', `${m[1]}-SU`),
};
/** "NNNN year": same length as "year NNNN" when they overlap on "2001 year 2002", but starts earlier. */
const NUMBER_YEAR: Rule = { re: /(\d{4}) year/g, make: (m) => single(m.index, m.index + 9, 'DATE', `${m[1]}-WI`) };

const toy = (over: Partial<TimeLanguage> = {}): TimeLanguage => ({
  rules: [YEAR, THAT_YEAR, YEARLY],
  onEqualLength: 'earlier-rule',
  ...over,
});
const tag = (text: string, language: TimeLanguage, dct?: string) =>
  tagWith(text, language, dct).map((e) => `${e.text} → ${e.type} ${e.value}`);

describe('tagWith', () => {
  it('resolves relative candidates against the last date read, else the document date', () => {
    expect(tag('In year 1991 and that year.', toy())).toEqual(['year 1991 → DATE 1991', 'that year → DATE 1991']);
    expect(tag('that year', toy())).toEqual(['that year → DATE XXXX']);
  });

  it('on equal length, picks the earlier rule or the earlier start as the language says', () => {
    expect(tag('year 1991', toy({ rules: [YEAR_AGAIN, YEAR] }))).toEqual(['year 1991 → DATE 1991-SU']);
    const overlap = 'in 2001 year 2002';
    expect(tag(overlap, toy({ rules: [YEAR, NUMBER_YEAR] }))).toEqual(['year 2002 → DATE 2002']);
    expect(tag(overlap, toy({ rules: [YEAR, NUMBER_YEAR], onEqualLength: 'earlier-start' }))).toEqual([
      '2001 year → DATE 2001-WI',
    ]);
  });

  it('lets the language drop a winner before resolution and refine the lines after', () => {
    const keepNone = toy({ keep: () => false });
    expect(tag('year 1991', keepNone)).toEqual([]);
    const upper = toy({ refiners: [(_text, found) => found.map((r) => ({ ...r, value: `${r.value}!` }))] });
    expect(tag('year 1991', upper)).toEqual(['year 1991 → DATE 1991!']);
  });

  it('with triggers, runs lower-case rules near them only, at word starts, and reports original spelling', () => {
    const near = toy({ triggers: ['year'] });
    expect(tag('Year 1991', near)).toEqual(['Year 1991 → DATE 1991']);
    expect(tag('leapyear 1991', near)).toEqual([]);
    expect(tag('leapyear 1991', toy())).toEqual(['year 1991 → DATE 1991']);
  });

  it('tells a candidate when the previous one was a SET, and withdraws a part whose value is empty', () => {
    const afterSet: Rule = {
      re: /on (\d{4})/g,
      make: (m) =>
        lines(m.index, m.index + m[0].length, [
          { start: m.index, end: m.index + m[0].length, type: 'DATE', value: (ctx) => (ctx.afterSet ? '' : `${m[1]}`) },
        ]),
    };
    const language = toy({ rules: [YEARLY, afterSet] });
    expect(tag('yearly on 1991', language)).toEqual(['yearly → SET P1Y']);
    expect(tag('on 1991', language)).toEqual(['on 1991 → DATE 1991']);
  });
});
