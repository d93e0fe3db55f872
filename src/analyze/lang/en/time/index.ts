/**
 * English temporal tagger: finds dates, times, durations, sets and ranges and normalises them to
 * TIMEX3 values, resolving relative expressions against the narrative anchor or the document date.
 */
import { parseDateValue } from '../../../time/anchor.ts';
import { DASH_CLASS } from '../../../time/dashes.ts';
import { addIntervals } from '../../../time/ranges.ts';
import type { Resolved, Rule, TimeLanguage } from '../../../time/rule.ts';
import { formatDate } from '../../../time/values.ts';
import { isMonthNotWord } from './guards.ts';
import {
  ADJACENT_DAY_KEY_WORDS,
  AGE_KEY_WORDS,
  ANNIVERSARY_KEY_WORDS,
  CENTURIES_KEY_WORDS,
  COUNTED_UNIT_KEY_WORDS,
  COUNTED_UNIT_OR_DAY_PART_KEY_WORDS,
  DAY_PART_KEY_WORDS,
  FEAST_KEY_WORDS,
  PERIOD_KEY_WORDS,
  QUARTER_KEY_WORDS,
  RECENT_KEY_WORDS,
  REFERENCE_KEY_WORDS,
  RELATIVE_UNIT_KEY_WORDS,
  SEASON_KEY_WORDS,
  SET_KEY_WORDS,
  TIME_KEY_WORDS,
  WEEK_KEY_WORDS,
  WEEKDAY_KEY_WORDS,
} from './key-words.ts';
import { WEEKDAY } from './patterns.ts';
import { fiscalYearRule, newsQuarterRule, quarterReferenceRule } from './rules/business.ts';
import {
  anniversaryRule,
  calendarRule,
  centuryListRule,
  centuryQuarterRule,
  dayListRule,
  earlyYearRule,
  feastRule,
  holidayRule,
  namedSeasonRule,
  quarterRule,
  weekdayRule,
  weekOfMonthRule,
  yearRangeRule,
} from './rules/dates.ts';
import {
  ageRule,
  countRangeRule,
  durationRule,
  frequencyRule,
  pluralDurationRule,
  setRule,
  vagueSpanRule,
} from './rules/durations.ts';
import {
  adjacentDayRule,
  eventShiftRule,
  ordinalUnitRule,
  periodRule,
  positionOfUnitRule,
  recentRule,
  referenceRule,
  relativeRule,
  shiftRule,
  vagueShiftRule,
} from './rules/relative.ts';
import {
  dayPartOfDateRule,
  dayPartRule,
  militaryTimeRule,
  namedClockRule,
  splitNightRule,
  timeRule,
} from './rules/times.ts';

/** A rule that runs only around its key words (see key-words.ts). */
const keyed = (rule: Rule, keyWords: readonly string[]): Rule => ({ ...rule, keyWords });

const RULES: readonly Rule[] = [
  calendarRule,
  keyed(centuryQuarterRule, QUARTER_KEY_WORDS),
  fiscalYearRule,
  keyed(newsQuarterRule, QUARTER_KEY_WORDS),
  keyed(quarterReferenceRule, QUARTER_KEY_WORDS),
  keyed(weekOfMonthRule, WEEK_KEY_WORDS),
  yearRangeRule,
  keyed(shiftRule, COUNTED_UNIT_KEY_WORDS),
  keyed(relativeRule, RELATIVE_UNIT_KEY_WORDS),
  keyed(durationRule, COUNTED_UNIT_KEY_WORDS),
  keyed(frequencyRule, COUNTED_UNIT_KEY_WORDS),
  keyed(pluralDurationRule, COUNTED_UNIT_KEY_WORDS),
  keyed(setRule, SET_KEY_WORDS),
  keyed(referenceRule, REFERENCE_KEY_WORDS),
  keyed(recentRule, RECENT_KEY_WORDS),
  keyed(periodRule, PERIOD_KEY_WORDS),
  timeRule,
  militaryTimeRule,
  keyed(centuryListRule, CENTURIES_KEY_WORDS),
  earlyYearRule,
  keyed(dayPartOfDateRule, DAY_PART_KEY_WORDS),
  keyed(splitNightRule, DAY_PART_KEY_WORDS),
  keyed(dayPartRule, DAY_PART_KEY_WORDS),
  keyed(namedClockRule, DAY_PART_KEY_WORDS),
  keyed(weekdayRule, WEEKDAY_KEY_WORDS),
  holidayRule,
  keyed(positionOfUnitRule, COUNTED_UNIT_KEY_WORDS),
  keyed(namedSeasonRule, SEASON_KEY_WORDS),
  keyed(feastRule, FEAST_KEY_WORDS),
  keyed(ordinalUnitRule, COUNTED_UNIT_OR_DAY_PART_KEY_WORDS),
  keyed(eventShiftRule, COUNTED_UNIT_KEY_WORDS),
  dayListRule,
  keyed(ageRule, AGE_KEY_WORDS),
  keyed(countRangeRule, COUNTED_UNIT_KEY_WORDS),
  keyed(vagueShiftRule, COUNTED_UNIT_KEY_WORDS),
  keyed(vagueSpanRule, TIME_KEY_WORDS),
  keyed(anniversaryRule, ANNIVERSARY_KEY_WORDS),
  keyed(quarterRule, QUARTER_KEY_WORDS),
  keyed(adjacentDayRule, ADJACENT_DAY_KEY_WORDS),
];

