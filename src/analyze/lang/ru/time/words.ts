/**
 * Russian time vocabulary as data: every inflected form the rules accept, with its meaning.
 * Forms are generated from stems and case endings where Russian is regular.
 */
import type { DayPart } from '../../../time/days.ts';
import type { Season, TimeUnit } from '../../../time/values.ts';

/** Month stems with the endings of all six cases (январь, января, январе, январю, январём). */
const MONTH_STEMS: [stem: string, endings: string[]][] = [
  ['январ', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
  ['феврал', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
  ['март', ['', 'а', 'е', 'у', 'ом']],
  ['апрел', ['ь', 'я', 'е', 'ю', 'ем']],
  ['ма', ['й', 'я', 'е', 'ю', 'ем']],
  ['июн', ['ь', 'я', 'е', 'ю', 'ем']],
  ['июл', ['ь', 'я', 'е', 'ю', 'ем']],
  ['август', ['', 'а', 'е', 'у', 'ом']],
  ['сентябр', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
  ['октябр', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
  ['ноябр', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
  ['декабр', ['ь', 'я', 'е', 'ю', 'ём', 'ем']],
];

/** What every century rule's match holds (`века`, `вв.`, `столетия`): `Rule.needs`. */
export const CENTURY_NEEDS: readonly string[] = ['век', 'в.', 'столети'];
/** What every millennium rule's match holds: `Rule.needs`. */
export const MILLENNIUM_NEEDS: readonly string[] = ['тысячелети'];

export const MONTHS = new Map<string, number>();
MONTH_STEMS.forEach(([stem, endings], i) => {
  for (const e of endings) MONTHS.set(stem + e, i + 1);
});

/** Month words that are also common names or words when capitalised alone (Май, Август, Марта). */
export const AMBIGUOUS_MONTHS = new Set(['май', 'мая', 'мае', 'маю', 'маем', 'август', 'августа', 'марта', 'март']);

export const SEASONS = new Map<string, Season>();
for (const f of ['весна', 'весны', 'весне', 'весну', 'весной', 'весною']) SEASONS.set(f, 'SP');
for (const f of ['лето', 'лета', 'лете', 'летом']) SEASONS.set(f, 'SU');
for (const f of ['осень', 'осени', 'осенью']) SEASONS.set(f, 'FA');
for (const f of ['зима', 'зимы', 'зиме', 'зиму', 'зимой', 'зимою']) SEASONS.set(f, 'WI');

/** Seasons as adverbs of time (`весной` "in spring"), the only season forms read without a year. */
export const SEASON_ADVERBS = new Set(['весной', 'летом', 'осенью', 'зимой']);

/** Cardinal numbers in all their case forms. */
export const CARDINALS = new Map<string, number>();
const addForms = (value: number, forms: string[]) => {
  for (const f of forms) {
    CARDINALS.set(f, value);
    if (f.includes('ё')) CARDINALS.set(f.replace(/ё/g, 'е'), value);
  }
};
addForms(1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну']);
addForms(2, ['два', 'две', 'двух', 'двум', 'двумя']);
addForms(3, ['три', 'трёх', 'трём', 'тремя']);
addForms(4, ['четыре', 'четырёх', 'четырём', 'четырьмя']);
/** 5–20 and 30 decline like a soft noun: пять, пяти, пятью. */
const SOFT: [string, number][] = [
  ['пять', 5],
  ['шесть', 6],
  ['семь', 7],
  ['восемь', 8],
  ['девять', 9],
  ['десять', 10],
  ['одиннадцать', 11],
  ['двенадцать', 12],
  ['тринадцать', 13],
  ['четырнадцать', 14],
  ['пятнадцать', 15],
  ['шестнадцать', 16],
  ['семнадцать', 17],
  ['восемнадцать', 18],
  ['девятнадцать', 19],
  ['двадцать', 20],
  ['тридцать', 30],
];
for (const [word, value] of SOFT) {
  const stem = word.slice(0, -1);
  addForms(value, [word, stem + 'и', stem + 'ью']);
}
addForms(8, ['восьми', 'восьмью']);
addForms(40, ['сорок', 'сорока']);
addForms(50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
addForms(60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
addForms(70, ['семьдесят', 'семидесяти', 'семьюдесятью']);
addForms(80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']);
addForms(90, ['девяносто', 'девяноста']);
addForms(100, ['сто', 'ста']);
addForms(200, ['двести', 'двухсот', 'двумстам', 'двумястами']);
addForms(300, ['триста', 'трёхсот', 'трёмстам']);
addForms(400, ['четыреста', 'четырёхсот', 'четырёмстам']);
addForms(500, ['пятьсот', 'пятисот', 'пятистам']);
addForms(600, ['шестьсот', 'шестисот', 'шестистам']);
addForms(700, ['семьсот', 'семисот', 'семистам']);
addForms(800, ['восемьсот', 'восьмисот', 'восьмистам']);
addForms(900, ['девятьсот', 'девятисот', 'девятистам']);
addForms(1000, [
  'тысяча',
  'тысячи',
  'тысяче',
  'тысячу',
  'тысячей',
  'тысячью',
  'тысяч',
  'тысячам',
  'тысячами',
  'тысячах',
]);
addForms(1.5, ['полтора', 'полторы', 'полутора']);

/** "Several": the amount is unknown (`PXY`). */
export const SEVERAL = ['несколько', 'нескольких', 'нескольким', 'несколькими'];

/** Ordinal stems 1–20 (and 30); the adjective endings are added by the rules. */
export const ORDINAL_STEMS = new Map<string, number>([
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четвёрт', 4],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
]);

/** Ordinal stems that end a year written in words (`тысяча девятьсот девяносто первого года`, `двухтысячного года`). */
export const YEAR_ORDINAL_STEMS = new Map<string, number>([
  ...ORDINAL_STEMS,
  ['сороков', 40],
  ['пятидесят', 50],
  ['шестидесят', 60],
  ['семидесят', 70],
  ['восьмидесят', 80],
  ['девяност', 90],
  ['сот', 100],
  ['тысячн', 1000],
  ['двухтысячн', 2000],
]);

/** Adjective endings of ordinals (hard stems, and третий's soft ones). */
export const ORDINAL_ENDINGS = [
  'ый',
  'ой',
  'ий',
  'ая',
  'ое',
  'ые',
  'ого',
  'ому',
  'ым',
  'ом',
  'ую',
  'ых',
  'ыми',
  'ьего',
  'ьему',
  'ьим',
  'ьем',
  'ья',
  'ье',
  'ью',
  'ьей',
  'ьи',
  'ьих',
];

/** Decade words: в девяностые, восьмидесятых годов. */
export const DECADE_STEMS = new Map<string, number>([
  ['нулев', 0],
  ['десят', 1],
  ['двадцат', 2],
  ['тридцат', 3],
  ['сороков', 4],
  ['пятидесят', 5],
  ['шестидесят', 6],
  ['семидесят', 7],
  ['восьмидесят', 8],
  ['девяност', 9],
]);

/** Unit nouns in every case form, singular and plural. */
export const UNITS = new Map<string, TimeUnit>();
const addUnit = (unit: TimeUnit, forms: string[]) => {
  for (const f of forms) UNITS.set(f, unit);
};
addUnit('year', ['год', 'года', 'году', 'годом', 'годы', 'годов', 'годам', 'годами', 'годах', 'лет']);
addUnit('month', [
  'месяц',
  'месяца',
  'месяцу',
  'месяцем',
  'месяце',
  'месяцы',
  'месяцев',
  'месяцам',
  'месяцами',
  'месяцах',
]);
addUnit('week', ['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'недель', 'неделям', 'неделями', 'неделях']);
addUnit('day', [
  'день',
  'дня',
  'дню',
  'днём',
  'днем',
  'дни',
  'дней',
  'дням',
  'днями',
  'днях',
  'сутки',
  'суток',
  'суткам',
]);
addUnit('hour', ['час', 'часа', 'часу', 'часом', 'часов', 'часам', 'часами', 'часах']);
addUnit('minute', ['минута', 'минуты', 'минуте', 'минуту', 'минутой', 'минут', 'минутам', 'минутами', 'минутах']);
addUnit('second', [
  'секунда',
  'секунды',
  'секунде',
  'секунду',
  'секундой',
  'секунд',
  'секундам',
  'секундами',
  'секундах',
]);
addUnit('decade', [
  'десятилетие',
  'десятилетия',
  'десятилетию',
  'десятилетием',
  'десятилетии',
  'десятилетий',
  'десятилетиям',
  'десятилетиями',
  'десятилетиях',
]);
addUnit('century', [
  'век',
  'века',
  'веку',
  'веком',
  'веке',
  'веков',
  'векам',
  'веками',
  'столетие',
  'столетия',
  'столетию',
  'столетием',
  'столетии',
  'столетий',
  'столетиями',
]);
addUnit('millennium', [
  'тысячелетие',
  'тысячелетия',
  'тысячелетию',
  'тысячелетием',
  'тысячелетии',
  'тысячелетий',
  'тысячелетиями',
]);

/** Single words meaning half a unit: полгода, полвека. */
export const HALF_UNITS = new Map<string, string>([
  ['полгода', 'P6M'],
  ['полугода', 'P6M'],
  ['полвека', 'P50Y'],
  ['полувека', 'P50Y'],
  ['полстолетия', 'P50Y'],
  ['полмесяца', 'P2W'],
  ['полтысячелетия', 'P500Y'],
  ['полчаса', 'PT30M'],
  ['получаса', 'PT30M'],
]);

/** Adverbs and adjectives of recurrence: ежегодно, ежегодная, ежемесячно. */
export const RECURRENCE_STEMS = new Map<string, string>([
  ['ежегодн', 'P1Y'],
  ['ежемесячн', 'P1M'],
  ['еженедельн', 'P1W'],
  ['ежедневн', 'P1D'],
  ['ежеквартальн', 'P3M'],
]);

/** Adjectival endings for the recurrence stems (ежегодно, ежегодный, ежегодной …). */
export const RECURRENCE_ENDINGS = ['о', 'ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ую', 'ым', 'ом', 'ых', 'ыми'];

/** Normalises a matched word for lookup: rules see lower-cased text already, so only `ё` → `е`. */
export function key(word: string): string {
  return word.includes('ё') ? word.replace(/ё/g, 'е') : word;
}

/** First parts of compound adjectives of length: `пятилетний` (five-year), `двухнедельный`. */
export const COMPOUND_NUMBERS = new Map<string, number>([
  ['одно', 1],
  ['двух', 2],
  ['трёх', 3],
  ['трех', 3],
  ['четырёх', 4],
  ['четырех', 4],
  ['пяти', 5],
  ['шести', 6],
  ['семи', 7],
  ['восьми', 8],
  ['девяти', 9],
  ['десяти', 10],
  ['одиннадцати', 11],
  ['двенадцати', 12],
  ['пятнадцати', 15],
  ['двадцати', 20],
  ['двадцатипяти', 25],
  ['тридцати', 30],
  ['сорока', 40],
  ['пятидесяти', 50],
  ['ста', 100],
  ['сто', 100],
]);

/** Stems of adjectives of length and their unit: `-летний` (years), `-месячный`, `-недельный`, `-дневный`. */
export const LENGTH_ADJECTIVES = new Map<string, TimeUnit>([
  ['летн', 'year'],
  ['месячн', 'month'],
  ['недельн', 'week'],
  ['дневн', 'day'],
]);

/** Adjective endings, soft (`летний`) and hard (`дневный`). */
export const ADJECTIVE_ENDINGS = [
  'ий',
  'его',
  'ему',
  'им',
  'ем',
  'яя',
  'ей',
  'юю',
  'ее',
  'ие',
  'их',
  'ими',
  'ый',
  'ого',
  'ому',
  'ым',
  'ом',
  'ая',
  'ой',
  'ую',
  'ое',
  'ые',
  'ых',
  'ыми',
];

/** Days named from today → days from today. */
export const DAY_WORDS = new Map<string, number>([
  ['позавчера', -2],
  ['вчера', -1],
  ['завтра', 1],
  ['послезавтра', 2],
]);

/** Weekdays in the forms after `в`/`во`, `на`, `с`, `до` and alone → 0 = Monday … 6 = Sunday. */
export const WEEKDAYS = new Map<string, number>();
for (const [forms, day] of [
  [['понедельник', 'понедельника', 'понедельнику'], 0],
  [['вторник', 'вторника', 'вторнику'], 1],
  [['среду', 'среда', 'среды', 'среде'], 2],
  [['четверг', 'четверга', 'четвергу'], 3],
  [['пятницу', 'пятница', 'пятницы', 'пятнице'], 4],
  [['субботу', 'суббота', 'субботы', 'субботе'], 5],
  [['воскресенье', 'воскресенья', 'воскресенью'], 6],
] as const) {
  for (const f of forms) WEEKDAYS.set(f, day);
}

/** Parts of the day as adverbs → the TIMEX3 part. */
export const DAY_PARTS = new Map<string, DayPart>([
  ['утром', 'MO'],
  ['днём', 'AF'],
  ['днем', 'AF'],
  ['вечером', 'EV'],
  ['ночью', 'NI'],
]);

/** Noon and midnight, as clock times. */
export const NOON_WORDS = new Map<string, string>([
  ['в полдень', '12:00'],
  ['к полудню', '12:00'],
  ['после полудня', '12:00'],
  ['в полночь', '24:00'],
  ['к полуночи', '24:00'],
]);

/** `на прошлой неделе` → weeks from this one. */
export const WEEK_WORDS = new Map<string, number>([
  ['на прошлой неделе', -1],
  ['на минувшей неделе', -1],
  ['на позапрошлой неделе', -2],
  ['на этой неделе', 0],
  ['на текущей неделе', 0],
  ['на следующей неделе', 1],
  ['на будущей неделе', 1],
  ['на этой же неделе', 0],
]);

/** `в последние дни`, `за последние недели` → a vague duration. */
export const RECENT_UNITS = new Map<string, string>([
  ['дни', 'PXD'],
  ['недели', 'PXW'],
  ['месяцы', 'PXM'],
  ['годы', 'PXY'],
  ['десятилетия', 'PXDE'],
]);

/**
 * The past tense of a verb: a vowel, `л` and the gender or plural ending, reflexive or not
 * (`утвердил`, `началось`, `падали`, `вернулась`; after a consonant only with an ending: `выросли`, `пришла`). A weekday in news with such a verb in its
 * clause is the last one; without, the coming one (`в понедельник министр вернётся`).
 */
export const PAST_VERB = /^\p{L}{2,}(?:[аеиоуыяё]л(?:а|о|и)?|[бгзкрсш]л(?:а|о|и))(?:сь|ся)?$/u;
/** Common nouns and adverbs that end like a past verb. */
export const NOT_PAST_VERBS = new Set([
  'дела',
  'село',
  'села',
  'сила',
  'тела',
  'тело',
  'школа',
  'стола',
  'зала',
  'мало',
  'пила',
  'кола',
  'масла',
  'числа',
  'начала',
  'начало',
  'правила',
  'правило',
  'материал',
  'генерал',
  'канал',
  'капитал',
  'сигнал',
  'финал',
  'портал',
  'журнал',
  'персонал',
  'потенциал',
  'идеал',
  'арсенал',
  'мысли',
  'смысла',
  'кресла',
  'ремесла',
  'угли',
]);
/** Words that put a clause ahead of the document date whatever else it says. */
export const FUTURE_WORDS = new Set(['будет', 'будут', 'станет', 'станут', 'предстоит', 'планируется', 'ожидается']);
/** Where a clause ends inside a sentence: `, а …`, `, но …`. */
export const CLAUSE_BREAK = /,\s+(?:а|но|однако)\s/u;

/** Words before a season that count it from the document date: `прошлой осенью` → the last autumn. */
export const SEASON_SHIFTS = new Map<string, -1 | 0 | 1>([
  ['прошлой', -1],
  ['прошлым', -1],
  ['минувшей', -1],
  ['минувшим', -1],
  ['прошедшей', -1],
  ['прошедшим', -1],
  ['этой', 0],
  ['этим', 0],
  ['нынешней', 0],
  ['нынешним', 0],
  ['следующей', 1],
  ['следующим', 1],
  ['будущей', 1],
  ['будущим', 1],
]);

/** Periods named only from the present (`в прошедшем сезоне`): a past, present or future reference. */
export const VAGUE_PERIODS = ['сезоне'];
export const VAGUE_PERIOD_SHIFTS = new Map<string, string>([
  ['прошедшем', 'PAST_REF'],
  ['прошлом', 'PAST_REF'],
  ['минувшем', 'PAST_REF'],
  ['прошедший', 'PAST_REF'],
  ['прошлый', 'PAST_REF'],
  ['этом', 'PRESENT_REF'],
  ['текущем', 'PRESENT_REF'],
  ['нынешнем', 'PRESENT_REF'],
  ['следующем', 'FUTURE_REF'],
  ['будущем', 'FUTURE_REF'],
  ['новом', 'FUTURE_REF'],
  ['предстоящем', 'FUTURE_REF'],
]);

/** `за последний год`, `за прошедшую неделю`: one unit back from now, a duration of one unit. */
export const LAST_ONE = ['последний', 'последнюю', 'последнее', 'последние', 'прошедший', 'прошедшую', 'прошедшее'];
export const ONE_UNITS = new Map<string, TimeUnit>([
  ['год', 'year'],
  ['месяц', 'month'],
  ['неделю', 'week'],
  ['день', 'day'],
  ['сутки', 'day'],
  ['век', 'century'],
  ['десятилетие', 'decade'],
]);
