/**
 * Kazakh time vocabulary as data: stems only; their inflected forms come from `morphology.ts`.
 */
import type { DayPart } from '../../../time/days.ts';
import type { Season, TimeUnit } from '../../../time/values.ts';
import { inflect, measureAdjective, ordinal, possessiveForms, similative } from './morphology.ts';

/** Normalises a matched word for lookup (rules see lower-cased text, so words come lower-cased). */
export function key(word: string): string {
  return word;
}

const MONTH_STEMS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** Every inflected month form → month number (`қыркүйегінде` → 9). */
/** What every century rule's match holds (`ғасырдың`, `ғ.`, `ғғ.`): `Rule.needs`. */
export const CENTURY_NEEDS: readonly string[] = ['ғас', 'ғ.'];
/** What every millennium rule's match holds (`мыңжылдықта`, `мыңжылдығы`): `Rule.needs`. */
export const MILLENNIUM_NEEDS: readonly string[] = ['мыңжыл'];

export const MONTHS = new Map<string, number>();
MONTH_STEMS.forEach((stem, i) => {
  for (const f of inflect(stem, { plural: false, possessive: true })) MONTHS.set(f, i + 1);
});

/**
 * Month words that are also ordinary words or names: қазан (cauldron; Kazan), наурыз (the
 * Nauryz holiday), маусым (season), қараша (commoners). They count as months only next to a day,
 * a year or the word `ай`.
 */
const AMBIGUOUS_MONTH_STEMS = ['қазан', 'наурыз', 'маусым', 'қараша'];

export function isAmbiguousMonth(form: string): boolean {
  const k = key(form);
  return AMBIGUOUS_MONTH_STEMS.some((s) => k.startsWith(s));
}

export const SEASONS = new Map<string, Season>();
for (const [stem, season] of [
  ['көктем', 'SP'],
  ['жаз', 'SU'],
  ['күз', 'FA'],
  ['қыс', 'WI'],
] as const) {
  for (const f of inflect(stem, { plural: false, possessive: true })) SEASONS.set(f, season);
}

/** Season forms that mean "in spring/summer…" and are read without a year, from the narrative. */
export const SEASON_ADVERBS = new Set([
  'көктемде',
  'жазда',
  'күзде',
  'қыста',
  'көктемінде',
  'жазында',
  'күзінде',
  'қысында',
  // The dative, towards or until a season (`күзге қарай`, `жазға дейін`); not `қысқа` ("short").
  'көктемге',
  'жазға',
  'күзге',
]);

/** Unit nouns; `ай` (month, moon) and `күн` (day, sun) are read as units only after a number. */
const UNIT_STEMS: [string, TimeUnit][] = [
  ['жыл', 'year'],
  ['ай', 'month'],
  ['апта', 'week'],
  // `3 жұма бұрын`: after a number `жұма` (Friday) is a week, as people say it.
  ['жұма', 'week'],
  ['күн', 'day'],
  ['тәулік', 'day'],
  ['сағат', 'hour'],
  ['минут', 'minute'],
  ['секунд', 'second'],
  ['онжылдық', 'decade'],
  ['ғасыр', 'century'],
  ['мыңжылдық', 'millennium'],
];

/** Unit forms used in durations, relations and sets: bare and case forms, no possessive (`бір күні` is "one day", narrative). */
export const UNITS = new Map<string, TimeUnit>();
for (const [stem, unit] of UNIT_STEMS) {
  for (const f of inflect(stem, { plural: false, possessive: false })) UNITS.set(f, unit);
  // `үш күндік` (three-day), `бес жылдық` (five-year): the adjective names the same length.
  if (!stem.endsWith('жылдық')) UNITS.set(measureAdjective(stem), unit);
}

/** Similative unit forms, an approximate length: `40 жылдай` (about 40 years), `бір айдай`. */
export const APPROX_UNITS = new Map<string, TimeUnit>();
for (const [stem, unit] of UNIT_STEMS) {
  APPROX_UNITS.set(similative(stem), unit);
  UNITS.set(similative(stem), unit);
}

