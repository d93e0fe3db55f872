import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits English sentences and keeps e.g., initials and decimals inside', () => {
    expect(texts('Growth was 2.5 percent, e.g. in Astana. A. Bokeikhanov led Alash. It ended.')).toEqual([
      'Growth was 2.5 percent, e.g. in Astana.',
      'A. Bokeikhanov led Alash.',
      'It ended.',
    ]);
  });

  it('does not split after Russian year abbreviations or initials', () => {
    expect(
      texts('В 1991 г. Казахстан обрёл независимость. Н. Назарбаев стал президентом. В 1920–1930 гг. был голод.'),
    ).toEqual([
      'В 1991 г. Казахстан обрёл независимость.',
      'Н. Назарбаев стал президентом.',
      'В 1920–1930 гг. был голод.',
    ]);
  });

  it('does not split after Kazakh abbreviations', () => {
    expect(texts('1991 ж. Қазақстан тәуелсіздік алды. Абай, Шоқан т.б. ағартушылар. Бұл маңызды.')).toEqual([
      '1991 ж. Қазақстан тәуелсіздік алды.',
      'Абай, Шоқан т.б. ағартушылар.',
      'Бұл маңызды.',
    ]);
  });

  it('keeps a «…» quotation whole and splits at paragraph breaks', () => {
    const t = 'Он сказал: «Мир важен. Мы готовы». Затем ушёл.\n\nTitle line\nNext paragraph starts here.';
    expect(texts(t)).toEqual([
      'Он сказал: «Мир важен. Мы готовы».',
      'Затем ушёл.',
      'Title line',
      'Next paragraph starts here.',
    ]);
  });

  it('returns spans that index the original text', () => {
    const t = '  First one.  Second one!  ';
    const spans = splitSentences(t);
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 14, end: 25 },
    ]);
  });
});
