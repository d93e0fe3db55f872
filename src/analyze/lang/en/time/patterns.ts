/**
 * Regular-expression sources for English temporal expressions, built once from the word tables.
 * Upper/lower case is spelled out where it matters: month names only match capitalised, so the
 * verb "may" and the noun "march" stay out.
 */

import { DASH_CLASS } from '../../../time/dashes.ts';
import { ROMAN_SOURCE } from '../../../time/roman.ts';
import { EN_MONTH_NAMES } from '../calendar.ts';
import { NUMBER_SOURCE } from './numbers.ts';
import { DAY_PARTS, ORDINAL_WORDS, QUANTITY_MODS, SEASONS, UNITS, WEEKDAYS } from './words.ts';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]): string =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})`;
/** "early" → "[Ee]arly": a word that may open a sentence. */
const cap = (w: string): string =>
  /^[a-z]/.test(w) ? `[${w[0]?.toUpperCase()}${w[0]}]${escapeRe(w.slice(1))}` : escapeRe(w);
const capAlt = (words: string[]): string =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(cap)
    .join('|')})`;

const FULL_MONTHS = EN_MONTH_NAMES;
const ABBR_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

const FULL_MONTH = `(?:${FULL_MONTHS.join('|')})(?![A-Za-z])`;
/** A month name, or an abbreviation when a number follows ("Oct 10, 1945"). */
export const MONTH = `(?:${FULL_MONTHS.join('|')}|(?:${ABBR_MONTHS.join('|')})\\.?(?=\\s*\\d))(?![A-Za-z])`;
export const ERA = '(?:B\\.C\\.E\\.|B\\.C\\.|BCE|BC|A\\.D\\.|AD|C\\.E\\.|CE)(?![A-Za-z])';
/** A year: any number with an era, "AD 33", or a bare four-digit year 1000–2099. */
export const YEAR = `(?:\\d{1,4}\\s?${ERA}|(?:AD|A\\.D\\.)\\s?\\d{1,4}(?!\\d)|(?<![\\d,.$£€#])(?:1\\d{3}|20\\d{2})(?!\\d|[,.]\\d))`;
export const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])';
const SEASON_WORD = capAlt(Object.keys(SEASONS).filter((s) => s !== 'fall'));
export const SEASON = `(?:${SEASON_WORD}|[Ff]all|[Aa]utumn)(?![A-Za-z])`;

/** Position and quantity modifiers that a date or duration may carry inside its span. */
const POSITION_PREFIX = `(?:(?:[Tt]he\\s+)?(?:(?:[Vv]ery\\s+)?(?:${capAlt([
  'end',
  'beginning',
  'start',
  'middle',
  'rest',
  'remainder',
  'close',
  'dawn',
  'latter part',
  'early part',
  'first half',
  'second half',
])})\\s+of|${capAlt(['early in', 'late in', 'beginning in', 'mid in', 'early', 'mid', 'late', 'sometime after', 'sometime before', 'sometime in', 'shortly after', 'shortly before', 'about', 'around', 'circa', 'ca.', 'c.', 'approximately'])})(?:\\s*-\\s*|\\s+)(?:the\\s+)?)`;

export const QUANTITY_PREFIX = `(?:${capAlt(Object.keys(QUANTITY_MODS))}\\s+)`;

export const ORDINAL = `(?:${alt(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th)|${ROMAN_SOURCE})`;
export const UNIT = `${capAlt(Object.keys(UNITS))}(?![A-Za-z])`;
const VAGUE = '(?:[Aa]\\s+single|[Aa]\\s+few|[Aa]\\s+couple\\s+of|[Ff]ew|[Ss]everal|[Mm]any|[Nn]umerous)';
export const COUNT = `(?:${NUMBER_SOURCE}|${VAGUE})`;
export const WEEKDAY = `(?:${Object.keys(WEEKDAYS)
  .map((d) => d[0]?.toUpperCase() + d.slice(1))
  .join('|')})`;
export const DAY_PART = alt(Object.keys(DAY_PARTS));

/** Calendar dates of any precision, with an optional position/approximation prefix. */
export const CALENDAR = `${POSITION_PREFIX}?(?:${[
  // 20 July 1956, 3rd March 1990, 15 October, 1969
  `${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
  // the 29th of August (1991)
  `(?:[Tt]he\\s+)?${DAY}\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?`,
  // July 25 of that year, November of the same year
  `${MONTH}(?:\\s+${DAY})?\\s+of\\s+(?:that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|this|next|last)\\s+year`,
  // May 1940, February of 1940, October, 1939, April 480 BC
  `${MONTH}(?:\\s+of|,)?\\s+${YEAR}`,
  // September 1, 1939, May 4
  `${MONTH}\\s+${DAY}(?:\\s*,?\\s*${YEAR})?`,
  // the summer of 1963, summer 2007, the spring of next year
  `(?:[Tt]he\\s+)?${SEASON}(?:\\s+of)?,?\\s+(?:${YEAR}(?:${DASH_CLASS}\\d{2}(?!\\d))?|(?:next|last|that|the\\s+same|the\\s+following|the\\s+previous)\\s+year)`,
  // the 1990s, the late 1960s, the 470s BC, the '60s
  `(?:[Tt]he\\s+)?(?:\\d{1,3}0s|'\\d0s)(?:\\s?${ERA})?`,
  // the XV century, the 4th century BC, the twenty-first century, the early 21st century
  `(?:[Tt]he\\s+)?${ORDINAL}(?:\\s*-\\s*|\\s+)(?:century|millennium)(?:\\s?${ERA})?`,
  // in 19 century: a bare number before the singular is the ordinal (a length would be "19 centuries")
  `(?<=\\b(?:[Ii]n|[Oo]f|[Bb]y)\\s)\\d{1,2}\\s+century(?![A-Za-z])`,
  // the years 1955, the year 2000
  `[Tt]he\\s+years?\\s+${YEAR}(?!\\s?${DASH_CLASS}\\s?\\d)`,
  YEAR,
  // April, mid-September, the summer, Early in spring (the year comes from the narrative)
  FULL_MONTH,
  `(?:[Tt]he\\s+)?${SEASON}`,
].join('|')})`;