/** Unit forms including possessive ones, after `жарты`/`ширек` (`тәуелсіздіктің ширек ғасыры`). */
export const UNIT_ANY_FORMS = new Map<string, TimeUnit>();
for (const [stem, unit] of UNIT_STEMS)
  for (const f of inflect(stem, { plural: false, possessive: true })) UNIT_ANY_FORMS.set(f, unit);

/** Every form of `жыл` (year), for dates: `жылы`, `жылғы`, `жылдың`, `жылдары`, `жылдардың`. */
export const YEAR_FORMS = inflect('жыл');
/** Every form of `ғасыр` (century). */
export const CENTURY_FORMS = inflect('ғасыр');
/** Every form of `мыңжылдық` (millennium). */
export const MILLENNIUM_FORMS = inflect('мыңжылдық');
/** Every form of `ай` (month) after a month name: `қыркүйек айында`. */
export const MONTH_WORD_FORMS = inflect('ай', { plural: false, possessive: true });

/** Cardinal numbers. */
const CARDINAL_WORDS: [string, number][] = [
  ['бір', 1],
  ['екі', 2],
  ['үш', 3],
  ['төрт', 4],
  ['бес', 5],
  ['алты', 6],
  ['жеті', 7],
  ['сегіз', 8],
  ['тоғыз', 9],
  ['он', 10],
  ['жиырма', 20],
  ['отыз', 30],
  ['қырық', 40],
  ['елу', 50],
  ['алпыс', 60],
  ['жетпіс', 70],
  ['сексен', 80],
  ['тоқсан', 90],
  ['жүз', 100],
  ['мың', 1000],
];
export const CARDINALS = new Map<string, number>(CARDINAL_WORDS);

/** A number word carrying a case ending, as before `астам`, `жуық` (`екі мыңнан астам жыл`). */
export const CARDINALS_INFLECTED = new Map<string, number>();
for (const [w, v] of CARDINAL_WORDS)
  for (const f of inflect(w, { plural: false, possessive: false })) CARDINALS_INFLECTED.set(f, v);

/** "Several": the amount is unknown. */
export const SEVERAL = ['бірнеше', 'бірер'];

/** Ordinal words (`бесінші`, `жиырмасыншы`) → value of their last part. */
export const ORDINALS = new Map<string, number>();
/** Ordinal word → its cardinal (`мыңыншы` → `мың`), to read `екі мыңыншы` as 2000. */
export const ORDINAL_CARDINALS = new Map<string, string>();
for (const [w, v] of CARDINAL_WORDS) {
  for (const f of ordinal(w)) {
    ORDINALS.set(f, v);
    ORDINAL_CARDINALS.set(f, w);
  }
}
ORDINALS.set('жиырмасыншы', 20);
ORDINAL_CARDINALS.set('жиырмасыншы', 'жиырма');
ORDINALS.set('қырқыншы', 40);
ORDINAL_CARDINALS.set('қырқыншы', 'қырық');

/** Position in a period, as a possessive noun in any case: басында, ортасы, соңында, аяғына. */
export const POSITION_FORMS = new Map<string, 'START' | 'MID' | 'END' | 'HALF'>();
for (const [stem, pos] of [
  ['бас', 'START'],
  ['орта', 'MID'],
  ['соң', 'END'],
  ['аяқ', 'END'],
  ['жарты', 'HALF'],
] as const) {
  for (const f of possessiveForms(stem)) POSITION_FORMS.set(f, pos);
}

