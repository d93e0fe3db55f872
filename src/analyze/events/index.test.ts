import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities/index.ts';
import { splitSentences } from '../sentences.ts';
import type { Language, TemporalExpression, TimexType } from '../types.ts';
import { extractEvents } from './index.ts';

/** Builds the timex list by hand, as the temporal tagger would report it. */
function tx(text: string, pieces: Array<[string, TimexType, string]>): TemporalExpression[] {
  return pieces.map(([piece, type, value]) => {
    const start = text.indexOf(piece);
    if (start < 0) throw new Error(`no ${piece}`);
    return { start, end: start + piece.length, text: piece, type, value };
  });
}

function events(text: string, lang: Language, timexes: TemporalExpression[]) {
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, lang, { sentences });
  return extractEvents(text, sentences, timexes, entities, lang);
}

describe('extractEvents', () => {
  it('gives each date of a list its own clause and participants', () => {
    const text =
      'The country chaired several bodies: the OSCE in 2010, hosting the Astana Summit, the CIS in 2012; the Shanghai Cooperation Organization in 2018-2019.';
    const got = events(
      text,
      'en',
      tx(text, [
        ['2010', 'DATE', '2010'],
        ['2012', 'DATE', '2012'],
        ['2018', 'DATE', '2018'],
        ['2019', 'DATE', '2019'],
        ['2018-2019', 'INTERVAL', '2018/2019'],
      ]),
    );
    expect(got.map((e) => [e.when, e.entityIds])).toEqual([
      ['2010', ['org:osce', 'event:osce-astana-summit-2010']],
      ['2012', ['org:cis']],
      ['2018/2019', ['org:sco']],
    ]);
  });

  it('makes an annual date an event and ignores durations and sets', () => {
    const text =
      'Every year on the 29th of August the International Day against Nuclear Tests is marked for three years.';
    const got = events(
      text,
      'en',
      tx(text, [
        ['Every year', 'SET', 'P1Y'],
        ['29th of August', 'DATE', 'XXXX-08-29'],
        ['three years', 'DURATION', 'P3Y'],
      ]),
    );
    expect(got.map((e) => [e.when, e.entities])).toEqual([['XXXX-08-29', ['International Day against Nuclear Tests']]]);
    expect(got[0]?.sentence).toEqual({ start: 0, end: text.length });
  });

  it('reads Russian and Kazakh sentences', () => {
    const ru =
      'В 1991 году Нурсултан Назарбаев закрыл Семипалатинский полигон, а в 1997 году столица переехала в Акмолу.';
    const gotRu = events(
      ru,
      'ru',
      tx(ru, [
        ['1991 году', 'DATE', '1991'],
        ['1997 году', 'DATE', '1997'],
      ]),
    );
    expect(gotRu.map((e) => [e.when, e.entityIds])).toEqual([
      ['1991', ['person:nursultan-nazarbayev', 'place:semipalatinsk-test-site']],
      ['1997', ['place:astana']],
    ]);
    const kk = '2010 жылы Қазақстан ЕҚЫҰ-ға төрағалық етті.';
    const gotKk = events(kk, 'kk', tx(kk, [['2010 жылы', 'DATE', '2010']]));
    expect(gotKk.map((e) => [e.when, e.entityIds, e.what])).toEqual([
      ['2010', ['place:kazakhstan', 'org:osce'], kk.slice(0, -1)],
    ]);
  });

  it('skips a line that is only a number', () => {
    const text = '1509\n\nKazakhstan joined in 1992.';
    const got = events(
      text,
      'en',
      tx(text, [
        ['1509', 'DATE', '1509'],
        ['1992', 'DATE', '1992'],
      ]),
    );
    expect(got.map((e) => e.when)).toEqual(['1992']);
  });

  it('gives a clause that names nobody the participants named just before it', () => {
    const text =
      'From 1949 to 1989 the Soviet Union tested bombs at the Semipalatinsk test site. The first bomb was detonated there on 29 August 1949.';
    const got = events(text, 'en', tx(text, [['29 August 1949', 'DATE', '1949-08-29']]));
    expect(got[0]?.entityIds).toEqual(['place:ussr', 'place:semipalatinsk-test-site']);
  });

  it('keeps one event when a relative date restates an exact one', () => {
    const text =
      'In August 2015 Kazakhstan and the IAEA signed an agreement, and two years later, on 29 August 2017, the bank opened.';
    const got = events(
      text,
      'en',
      tx(text, [
        ['August 2015', 'DATE', '2015-08'],
        ['two years later', 'DATE', '2017'],
        ['29 August 2017', 'DATE', '2017-08-29'],
      ]),
    );
    expect(got.map((e) => [e.when, e.entityIds])).toEqual([
      ['2015-08', ['place:kazakhstan', 'org:iaea']],
      ['2017-08-29', ['place:kazakhstan', 'org:iaea']],
    ]);
  });
});

describe('event text stays bounded', () => {
  it('cuts a run-on clause at a word boundary with an ellipsis', () => {
    const text = `In 1991 ${'the delegates of many republics met and talked '.repeat(40)}at length.`;
    const events = extractEvents(text, splitSentences(text), tx(text, [['1991', 'DATE', '1991']]), [], 'en');
    const what = events[0]?.what ?? '';
    expect(what.length).toBeLessThanOrEqual(301);
    expect(what).toMatch(/^In 1991 the delegates of many republics/);
    expect(what).toMatch(/\p{L}…$/u);
  });

  it('keeps one event per date in a sentence that lists thousands of dates', () => {
    const years = Array.from({ length: 3000 }, (_, k) => String(1000 + k));
    const text = `Congresses met in ${years.join(', ')}.`;
    const timexes = tx(
      text,
      years.map((y) => [`${y},`.slice(0, 4), 'DATE', y] as [string, TimexType, string]),
    );
    const events = extractEvents(text, splitSentences(text), timexes, [], 'en');
    expect(events).toHaveLength(3000);
    expect(Math.max(...events.map((e) => e.what.length))).toBeLessThanOrEqual(301);
  });
});

describe('a sentence that points back', () => {
  it('gives "This treaty …" the treaty the sentence before named', () => {
    const text = 'Kazakhstan joined the Treaty on Open Skies. This treaty entered into force in 2002.';
    const events = extractEvents(
      text,
      splitSentences(text),
      tx(text, [['2002', 'DATE', '2002']]),
      recognizeEntities(text, 'en', { sentences: splitSentences(text) }),
      'en',
    );
    expect(events[0]?.entities).toContain('Treaty on Open Skies');
  });
});
