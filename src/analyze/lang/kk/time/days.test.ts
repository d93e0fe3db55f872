import { describe, expect, it } from 'vitest';
import { tagWith } from '../../../time/engine.ts';
import { kkTime } from './index.ts';

/** The expressions found in `text`, as `text → type value [mod]` lines. */
const tag = (text: string, dct?: string): string[] =>
  tagWith(text, kkTime, dct).map((t) => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`);

/** Friday 27 November 2026. */
const DCT = '2026-11-27';

/** [kind, sentence, expected lines (each must be among the output), document date]. */
const CASES: [string, string, string[], string?][] = [
  ['yesterday', 'Кеше облыста қар жауды.', ['Кеше → DATE 2026-11-26'], DCT],
  ['tomorrow', 'Ертең ауа райы жылынады.', ['Ертең → DATE 2026-11-28'], DCT],
  ['tomorrow, dative', 'Кеңес ертеңге ауыстырылды.', ['ертеңге → DATE 2026-11-28'], DCT],
  ['yesterday, adjective', 'Кешегі жиында әкім сөз сөйледі.', ['Кешегі → DATE 2026-11-26'], DCT],
  ['no document date', 'Кеше облыста қар жауды.', ['Кеше → DATE PAST_REF']],
  [
    'yesterday morning',
    'Кеше таңертең жер сілкінді.',
    ['Кеше → DATE 2026-11-26', 'таңертең → TIME 2026-11-26TMO'],
    DCT,
  ],
  ['this morning', 'Бүгін таңертең әкім кеңес өткізді.', ['таңертең → TIME 2026-11-27TMO'], DCT],
  ['part of day alone', 'Кешке қарай жел күшейді.', ['Кешке → TIME 2026-11-27TEV'], DCT],
  ['at night, in a story', '1986 жылғы 17 желтоқсанда түнде әскер келді.', ['түнде → TIME 1986-12-17TNI']],
  ['weekday', 'Дүйсенбі күні сабақ қашықтан өтеді.', ['Дүйсенбі күні → DATE 2026-11-30'], DCT],
  ['weekday, locative', 'Сәрсенбіде жиын өтті.', ['Сәрсенбіде → DATE 2026-11-25'], DCT],
  ['Friday needs күні (Жұма is a name)', 'Жұма Абайды оқыды.', []],
  ['clock time', 'Дүмпу кеше сағат 03:30-да сезілді.', ['сағат 03:30-да → TIME 2026-11-26T03:30'], DCT],
  ['clock time with a case ending', 'Пойыз 20:40-та келді.', ['20:40-та → TIME 2026-11-27T20:40'], DCT],
  ['detokenised clock time', 'Жиын 18: 00-де басталады.', ['18: 00-де → TIME 2026-11-27T18:00'], DCT],
  ['evening hour', 'Дүкен кешкі 8-ге дейін жұмыс істейді.', ['кешкі 8-ге дейін → TIME 2026-11-27T20:00 BEFORE'], DCT],
  ['morning hour', 'Жұмыс таңғы сағат 5-те басталды.', ['таңғы сағат 5-те → TIME 2026-11-27T05:00'], DCT],
  ['decimal is no time', 'Жер сілкінісі 4.20 балл болды.', []],
  ['last week', 'Өткен аптада алғашқы қар жауды.', ['Өткен аптада → DATE 2026-W47'], DCT],
  ['this week', 'Осы аптада жиын өтеді.', ['Осы аптада → DATE 2026-W48'], DCT],
  ['next year', 'Келер жылы метро ашылады.', ['Келер жылы → DATE 2027'], DCT],
  ['since last year', 'Былтырдан бері баға өсті.', ['Былтырдан бері → DATE 2025'], DCT],
  ['compared with last year', 'Өткен жылмен салыстырғанда өнім артты.', ['Өткен жылмен → DATE 2025'], DCT],
  ['ordinal-suffix year', 'Құрылыс 2017-нші жылы басталды.', ['2017-нші жылы → DATE 2017']],
  ['ordinal-suffix year, back vowels', '2016-ншы жылы зерттеу жүрді.', ['2016-ншы жылы → DATE 2016']],
  ['ordinal-suffix year, -сыншы', '2020-сыншы жылы пандемия басталды.', ['2020-сыншы жылы → DATE 2020']],
  ['ordinal-suffix year, -інші', '2025-інші жылға дейін салынады.', ['2025-інші жылға дейін → DATE 2025 BEFORE']],
  [
    'a day in a story about one year',
    '1986 жылдың желтоқсанында жастар шықты. Ал 17 желтоқсанда студенттер жиналды. Сол күні әскер келді.',
    ['17 желтоқсанда → DATE 1986-12-17', 'Сол күні → DATE 1986-12-17'],
  ],
  ['season adjective', 'Тек жазғы алаңдар ғана ашық.', ['жазғы → DATE XXXX-SU']],
  ['season adjective in a story', '2019 жылы құрғақшылық болды. Көктемгі егіс кешікті.', ['Көктемгі → DATE 2019-SP']],
  ['throughout the winter', '2019 жылы көшкін болды. Қыс бойы жол жабық тұрды.', ['Қыс бойы → DATE 2019-WI']],
  ['daily', 'Халық күнделікті тұтынатын өнімдер қымбаттады.', ['күнделікті → SET P1D']],
  ['since the start of the year', 'Жыл басынан бері 500 үй салынды.', ['Жыл басынан бері → DATE 2026 START'], DCT],
  ['until the end of the year', 'Жол жыл соңына дейін салынады.', ['жыл соңына дейін → DATE 2026 END'], DCT],
  [
    'until the end of this year',
    'Биылғы жылдың соңына дейін бітеді.',
    ['Биылғы жылдың соңына дейін → DATE 2026 END'],
    DCT,
  ],
  [
    'capitalised month at a sentence start',
    // Written in November, a future clause (`көтеріледі`) names the coming January.
    'Баға өсті. Қаңтар айынан бастап тариф көтеріледі.',
    ['Қаңтар айынан бастап → DATE 2027-01'],
    DCT,
  ],
  ['capitalised homograph month alone is a name', 'Қазан қаласында форум өтті.', []],
  ['month in news takes the document year', 'Биыл ақпанда қар көп жауды.', ['ақпанда → DATE 2026-02'], DCT],
  ["today's", 'Бүгінгі жиында шешім қабылданды.', ['Бүгінгі → DATE PRESENT_REF']],
  ["today's day", 'Бүгінгі күннің басты жаңалығы.', ['Бүгінгі күннің → DATE PRESENT_REF']],
  ['a whole day', 'Жол тәулік бойы жабық болды.', ['тәулік бойы → DURATION P1D']],
  ['an age is a duration, not a year', '79 жастағы куәгер сөйледі.', ['79 жастағы → DURATION P79Y']],
  ['an age in words', 'Ол алпыс жастан асты.', ['алпыс жастан → DURATION P60Y']],
  ['weeks said with жұма', 'Бұл 3 жұма бұрын болды.', ['3 жұма бұрын → DATE 2026-W45'], DCT],
  ['monthly wages are no duration', 'Ол 25 айлық жалақы алды.', []],
  ['a word-ordinal day and month', 'Жиын жиырма жетінші қазанда өтеді.', ['жиырма жетінші қазанда → DATE XXXX-10-27']],
  ['century with -сыншы', '20-сыншы ғасырдағы оқиғалар.', ['20-сыншы ғасырдағы → DATE 19']],
  ['last Saturday', 'Өткен сенбіде жиын өтті.', ['Өткен сенбіде → DATE 2026-11-21'], DCT],
  ['within a length', 'Жол екі аптаның ішінде салынады.', ['екі аптаның ішінде → DURATION P2W']],
  ['since a length', 'Бес жылдан бері жұмыс істейді.', ['Бес жылдан бері → DURATION P5Y']],
  ['a range of counts', 'Бұл 2 – 3 жылда бітеді.', ['2 – 3 жылда → DURATION P3Y']],
  ['ago without осыдан', 'Осыдан екі жыл бұрын салынды.', ['екі жыл бұрын → DATE 2024'], DCT],
  ['this year with its year word', 'Биылғы жылы 500 үй салынды.', ['Биылғы жылы → DATE 2026'], DCT],
  [
    'ordinal year before a day',
    '1965-інші жылы 4-інші мамырда туған.',
    ['1965-інші жылы 4-інші мамырда → DATE 1965-05-04'],
  ],
  [
    'ordinal year before a month',
    '2020-сыншы жылдың мамыр айында басталды.',
    ['2020-сыншы жылдың мамыр айында → DATE 2020-05'],
  ],
  ['recent days', 'Соңғы күндері аяз күшейді.', ['Соңғы күндері → DURATION PXD']],
  [
    'this morning after a story day',
    'Кеше жер сілкінді. Бүгін таңертең кеңес болды.',
    ['таңертең → TIME 2026-11-27TMO'],
    DCT,
  ],
  [
    'decades of a century',
    'XVIII ғасырдың 20-40 жылдарында жүздер қорған іздеді.',
    ['XVIII ғасырдың 20-40 жылдарында → INTERVAL 172/174'],
  ],
  [
    'quarter of a century',
    'XIX ғасырдың бірінші ширегінде билік әлсіреді.',
    ['XIX ғасырдың бірінші ширегінде → DATE 18 START'],
  ],
  ['annual without a story', 'Тәуелсіздік күні 16 желтоқсанда тойланады.', ['16 желтоқсанда → DATE XXXX-12-16']],
  // A weekday in news: the coming one in a present-future clause, the last one in a past clause.
  ['weekday ahead', 'Сәрсенбі күні депутаттар бюджетті қарайды.', ['Сәрсенбі күні → DATE 2026-12-02'], DCT],
  ['weekday gone', 'Сейсенбі күні делегация Бейжіңге ұшты.', ['Сейсенбі күні → DATE 2026-11-24'], DCT],
  ['month gone in news', 'Наурыз айында баға өсті.', ['Наурыз айында → DATE 2026-03'], DCT],
  [
    'a month after the turn of the year in a story',
    'Көтеріліс 1905 жылы 28 қарашада басталды. Ақпанда оны басып тастады.',
    ['Ақпанда → DATE 1906-02'],
  ],
  [
    'seasons of a way of life',
    'Малшылар жазда жайлауға көшті, ал қыста қыстауға оралды.',
    ['жазда → DATE XXXX-SU', 'қыста → DATE XXXX-WI'],
  ],
  [
    'old and new style, a range of days',
    '1916 жылы 5–13 (18–26) желтоқсанда съезд өтті.',
    ['1916 жылы 5–13 (18–26) желтоқсанда → INTERVAL 1916-12-18/1916-12-26'],
  ],
  ['old and new style', '1917 жылы 25 (7) қарашада съезд ашылды.', ['1917 жылы 25 (7) қарашада → DATE 1917-11-07']],
  [
    'old and new style, same month',
    '1861 жылы 19 (31) қаңтарда жарлық шықты.',
    ['1861 жылы 19 (31) қаңтарда → DATE 1861-01-31'],
  ],
  [
    'a life span, approximate start',
    'Ақын (шамамен 1490 – 1551) парсы тілінде жазды.',
    ['шамамен 1490 – 1551 → INTERVAL 1490/1551', 'шамамен 1490 → DATE 1490 APPROX', '1551 → DATE 1551'],
  ],
  ['last night', 'Өткен түні облыста боран соқты.', ['Өткен түні → TIME 2026-11-26TNI'], DCT],
  ['the coming days', 'Алдағы күндері күн жылынады.', ['Алдағы күндері → DATE FUTURE_REF'], DCT],
  ['past years', 'Өткен жылдары өзен тартылып қалды.', ['Өткен жылдары → DATE PAST_REF'], DCT],
  ['a year with a case ending', 'Мұражай 2012-де қайта ашылды.', ['2012-де → DATE 2012']],
  ['a count with a case ending is no year', 'Жиынға 1500-ге жуық адам келді.', []],
  ['towards a season', 'Күзге қарай баға көтерілді.', ['Күзге қарай → DATE XXXX-FA ON_OR_BEFORE']],
  ['"still" is not a time', 'Ел бұл күнді әлі күнге дейін есте сақтайды.', []],
];

describe('Kazakh days, weekdays, parts of the day and clock times', () => {
  it.each(CASES)('%s: %s', (_kind, text, expected, dct) => {
    const got = tag(text, dct);
    if (expected.length === 0) expect(got).toEqual([]);
    for (const line of expected) expect(got).toContain(line);
  });
});