/** Days named from today, in their case forms (`кешегі`, `ертеңге`) → days from today. */
export const DAY_WORDS = new Map<string, number>();
// Listed, not inflected: `кешені`, `кешенің` are also forms of `кешен` (a complex).
for (const [forms, days] of [
  [['кеше', 'кешегі', 'кешеден', 'кешеге', 'кешегіден'], -1],
  [['ертең', 'ертеңгі', 'ертеңге', 'ертеңнен', 'ертеңді', 'ертеңгіге'], 1],
  [['бүрсігүні', 'бүрсігүнгі'], 2],
] as const) {
  for (const f of forms) DAY_WORDS.set(f, days);
}

/** Weekdays in any case form → 0 = Monday … 6 = Sunday; `жұма` (also a name) counts only before `күні`. */
export const WEEKDAYS = new Map<string, number>();
['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'].forEach((stem, i) => {
  for (const f of inflect(stem, { plural: false, possessive: false })) WEEKDAYS.set(f, i);
});

/** Parts of the day (adverbs and adjectives) → the TIMEX3 part; `күндіз-түні` is round the clock. */
export const DAY_PARTS = new Map<string, DayPart>([
  ['таңертең', 'MO'],
  ['таңертеңгі', 'MO'],
  ['таңертеңнен', 'MO'],
  ['таңғы', 'MO'],
  ['таңнан', 'MO'],
  ['түскі', 'MI'],
  ['түсте', 'MI'],
  ['түстен кейін', 'AF'],
  ['түстен соң', 'AF'],
  ['күндіз', 'DT'],
  ['күндізгі', 'DT'],
  ['кешке', 'EV'],
  ['кешкі', 'EV'],
  ['кешқұрым', 'EV'],
  ['түнде', 'NI'],
  ['түнгі', 'NI'],
  ['түні бойы', 'NI'],
  ['күндіз-түні', 'DT'],
  ['күні-түні', 'DT'],
  ['таң ата', 'MO'],
  ['таң атқанда', 'MO'],
]);

/** Season adjectives (`жазғы демалыс`, `көктемгі егіс`): a season of the year the text is in. */
export const SEASON_ADJECTIVES = new Map<string, Season>([
  ['көктемгі', 'SP'],
  ['жазғы', 'SU'],
  ['күзгі', 'FA'],
  ['қысқы', 'WI'],
]);

/** Forms of `жас` (age) after a number: `79 жастағы`, `3 жасар`, `60 жастан`, `жасында`. */
export const AGE_FORMS = [...inflect('жас', { plural: false, possessive: true }), 'жасар', 'жасынан', 'жасымда'];

/**
 * The past tense of a clause-final Kazakh verb: `-ды/-ді/-ты/-ті` after the stem (`бекітті`,
 * `басталды`, `жауды`, `оқыды`), the perfect `-ған/-ген/-қан/-кен` (`басталған`), and `еді`. The
 * present-future has `-а/-е/-й` before `-ды/-ді` (`оралады`, `өтеді`, `оқиды`, `ойлайды`) and looks
 * ahead, as does a clause with no past verb.
 */
export const PAST_VERB = /(?:\p{L}[^аеәий](?:ды|ді|ты|ті)|(?:ған|ген|қан|кен)(?:ы|і|дықтан|діктен)?)$|^еді$/u;

/** Stretches named from now (`өткен жылдары` in past years, `алдағы күндері` in the coming days): a past or future reference. */
export const VAGUE_STRETCH_WORDS = new Map<string, string>([
  ['өткен', 'PAST_REF'],
  ['бұрынғы', 'PAST_REF'],
  ['алдағы', 'FUTURE_REF'],
  ['келер', 'FUTURE_REF'],
  ['келесі', 'FUTURE_REF'],
]);
export const VAGUE_STRETCH_UNITS = ['күндері', 'апталары', 'айлары', 'жылдары'];

/** Words after a number with a case ending that make it a count, not a year (`1500-ге жуық адам`). */
export const COUNT_AFTER = /^\s+(?:жуық|астам|аса|артық|кем|шамасында|адам|дана|тонна|шақырым|км|метр|теңге|доллар)/u;