/** Years written in a range keep the second one's year when the first has none ("July 1 to July 3, 1863"). */
function shareRangeYear(text: string, items: Resolved[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i] as Resolved;
    const b = items[i + 1] as Resolved;
    if (a.type !== 'DATE' || b.type !== 'DATE' || a.explicitYear || !b.explicitYear) continue;
    if (!RANGE_JOINER.test(text.slice(a.end, b.start))) continue;
    const pa = parseDateValue(a.value.replace(/^XXXX/, '2000'));
    const pb = parseDateValue(b.value);
    if (!pa || !pb || pa.granularity === 'year') continue;
    a.value = formatDate({ ...pa, year: pb.year, day: pa.granularity === 'day' ? pa.day : undefined });
  }
}

// "the Thirty Years' War", "the Six-Day War": a length that names a war is part of a name.
const NAMES_A_WAR = /^'?\s+Wars?\b/;
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`);
const BEFORE_DAY = /^,?\s+$/;

/**
 * Drops what only looks like a time inside a name, and joins a weekday to the date it introduces
 * ("Monday, 27 July 1953" is one date, as TIMEX2 annotates it).
 */
function tidyEnglish(text: string, items: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (const r of items) {
    if (r.type === 'DURATION' && NAMES_A_WAR.test(text.slice(r.end, r.end + 8))) continue;
    const prev = out[out.length - 1];
    if (
      prev &&
      r.type === 'DATE' &&
      parseDateValue(r.value)?.granularity === 'day' &&
      WEEKDAY_ONLY.test(text.slice(prev.start, prev.end)) &&
      BEFORE_DAY.test(text.slice(prev.end, r.start))
    ) {
      out[out.length - 1] = { ...r, start: prev.start };
      continue;
    }
    out.push(r);
  }
  return out;
}

const RANGE_JOINER = new RegExp(`^(?:\\s?${DASH_CLASS}\\s?|\\s?/\\s?|\\s+(?:to|and|until|till|through)\\s+)$`);
const RANGE_OPENER = /\b(?:[Ff]rom|[Bb]etween)\s+$/;

/**
 * Range points share a written year, and neighbouring points joined by a range word ("from 2013
 * to 2022", "1939–45") also give an INTERVAL.
 */
function englishRanges(text: string, resolved: Resolved[]): Resolved[] {
  const points = resolved.filter((r) => r.type !== 'INTERVAL');
  shareRangeYear(text, points);
  const intervals = resolved.filter((r) => r.type === 'INTERVAL');
  const covered = (r: Resolved) => intervals.some((i) => i.start <= r.start && r.end <= i.end);
  const free = points.filter((r) => !covered(r));
  const withIntervals = addIntervals(
    text,
    free,
    RANGE_JOINER,
    RANGE_OPENER,
    (between) => !new RegExp(DASH_CLASS).test(between),
  );
  return [...withIntervals, ...points.filter(covered), ...intervals];
}

/** English on the temporal engine: TIMEX2 spans as WikiWars annotates them (see `README.md`). */
export const enTime: TimeLanguage = {
  rules: RULES,
  onEqualLength: 'earlier-start',
  keep: isMonthNotWord,
  refiners: [tidyEnglish, englishRanges],
};
