import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities/index.ts';
import { splitSentences } from '../sentences.ts';
import type { Language, TemporalExpression } from '../types.ts';
import { extractEvents } from './index.ts';

// Descriptions a reader can take alone: no leading conjunction, no dangling subordinate clause.

function descriptions(text: string, lang: Language, dates: Array<[string, string]>): string[] {
  const timexes: TemporalExpression[] = dates.map(([piece, value]) => {
    const start = text.indexOf(piece);
    if (start < 0) throw new Error(`no ${piece}`);
    return { start, end: start + piece.length, text: piece, type: 'DATE', value };
  });
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, lang, { sentences });
  return extractEvents(text, sentences, timexes, entities, lang).map((e) => e.what);
}

describe('event descriptions', () => {
  it('drop the conjunction that joined a clause to the one before', () => {
    const en =
      'Engineers of the National Nuclear Center, established in 1992, sealed the tunnels, and on 31 May 1995 the last device left at the site was destroyed.';
    expect(
      descriptions(en, 'en', [
        ['1992', '1992'],
        ['31 May 1995', '1995-05-31'],
      ])[1],
    ).toBe('On 31 May 1995 the last device left at the site was destroyed');
    const ru =
      'В апреле 2010 года в соседнем Кыргызстане произошла смена власти, а в июне на юге республики вспыхнули столкновения.';
    expect(
      descriptions(ru, 'ru', [
        ['В апреле 2010 года', '2010-04'],
        ['в июне', '2010-06'],
      ])[1],
    ).toBe('В июне на юге республики вспыхнули столкновения');
    const kk =
      '2010 жылдың сәуірінде көршілес Қырғызстанда билік күшпен ауысты, ал маусымда елдің оңтүстігінде қақтығыстар басталды.';
    expect(
      descriptions(kk, 'kk', [
        ['2010 жылдың сәуірінде', '2010-04'],
        ['маусымда', '2010-06'],
      ])[1],
    ).toBe('Маусымда елдің оңтүстігінде қақтығыстар басталды');
  });

  it('keep the main clause with a subordinate or participle clause', () => {
    const en =
      'It was adopted by the OSCE Ministerial Council on 30 November 2007, which also agreed that Kazakhstan would chair in 2010.';
    expect(
      descriptions(en, 'en', [
        ['30 November 2007', '2007-11-30'],
        ['2010', '2010'],
      ])[1],
    ).toBe(
      'It was adopted by the OSCE Ministerial Council on 30 November 2007, which also agreed that Kazakhstan would chair in 2010',
    );
    const ru =
      '2 декабря 2009 года Генеральная Ассамблея ООН приняла резолюцию 64/35, провозгласившую 29 августа Международным днём действий против ядерных испытаний.';
    expect(
      descriptions(ru, 'ru', [
        ['2 декабря 2009 года', '2009-12-02'],
        ['29 августа', 'XXXX-08-29'],
      ])[1],
    ).toMatch(/^2 декабря 2009 года Генеральная Ассамблея ООН приняла резолюцию 64\/35, провозгласившую 29 августа/);
  });

  it('give a list item the sentence head it hangs on', () => {
    const kk = 'Содан бері съезд үш жыл сайын шақырылып келеді: III съезд 2009 жылы, IV съезд 2012 жылы.';
    expect(
      descriptions(kk, 'kk', [
        ['2009 жылы', '2009'],
        ['2012 жылы', '2012'],
      ]),
    ).toEqual([
      'Содан бері съезд үш жыл сайын шақырылып келеді: III съезд 2009 жылы',
      'Содан бері съезд үш жыл сайын шақырылып келеді: III съезд 2009 жылы, IV съезд 2012 жылы',
    ]);
  });
});
