import { describe, expect, it } from 'vitest';
import { tagWith } from '../../../time/engine.ts';
import { ruTime } from './index.ts';

/** The expressions found in `text`, as `text → type value [mod]` lines. */
const tag = (text: string, dct?: string): string[] =>
  tagWith(text, ruTime, dct).map((t) => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`);

/** Friday 27 November 2026. */
const DCT = '2026-11-27';

/** [kind, sentence, expected lines (each must be among the output), document date]. */
const CASES: [string, string, string[], string?][] = [
  ['yesterday', 'Вчера в городе выпал снег.', ['Вчера → DATE 2026-11-26'], DCT],
  ['tomorrow', 'Завтра ожидается потепление.', ['Завтра → DATE 2026-11-28'], DCT],
  ['the day before yesterday', 'Позавчера пропали туристы.', ['Позавчера → DATE 2026-11-25'], DCT],
  ['no document date', 'Вчера в городе выпал снег.', ['Вчера → DATE PAST_REF']],
  ['this morning', 'Их нашли сегодня утром.', ['сегодня утром → TIME 2026-11-27TMO'], DCT],
  ['yesterday evening', 'Вчера вечером прошёл митинг.', ['Вчера вечером → TIME 2026-11-26TEV'], DCT],
  [
    'the day before the story day',
    'Вчера прошёл митинг. Накануне власти его запретили.',
    ['Накануне → DATE 2026-11-25'],
    DCT,
  ],
  ['clock time after yesterday', 'Вчера в 21:00 произошло землетрясение.', ['в 21:00 → TIME 2026-11-26T21:00'], DCT],
  ['dotted clock time', 'Совещание началось в 13.00.', ['в 13.00 → TIME 2026-11-27T13:00'], DCT],
  ['approximate clock time', 'Их нашли около 07:30.', ['около 07:30 → TIME 2026-11-27T07:30 APPROX'], DCT],
  ['a decimal is no time', 'Магнитуда составила 4.20 балла.', []],
  ['weekday', 'В четверг аким провёл совещание.', ['В четверг → DATE 2026-11-26'], DCT],
  // A weekday ahead in a future clause is the coming one; a past verb takes the last one.
  ['weekday ahead', 'В среду депутаты рассмотрят бюджет.', ['В среду → DATE 2026-12-02'], DCT],
  ['weekday, past verb after it', 'Во вторник делегация вылетела в Пекин.', ['Во вторник → DATE 2026-11-24'], DCT],
  [
    'weekday with a date in news',
    'В понедельник, 23 ноября, открылась выставка.',
    ['В понедельник, 23 ноября → DATE 2026-11-23'],
    DCT,
  ],
  [
    'half an hour after a clock time',
    'Митинг начался в 12:00. Через полчаса полиция перекрыла улицу.',
    ['Через полчаса → TIME 2026-11-27T12:30'],
    DCT,
  ],
  [
    'two hours after a clock time',
    'Поезд ушёл в 23:15. Через два часа он встал.',
    ['Через два часа → TIME 2026-11-28T01:15'],
    DCT,
  ],
  ['last season', 'В минувшем сезоне клуб занял третье место.', ['В минувшем сезоне → DATE PAST_REF'], DCT],
  ['the last year as a length', 'За последний год цены выросли вдвое.', ['последний год → DURATION P1Y'], DCT],
  ['last winter', 'Прошлой зимой в городе не хватало угля.', ['Прошлой зимой → DATE 2025-WI'], DCT],
  ['this summer, future', 'Следующим летом откроется новый парк.', ['Следующим летом → DATE 2027-SU'], DCT],
  ['month ahead in news', 'В январе тарифы вырастут на 5 процентов.', ['В январе → DATE 2027-01'], DCT],
  ['month gone in news', 'В марте тарифы выросли на 5 процентов.', ['В марте → DATE 2026-03'], DCT],
  [
    'a month after the turn of the year in a story',
    'Бунт начался 28 ноября 1905 года, а в феврале его подавили.',
    ['в феврале → DATE 1906-02'],
  ],
  [
    'seasons of a way of life',
    'Скотоводы летом кочевали в горах, а зимой возвращались в аулы.',
    ['летом → DATE XXXX-SU', 'зимой → DATE XXXX-WI'],
  ],
  [
    'old and new style',
    'Указ вышел 19 февраля (3 марта) 1861 года.',
    ['19 февраля (3 марта) 1861 года → DATE 1861-03-03'],
  ],
  [
    'two seasons share the year written after the second',
    'В 1940 году было тихо. Летом и осенью 1941 года шли бои.',
    ['Летом → DATE 1941-SU', 'осенью 1941 года → DATE 1941-FA'],
  ],
  ['old and new style days', 'Съезд открылся 25 (7) ноября 1917 г.', ['25 (7) ноября 1917 г. → DATE 1917-11-07']],
  ['brackets that are no new style', 'Отряд вышел 12 (15) мая 1920 года.', ['12 (15) мая 1920 года → DATE 1920-05-12']],
  [
    'a life span with a doubted end',
    'Поэт (около 1490 – 5 (?) мая 1551) писал на фарси.',
    [
      'около 1490 – 5 (?) мая 1551 → INTERVAL 1490/1551-05-05',
      'около 1490 → DATE 1490 APPROX',
      '5 (?) мая 1551 → DATE 1551-05-05',
    ],
  ],
  [
    'weekday before a full date',
    'Во вторник, 4 апреля 2017 года, прошёл саммит.',
    ['Во вторник, 4 апреля 2017 года → DATE 2017-04-04'],
  ],
  ['среда is an environment without a preposition', 'Среда обитания меняется.', []],
  ['last week', 'На прошлой неделе выпал первый снег.', ['На прошлой неделе → DATE 2026-W47'], DCT],
  ['recent days', 'В последние дни похолодало.', ['В последние дни → DURATION PXD'], DCT],
  ['a month in news', 'В мае жители жаловались на трещины.', ['В мае → DATE 2026-05'], DCT],
  [
    'a day in a story about one year',
    'Зимой 1986 года было тихо. 16 декабря сменили секретаря. Утром 17 декабря вышли студенты. Ночью их разогнали.',
    ['16 декабря → DATE 1986-12-16', 'Утром 17 декабря → TIME 1986-12-17TMO', 'Ночью → TIME 1986-12-17TNI'],
  ],
  [
    'by noon on a day',
    'В 1986 году было так. К полудню 17 декабря толпа выросла.',
    ['К полудню 17 декабря → TIME 1986-12-17T12:00'],
  ],
  ['an age is a duration', 'Он умер в возрасте 101 года.', ['101 года → DURATION P101Y']],
  [
    'decades of a century',
    'В 20-40-х годах XVIII века жузы искали защиты.',
    ['В 20-40-х годах XVIII века → INTERVAL 172/174'],
  ],
  [
    'quarter of a century',
    'Ещё в первой четверти XVIII века шли набеги.',
    ['в первой четверти XVIII века → DATE 17 START'],
  ],
  ['century in Arabic digits', 'В 19 веке степь вошла в состав империи.', ['В 19 веке → DATE 18']],
  ['centuries counted stay a length', 'Это длилось 2 века.', ['2 века → DURATION P2CE']],
  ['annual without a story', 'День независимости отмечают 16 декабря.', ['16 декабря → DATE XXXX-12-16']],
];

describe('Russian days, weekdays, parts of the day and clock times', () => {
  it.each(CASES)('%s: %s', (_kind, text, expected, dct) => {
    const got = tag(text, dct);
    if (expected.length === 0) expect(got).toEqual([]);
    for (const line of expected) expect(got).toContain(line);
  });
});
