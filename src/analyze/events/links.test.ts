import { describe, expect, it } from 'vitest';
import { seeded as random } from '../../domain/seeded.ts';
import { type Statement, sameHappening } from './identity.ts';
import { statementLinks } from './links.ts';

// Values of every precision and shape around a few years, so that pairs of them are often equal,
// compatible or disagreeing: days, day ranges, months, seasons (winter crossing a year), quarters,
// halves, years, spans, decades, centuries, annual days, values with no calendar place.
const WHENS = [
  '2010',
  '2011',
  '2009',
  '201',
  '200',
  '20',
  '2010/2011',
  '2009/2010',
  '2010-12',
  '2010-11',
  '2011-01',
  '2010-SU',
  '2010-WI',
  '2011-WI',
  '2010-Q4',
  '2010-Q2',
  '2010-H2',
  '2010-H1',
  '2010-06',
  '2010-12-01',
  '2010-12-02',
  '2010-12-03',
  '2009-12-01',
  '2011-12-01',
  '2010-12-01/2010-12-02',
  '2010-12-02/2010-12-03',
  '2010-11-30/2010-12-01',
  '2010-06-15',
  '2011-01-15',
  '2010-12-01T10:00',
  'XXXX-12-01',
  'XXXX-12',
  'PRESENT_REF',
  '2010-W49',
  '2013-13',
  'BC0500',
];
const PEOPLE = ['org:un', 'org:osce', 'person:nazarbayev', 'place:kazakhstan', 'place:astana', 'place:semey'];
const KINDS = ['summit', 'signing', 'test', 'closure'];

function statement(rnd: () => number, article: string): Statement {
  const pick = <T>(xs: readonly T[], n: number) => [...xs].sort(() => rnd() - 0.5).slice(0, n);
  return {
    key: `${article}|${Math.floor(rnd() * 1e6)}`,
    article,
    sentenceStart: 0,
    when: WHENS[Math.floor(rnd() * WHENS.length)] as string,
    participants: pick(PEOPLE, Math.floor(rnd() * 4)).sort(),
    kinds: pick(KINDS, Math.floor(rnd() * 3)).sort(),
  };
}

const linked = (a: Statement, b: Statement) => {
  const own = new Set(statementLinks(b).own);
  return statementLinks(a).probe.some((k) => own.has(k));
};

describe('statementLinks', () => {
  it('share a key exactly when sameHappening relates two statements of different articles, both ways', () => {
    const rnd = random(14);
    const wrong: string[] = [];
    let related = 0;
    let relatedDates = 0;
    for (let i = 0; i < 40_000; i++) {
      const a = statement(rnd, 'a');
      const b = statement(rnd, 'b');
      // Half the pairs share the date, so every branch of the rule is met often.
      if (rnd() < 0.5) b.when = a.when;
      const same = sameHappening(a, b) !== 'different';
      if (same) related++;
      if (same && a.when !== b.when) relatedDates++;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        if (linked(x, y) !== same && wrong.length < 5) {
          wrong.push(
            `${JSON.stringify([x.when, x.participants, x.kinds])} ~ ${JSON.stringify([y.when, y.participants, y.kinds])}: rule ${same}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    // The random pairs exercise the rule's both answers.
    expect(related).toBeGreaterThan(4_000);
    expect(relatedDates).toBeGreaterThan(100);
  });

  it('has no key for a hub participant alone: a year and a country only link with a shared kind', () => {
    const a = statementLinks({ when: '2010', participants: ['place:kazakhstan'], kinds: [] });
    const b = statementLinks({ when: '2010', participants: ['place:kazakhstan'], kinds: ['summit'] });
    expect(a.probe.filter((k) => b.own.includes(k))).toEqual([]);
  });
});
