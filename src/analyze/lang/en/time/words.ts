/**
 * English words of time, as data. `patterns.ts` builds its regular expressions from these tables
 * and the rules read values from them.
 */

import type { Season, TimeUnit } from '../../../time/values.ts';
import type { TimexMod } from '../../../types.ts';
import { EN_CARDINAL_WORDS } from '../number-words.ts';

/** Month names and their usual abbreviations → month number. */
export const MONTHS: Record<string, number> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  'Jan.': 1,
  'Feb.': 2,
  'Mar.': 3,
  'Apr.': 4,
  'Jun.': 6,
  'Jul.': 7,
  'Aug.': 8,
  'Sep.': 9,
  'Sept.': 9,
  'Oct.': 10,
  'Nov.': 11,
  'Dec.': 12,
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

export const SEASONS: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

export const WEEKDAYS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};

/** Cardinal number words; "a"/"an" count as one ("a year", "an hour"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...EN_CARDINAL_WORDS,
  thousand: 1000,
  dozen: 12,
  half: 0.5,
  couple: 2,
};

/** Words for an unknown count: "a few years" → PXY. */
export const VAGUE_COUNTS = ['a few', 'few', 'several', 'many', 'some', 'a couple of', 'numerous'];

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
  thirtieth: 30,
  'thirty-first': 31,
};

/** Unit words (singular, plural, adjective forms) → unit. */
export const UNITS: Record<string, TimeUnit> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  millennium: 'millennium',
  millennia: 'millennium',
  millenniums: 'millennium',
};

/** Position modifiers before a date: "early 1990s", "the end of 1958", "mid-August". */
export const POSITION_MODS: Record<string, TimexMod | undefined> = {
  early: 'START',
  'early part of': 'START',
  'beginning of': 'START',
  'start of': 'START',
  'dawn of': 'START',
  'early in': 'START',
  'beginning in': 'START',
  mid: 'MID',
  middle: 'MID',
  'middle of': 'MID',
  'mid in': 'MID',
  late: 'END',
  'late in': 'END',
  'end of': 'END',
  'close of': 'END',
  'latter part of': 'END',
  'rest of': undefined,
  'remainder of': undefined,
};

/** Quantity modifiers before a duration or a date: "more than two thousand years", "about 1900". */
export const QUANTITY_MODS: Record<string, TimexMod> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  circa: 'APPROX',
  'ca.': 'APPROX',
  'c.': 'APPROX',
  some: 'APPROX',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'upwards of': 'MORE_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  almost: 'LESS_THAN',
  nearly: 'LESS_THAN',
  'just under': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
};

/** Words that point at the present or the past/future in general, TIMEX2-style. */
export const REFERENCE_WORDS: Record<string, string> = {
  now: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  today: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'present day': 'PRESENT_REF',
  'the present day': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'at this time': 'PRESENT_REF',
  recent: 'PAST_REF',
  recently: 'PAST_REF',
  former: 'PAST_REF',
  formerly: 'PAST_REF',
  'the past': 'PAST_REF',
  'the time being': 'PRESENT_REF',
  future: 'FUTURE_REF',
  'the future': 'FUTURE_REF',
};

/** Regular sets: "daily", "every year". */
export const SET_WORDS: Record<string, string> = {
  daily: 'XXXX-XX-XX',
  everyday: 'XXXX-XX-XX',
  nightly: 'XXXX-XX-XX',
  weekly: 'XXXX-WXX',
  monthly: 'XXXX-XX',
  annually: 'XXXX',
  yearly: 'XXXX',
  annual: 'XXXX',
  quarterly: 'XXXX-QX',
};

/** Parts of the day → TIMEX time-of-day code. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  'night-time': 'NI',
  midnight: '24:00',
  noon: '12:00',
  dawn: 'MO',
  dusk: 'EV',
};

/** Fixed-date holidays → MM-DD. */
export const HOLIDAYS: Record<string, string> = {
  Christmas: '12-25',
  'Christmas Day': '12-25',
  'Christmas Eve': '12-24',
  "New Year's Day": '01-01',
  "New Year's Eve": '12-31',
  'Independence Day': '07-04',
  'Bastille Day': '07-14',
  'Armistice Day': '11-11',
  Halloween: '10-31',
  'D-Day': '06-06',
  // Saints' and church days by which chronicles date battles and treaties.
  "St Crispin's Day": '10-25',
  "St. Crispin's Day": '10-25',
  "St Bartholomew's Day": '08-24',
  "St. Bartholomew's Day": '08-24',
  "St Valentine's Day": '02-14',
  "St Patrick's Day": '03-17',
  "St George's Day": '04-23',
  "St Andrew's Day": '11-30',
  "St John's Day": '06-24',
  "All Saints' Day": '11-01',
  Michaelmas: '09-29',
  Candlemas: '02-02',
  Epiphany: '01-06',
  'Boxing Day': '12-26',
  'Victory Day': '05-09',
  'VE Day': '05-08',
  'V-E Day': '05-08',
  'VJ Day': '08-15',
  'V-J Day': '08-15',
  'May Day': '05-01',
  'Ides of March': '03-15',
};

/** Units that count several of another unit: a fortnight is two weeks. */
export const UNIT_FACTORS: Record<string, number> = { fortnight: 2, fortnights: 2 };

/** Feasts whose date moves from year to year: tagged, valued to their year when one is known. */
export const MOVABLE_FEASTS = [
  'Easter',
  'Ramadan',
  'Lunar New Year',
  'Passover',
  'Hanukkah',
  'Thanksgiving',
  'Lent',
  'Pentecost',
  'Eid al-Fitr',
  'Eid al-Adha',
  'Nowruz',
  'Navruz',
];

/** Named seasons of a climate or a campaign ("the dry season"): dates with no calendar value. */
export const NAMED_SEASONS = [
  'dry',
  'rainy',
  'wet',
  'monsoon',
  'campaigning',
  'fighting',
  'harvest',
  'planting',
  'holiday',
  'tourist',
];

/**
 * Words that put a clause in the future ("will vote on Thursday", "plans to reopen on Friday") or
 * the past ("said Tuesday", "blocked … on Friday"): a weekday, month or quarter with no year is the
 * nearest one on that side of the document date. Regular past forms (-ed) count as past unless
 * they are among the future-looking ones ("expected to", "scheduled for").
 */
export const FUTURE_MARKERS = [
  'will',
  "'ll",
  'shall',
  'would',
  'plan',
  'plans',
  'planned',
  'expects',
  'expect',
  'expected',
  'scheduled',
  'due',
  'set to',
  'going to',
  'aims',
  'intends',
  'next',
  'upcoming',
  'coming',
  'forecast',
  'forecasts',
];
export const PAST_MARKERS = [
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'fell',
  'rose',
  'grew',
  'began',
  'came',
  'went',
  'took',
  'made',
  'met',
  'won',
  'lost',
  'hit',
  'struck',
  'left',
  'led',
  'held',
  'paid',
  'sold',
  'bought',
  'spent',
  'saw',
  'gave',
  'got',
  'ago',
  'last',
];

/** Quarters by their ordinal ("the fourth quarter", "final-quarter"). */
export const QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** "in recent days", "recent weeks": a recent stretch of no stated length (TimeML: PXD, PXW …). */
export const RECENT_UNITS: Record<string, string> = {
  days: 'PXD',
  weeks: 'PXW',
  months: 'PXM',
  years: 'PXY',
  decades: 'PXDE',
};
