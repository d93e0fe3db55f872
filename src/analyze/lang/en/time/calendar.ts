/** Reads the parts of an English calendar expression ("the end of September 1940") into a value. */

import { romanToInt } from '../../../time/roman.ts';
import {
  centuryValue,
  decadeValue,
  formatDate,
  formatYear,
  millenniumValue,
  type Season,
} from '../../../time/values.ts';
import type { TimexMod } from '../../../types.ts';
import { MONTHS, ORDINAL_WORDS, POSITION_MODS, SEASONS } from './words.ts';

export interface CalendarParts {
  mod?: TimexMod;
  /** "first half of" / "second half of" → H1/H2. */
  half?: 1 | 2;
  year?: number;
  /** The year is relative: "of that year" (0), "of the following year" (+1), "next year" (+1). */
  relativeYear?: number;
  month?: number;
  day?: number;
  season?: Season;
  decade?: number;
  century?: { ordinal: number; bc: boolean; millennium: boolean };
  era?: 'BC' | 'AD';
}

const PREFIX_RE =
  /^(?:the\s+)?(?:very\s+)?(end of|beginning of|start of|middle of|rest of|remainder of|close of|dawn of|latter part of|early part of|first half of|second half of|early in|late in|beginning in|mid in|early|mid|late|sometime after|sometime before|sometime in|shortly after|shortly before|about|around|circa|ca\.|c\.|approximately)(?:\s*-\s*|\s+)/i;
const PREFIX_MODS: Record<string, TimexMod> = {
  'sometime after': 'AFTER',
  'shortly after': 'AFTER',
  'sometime before': 'BEFORE',
  'shortly before': 'BEFORE',
  about: 'APPROX',
  around: 'APPROX',
  circa: 'APPROX',
  'ca.': 'APPROX',
  'c.': 'APPROX',
  approximately: 'APPROX',
};
const MONTH_RE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?/;
const SEASON_RE = /\b(spring|summer|autumn|fall|winter)\b/i;
const ERA_RE = /(B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![A-Za-z])/;
const ERA_YEAR_RE = /(\d{1,4})\s?(B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![A-Za-z])|(?:AD|A\.D\.)\s?(\d{1,4})/;
const YEAR4_RE = /(?<![\d,.])(1\d{3}|20\d{2})(?!\d)/;
const DECADE_RE = /(?:(\d{1,3})0s|'(\d)0s)/;
const CENTURY_RE = /(\S+?)(?:\s*-\s*|\s+)(century|millennium)/i;
const DAY_RE = /(?<![\d:])([0-3]?\d)(?:st|nd|rd|th)?(?![\d:])/;
const RELATIVE_YEAR_RE = /\b(that|the same|this|the following|the next|next|the previous|the preceding|last)\s+year\b/i;

/** Splits a matched calendar expression into its parts (no anchoring yet). */
export function parseCalendar(span: string): CalendarParts {
  const parts = readParts(span);
  // Halves exist as values (H1/H2) for years only; half a decade or century is its start or end.
  if (parts.half && (parts.century || parts.decade !== undefined)) {
    parts.mod = parts.half === 1 ? 'START' : 'END';
    parts.half = undefined;
  }
  return parts;
}

function readParts(span: string): CalendarParts {
  const parts: CalendarParts = {};
  let rest = span;
  const prefix = PREFIX_RE.exec(rest);
  if (prefix) {
    const key = (prefix[1] as string).toLowerCase().replace(/\s+/g, ' ');
    if (key === 'first half of') parts.half = 1;
    else if (key === 'second half of') parts.half = 2;
    else parts.mod = PREFIX_MODS[key] ?? POSITION_MODS[key];
    rest = rest.slice(prefix[0].length);
  }
  const rel = RELATIVE_YEAR_RE.exec(rest);
  if (rel) {
    const w = (rel[1] as string).toLowerCase();
    parts.relativeYear = /following|next/.test(w) ? 1 : /previous|preceding|last/.test(w) ? -1 : 0;
    rest = rest.slice(0, rel.index);
  }
  const century = CENTURY_RE.exec(rest);
  if (century) {
    const word = (century[1] as string).replace(/^the\s+/i, '').toLowerCase();
    const ordinal =
      ORDINAL_WORDS[word] ?? (/^\d/.test(word) ? Number.parseInt(word, 10) : romanToInt(century[1] as string));
    if (ordinal) {
      parts.century = {
        ordinal,
        bc: /^B/.test(ERA_RE.exec(rest.slice(century.index))?.[1] ?? ''),
        millennium: /millennium/i.test(century[2] as string),
      };
    }
    return parts;
  }
  const eraYear = ERA_YEAR_RE.exec(rest);
  let yearText: RegExpExecArray | null = null;
  if (eraYear) {
    const bc = /^B/.test(eraYear[2] ?? '');
    parts.era = bc ? 'BC' : 'AD';
    parts.year = Number(eraYear[1] ?? eraYear[3]) * (bc ? -1 : 1);
    yearText = eraYear;
  }
  const decade = DECADE_RE.exec(rest);
  if (decade) {
    parts.decade = decade[1] !== undefined ? Number(decade[1]) * 10 : 1900 + Number(decade[2]) * 10;
    if (/^B/.test(ERA_RE.exec(rest.slice(decade.index))?.[1] ?? '')) parts.decade = -parts.decade;
    parts.year = undefined;
    return parts;
  }
  if (!yearText) {
    yearText = YEAR4_RE.exec(rest);
    if (yearText) parts.year = Number(yearText[1]);
  }
  const month = MONTH_RE.exec(rest);
  if (month) parts.month = MONTHS[(month[1] as string).replace(/\.$/, '')];
  const season = SEASON_RE.exec(rest);
  if (season) parts.season = SEASONS[(season[1] as string).toLowerCase()];
  if (month) {
    // The day is the number that is not the year.
    const withoutYear = yearText
      ? rest.slice(0, yearText.index) + ' '.repeat(yearText[0].length) + rest.slice(yearText.index + yearText[0].length)
      : rest;
    const day = DAY_RE.exec(withoutYear);
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) parts.day = Number(day[1]);
  }
  return parts;
}

/** The TIMEX3 value of calendar parts whose year is known (or `XXXX` when it is not). */
export function calendarValue(p: CalendarParts, year: number | undefined): string {
  if (p.century) {
    return p.century.millennium
      ? millenniumValue(p.century.ordinal, p.century.bc)
      : centuryValue(p.century.ordinal, p.century.bc);
  }
  if (p.decade !== undefined) {
    // "the 1800s" reads as a century; "the 2000s" is the decade people mean by it.
    if (p.decade % 100 === 0 && Math.abs(p.decade) >= 1000 && p.decade < 2000)
      return `${p.decade < 0 ? 'BC' : ''}${String(Math.abs(p.decade) / 100).padStart(2, '0')}`;
    return decadeValue(p.decade);
  }
  const y = year === undefined ? 'XXXX' : formatYear(year);
  if (year === undefined) {
    if (p.month !== undefined)
      return `XXXX-${String(p.month).padStart(2, '0')}${p.day ? `-${String(p.day).padStart(2, '0')}` : ''}`;
    if (p.season) return `XXXX-${p.season}`;
    return y;
  }
  if (p.half) return `${y}-H${p.half}`;
  return formatDate({
    year,
    month: p.month,
    day: p.month !== undefined ? p.day : undefined,
    season: p.month === undefined ? p.season : undefined,
  });
}
