import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities/index.ts';
import { splitSentences } from '../sentences.ts';
import type { Language, TemporalExpression } from '../types.ts';
import { extractClaims } from './index.ts';

function claims(text: string, lang: Language, timexes: TemporalExpression[] = []) {
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, lang, { sentences });
  return extractClaims({ text, sentences, timexes, entities, lang }).map((c) => ({
    kind: c.kind,
    value: c.value,
    mod: c.mod,
    subject: c.subject,
  }));
}

describe('extractClaims', () => {
  it('reads ranks from ordinals and superlatives in English', () => {
    expect(claims('Kazakhstan is the ninth largest country in the world.', 'en')).toEqual([
      { kind: 'rank', value: 9, mod: undefined, subject: 'Kazakhstan' },
    ]);
    expect(claims("Being the world's largest land-locked country, Kazakhstan trades by rail.", 'en')[0]).toMatchObject({
      kind: 'rank',
      value: 1,
      subject: 'Kazakhstan',
    });
    // "one of the largest" ranks nothing.
    expect(claims('Kazakhstan is one of the largest producers in the world.', 'en')).toEqual([]);
  });

  it('reads counts with modifiers and coordinated numbers', () => {
    const got = claims('Kazakhstan is home to over 130 nationalities, 140 ethnical and 17 confessional groups.', 'en');
    expect(got.map((c) => [c.kind, c.value, c.mod])).toEqual([
      ['count', 130, 'MORE_THAN'],
      ['count', 140, undefined],
      ['count', 17, undefined],
    ]);
    expect(claims('The forum was held five times in five vast regions.', 'en').map((c) => c.value)).toEqual([5, 5]);
  });

  it('reads percentages, money, areas and populations', () => {
    const got = claims(
      'Kazakhstan covers 2,724,900 square kilometres and has about 19 million people; 70 percent live in towns and the budget is $5 billion.',
      'en',
    );
    expect(got.map((c) => [c.kind, c.value])).toEqual([
      ['area', 2724900],
      ['population', 19000000],
      ['percent', 70],
      ['money', 5e9],
    ]);
  });

  it('never counts years or durations', () => {
    const text =
      'In 1997 the capital moved, and for two thousand years 30 years of work went on; in 2010 it held 3 summits.';
    const years: TemporalExpression[] = [
      { start: 3, end: 7, text: '1997', type: 'DATE', value: '1997' },
      { start: 83, end: 87, text: '2010', type: 'DATE', value: '2010' },
    ];
    expect(claims(text, 'en', years).map((c) => c.value)).toEqual([3]);
  });

  it('reads Russian claims', () => {
    const got = claims(
      'Казахстан — девятая по величине страна мира, здесь живут представители более 130 национальностей.',
      'ru',
    );
    expect(got.map((c) => [c.kind, c.value, c.mod, c.subject])).toEqual([
      ['rank', 9, undefined, 'Казахстан'],
      ['count', 130, 'MORE_THAN', 'Казахстан'],
    ]);
  });

  it('reads Kazakh claims', () => {
    const got = claims('Қазақстан аумағы жөнінен әлемдегі тоғызыншы мемлекет, онда 130-дан астам ұлт тұрады.', 'kk');
    expect(got.map((c) => [c.kind, c.value, c.mod, c.subject])).toEqual([
      ['rank', 9, undefined, 'Қазақстан'],
      ['count', 130, 'MORE_THAN', 'Қазақстан'],
    ]);
  });

  it('reads compound number words, bare scale words and Kazakh case endings', () => {
    expect(claims('Он алты мемлекет кеңеске қосылды.', 'kk').map((c) => c.value)).toEqual([16]);
    expect(claims('Жүзден астам этнос тұрады.', 'kk').map((c) => [c.value, c.mod])).toEqual([[100, 'MORE_THAN']]);
    expect(claims('Пострадали более миллиона человек.', 'ru').map((c) => [c.kind, c.value, c.mod])).toEqual([
      ['population', 1e6, 'MORE_THAN'],
    ]);
    expect(claims('В работе участвовали представители шестнадцати стран.', 'ru').map((c) => c.value)).toEqual([16]);
    expect(claims('Twenty five delegations and two hundred observers came.', 'en').map((c) => c.value)).toEqual([
      25, 200,
    ]);
  });

  it('reads counts whose counted thing was named before, and skips model numbers', () => {
    const got = claims('Of these explosions, 116 were carried out in the atmosphere and 340 underground.', 'en');
    expect(got.map((c) => c.value)).toEqual([116, 340]);
    expect(claims('It gave up 104 SS-18 intercontinental ballistic missiles.', 'en').map((c) => c.value)).toEqual([
      104,
    ]);
  });
});

describe('shares and restated counts', () => {
  it('reads a half as 50% in all three languages, but not the half of a century', () => {
    expect(claims('Nearly half of the herds perished that winter.', 'en')).toContainEqual(
      expect.objectContaining({ kind: 'percent', value: 50 }),
    );
    expect(claims('Около половины депутатов поддержали закон.', 'ru')).toContainEqual(
      expect.objectContaining({ kind: 'percent', value: 50, mod: 'APPROX' }),
    );
    expect(claims('Малдың жартысына жуығы қырылды.', 'kk')).toContainEqual(
      expect.objectContaining({ kind: 'percent', value: 50 }),
    );
    expect(claims('Во второй половине века город рос.', 'ru').filter((c) => c.kind === 'percent')).toEqual([]);
  });

  it('reads two thirds and three quarters as shares, not as counts', () => {
    expect(claims('Two thirds of the deputies voted for it.', 'en')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 66.7 }),
    ]);
    expect(claims('Три четверти посевов погибли.', 'ru')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 75 }),
    ]);
  });

  it('reads Kazakh shares written as "one of three"', () => {
    expect(claims('Егіннің төрттен бірі суарылды.', 'kk')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 25 }),
    ]);
    expect(claims('Халықтың үштен екісі қалада тұрады.', 'kk')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 66.7 }),
    ]);
  });

  it('counts a qualified number that closes its clause as what the sentence counted', () => {
    expect(claims('Officially about 200 people came, but witnesses saw at least 900.', 'en')).toContainEqual(
      expect.objectContaining({ kind: 'population', value: 900, mod: 'EQUAL_OR_MORE' }),
    );
  });

  it('reads money in US dollars named with the country first, and compound plural nouns', () => {
    expect(claims('Бюджетке 3 миллиард АҚШ доллары бөлінді.', 'kk')).toContainEqual(
      expect.objectContaining({ kind: 'money', value: 3e9 }),
    );
    expect(claims('The khan led 20,000 horsemen.', 'en')).toContainEqual(
      expect.objectContaining({ kind: 'count', value: 20000 }),
    );
  });
});
