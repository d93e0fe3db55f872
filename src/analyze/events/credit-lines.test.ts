import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index.ts';
import type { Language } from '../types.ts';
import { isCreditLine } from './credit-lines.ts';

describe('credit lines', () => {
  it('are told by a label and a colon at their start, in any of the three languages', () => {
    for (const line of [
      'Source: Kazinform, 12 May 2019',
      'Источник: Казахстанская правда, №85 (28961), 15 мая 2019 года',
      'Дереккөз: «Егемен Қазақстан», 2019 жылғы 15 мамыр',
      'Фото: Архив Президента РК, 1991',
      'Тел.: 8 (7172) 74-16-19',
      'Translated by: A. Smith, 2001',
    ]) {
      expect(isCreditLine(line), line).toBe(true);
    }
    for (const line of [
      'The source of the Syr Darya was mapped in 1850.',
      'Автор идеи, Назарбаев, выступил в 1992 году.',
    ]) {
      expect(isCreditLine(line), line).toBe(false);
    }
  });

  // Held-out articles written for this test: a narrative, then the page's credits.
  const articles: Array<[Language, string, string]> = [
    [
      'en',
      'The Kazakh Khanate was founded in 1465 by Kerey and Zhanibek.\n\nSource: Kazakhstanskaya Pravda, No. 85, 15 May 2019\nPhoto: Presidential Archive, 1991',
      '1465',
    ],
    [
      'ru',
      'В 1465 году Керей и Жанибек основали Казахское ханство.\n\nИсточник: Казахстанская правда, №85 (28961), 15 мая 2019 года',
      '1465',
    ],
    [
      'kk',
      'Керей мен Жәнібек 1465 жылы Қазақ хандығын құрды.\n\nДереккөз: «Егемен Қазақстан», 2019 жылғы 15 мамыр',
      '1465',
    ],
  ];
  for (const [lang, text, when] of articles) {
    it(`date no event, while the narrative keeps its own (${lang})`, () => {
      const events = analyzeText(text, { lang }).events;
      expect(events.map((e) => e.when)).toEqual([when]);
    });
  }
});
