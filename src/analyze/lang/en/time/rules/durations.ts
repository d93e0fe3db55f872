import { DASH_CLASS } from '../../../../time/dashes.ts';
import type { Rule } from '../../../../time/rule.ts';
import { durationValue, type TimeUnit } from '../../../../time/values.ts';
import { NUMBER_SOURCE } from '../numbers.ts';
import { COUNT, QUANTITY_PREFIX, SEASON, UNIT, WEEKDAY } from '../patterns.ts';
import { SEASONS, SET_WORDS, UNIT_FACTORS, UNITS, WEEKDAYS } from '../words.ts';
import { candidate, countOf, extendLeft, quantityMod, WORD_START, whole } from './build.ts';

/** Durations: "three years", "two and a half decades", "more than two thousand years", "24-year", "a few days", "days". */
const DURATION_PREFIX = new RegExp(
  `${WORD_START}(?:(?:[Tt]he|[Aa])\\s+(?:(?:next|last|past|previous|following|first|final|coming|intervening|succeeding)\\s+)?)?(${QUANTITY_PREFIX})?(?:(?:[Jj]ust|[Aa]\\s+full|[Aa]n\\s+additional|[Aa]nother)\\s+)?$`,
);

/** Lengths of time: "three years", "more than two weeks", "the past decade", "a three-day battle", "decades-long". */
export const durationRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:[Tt]he\\s+(?:past|last)\\s+(${UNIT})(?!\\s+of)|(?:(${COUNT})(?:\\s*-\\s*|\\s+)(?:(?:more|full|long|bloody|additional|further|previous|consecutive)\\s+)?(${UNIT})(\\s*-\\s*long|\\s+long|\\s+period|\\s+old|\\s+of\\s+age)?|(${UNIT})\\s*-\\s*long))(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, pastUnit, count, unitWord, suffix, longUnit] = m;
    // "more than", "the next", "a full": words before the count that belong to the span.
    const pre = pastUnit ? null : extendLeft(text, m.index, DURATION_PREFIX);
    const q = pre?.[1];
    const spanStart = m.index - (pre?.[0].length ?? 0);
    const unit = UNITS[((pastUnit ?? unitWord ?? longUnit) as string).toLowerCase()] as TimeUnit;
    if (!unit || (unit === 'second' && /^an?$/i.test(count ?? ''))) return null;
    // "a Day of Remembrance": an article before a capitalised unit is a name, not a duration.
    if (/^an?$/i.test(count ?? '') && /^[A-Z]/.test(unitWord ?? '')) return null;
    // "1800 hours" is a military clock time (timesRule), not eighteen hundred hours.
    if (unit === 'hour' && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(count ?? '')) return null;
    // "decades-long", "a months-long siege": a plural unit names an unknown number of them, and the article
    // belongs to the noun that follows, not to the length.
    const word = (pastUnit ?? unitWord ?? longUnit) as string;
    const pluralLong = /s$/i.test(word) && (longUnit !== undefined || /^an?$/i.test(count ?? ''));
    if (/^an?$/i.test(count ?? '') && (pluralLong || /^\s*-\s*long$/.test(suffix ?? ''))) {
      const unitStart = m.index + m[0].indexOf(word);
      const value = durationValue(pluralLong ? null : 1, unit);
      return candidate(unitStart, m.index + m[0].length, () => [
        { start: unitStart, end: m.index + m[0].length, type: 'DURATION', value, anchors: false },
      ]);
    }
    const counted = pluralLong ? null : longUnit || pastUnit ? 1 : countOf(count as string);
    const factor = UNIT_FACTORS[((pastUnit ?? unitWord ?? longUnit) as string).toLowerCase()] ?? 1;
    const n = counted === null ? null : counted * factor;
    if (n !== null && n <= 0) return null;
    const mod = quantityMod(q);
    // "a three-day battle": the article belongs to the noun after the adjective ("a sixty-day period" keeps it).
    const article = /^(an?\s+)\S+?\s*-\s*[A-Za-z]+$/i.exec(m[0]);
    const start = article && !pre && !suffix ? m.index + (article[1] as string).length : spanStart;
    return candidate(start, m.index + m[0].length, () => [
      {
        start,
        end: m.index + m[0].length,
        type: 'DURATION',
        value: durationValue(n, unit),
        mod,
        anchors: false,
      },
    ]);
  },
};

/** Unquantified plural durations: "for days", "the following days", "weeks", "the intervening years". */
export const pluralDurationRule: Rule = {
  re: /(?:[Tt]he\s+(?:(?:next|last|past|previous|following|coming|intervening|succeeding|early|final|first)\s+)?)?(?<![\d-]\s?)\b(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:old|of age|later|earlier|ago|\d))/g,
  make(m) {
    const unit = UNITS[(m[1] as string).toLowerCase()] as TimeUnit;
    return whole(m, () => [
      {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DURATION',
        value: durationValue(null, unit),
        anchors: false,
      },
    ]);
  },
};

/** Sets: "every three years", "every year", "each summer", "daily", "per month". */
export const setRule: Rule = {
  re: new RegExp(
    `\\b(?:([Ee]very|[Ee]ach|[Pp]er)\\s+(?:(${COUNT})\\s+)?(${UNIT}|${WEEKDAY}|${SEASON})|(${Object.keys(SET_WORDS).join('|')}|${Object.keys(
      SET_WORDS,
    )
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join('|')})|(${WEEKDAY})s)(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, quant, count, what, word, weekdays] = m;
    return whole(m, () => {
      const start = m.index;
      const end = start + m[0].length;
      if (word) {
        // "annual" is an adjective ("annual report"): only a set when nothing else is meant.
        if (
          word.toLowerCase() === 'annual' &&
          !/^\s+(?:basis|event|celebration|holiday|commemoration)/.test(text.slice(end, end + 20))
        )
          return [];
        return [{ start, end, type: 'SET', value: SET_WORDS[word.toLowerCase()] as string, anchors: false }];
      }
      if (weekdays)
        return [
          {
            start,
            end,
            type: 'SET',
            value: `XXXX-WXX-${(WEEKDAYS[weekdays.toLowerCase()] as number) + 1}`,
            anchors: false,
          },
        ];
      const w = (what as string).toLowerCase();
      if (w in WEEKDAYS)
        return [{ start, end, type: 'SET', value: `XXXX-WXX-${(WEEKDAYS[w] as number) + 1}`, anchors: false }];
      if (w in SEASONS) return [{ start, end, type: 'SET', value: `XXXX-${SEASONS[w]}`, anchors: false }];
      const unit = UNITS[w] as TimeUnit;
      const n = count ? countOf(count) : 1;
      // "per day" is a rate, written as the recurring calendar unit (TIMEX2).
      if (/^per$/i.test(quant ?? '')) {
        const perUnit: Partial<Record<TimeUnit, string>> = {
          day: 'XXXX-XX-XX',
          week: 'XXXX-WXX',
          month: 'XXXX-XX',
          year: 'XXXX',
        };
        return [{ start, end, type: 'SET', value: perUnit[unit] ?? durationValue(1, unit), anchors: false }];
      }
      return [{ start, end, type: 'SET', value: durationValue(n ?? null, unit), anchors: false }];
    });
  },
};

/** Ages: "at age seventy-nine", "aged 22" → the number as a duration in years. */
export const ageRule: Rule = {
  re: new RegExp(`\\b(?:[Aa]t\\s+(?:the\\s+)?age|[Aa]ged)\\s+(?:of\\s+)?(${COUNT})(?![\\w-])`, 'g'),
  make(m) {
    const n = countOf(m[1] as string);
    if (n === null || n < 1 || n > 130) return null;
    const start = m.index + m[0].length - (m[1] as string).length;
    return candidate(start, m.index + m[0].length, () => [
      { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue(n, 'year'), anchors: false },
    ]);
  },
};

/** "twelve to eighteen months", "ten or fifteen years": the first number takes the unit of the second. */
export const countRangeRule: Rule = {
  re: new RegExp(
    `\\b(${NUMBER_SOURCE})(\\s+(?:to|or|and)\\s+|\\s?${DASH_CLASS}\\s?)(?:${NUMBER_SOURCE})\\s+(${UNIT})`,
    'g',
  ),
  make(m) {
    const first = m[1] as string;
    if (/^an?$/i.test(first)) return null;
    const n = countOf(first);
    const unit = UNITS[(m[3] as string).toLowerCase()] as TimeUnit;
    if (n === null || !unit) return null;
    return candidate(m.index, m.index + first.length, () => [
      { start: m.index, end: m.index + first.length, type: 'DURATION', value: durationValue(n, unit), anchors: false },
    ]);
  },
};

/** "a long time", "a short period of time". */
export const vagueSpanRule: Rule = {
  re: /\b(?:[Aa]|[Tt]he)\s+(long|short|brief)\s+(?:period\s+of\s+)?time\b/g,
  make: (m) =>
    whole(m, () => [
      {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DURATION',
        value: m[1] === 'long' ? 'PXY' : 'PXD',
        anchors: false,
      },
    ]),
};

/** "twice a year", "three times a month", "year after year": how often something recurs. */
export const frequencyRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:(?:[Oo]nce|[Tt]wice|[Tt]hrice|(?:${COUNT})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT})|([Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)\\s+(?:after|by)\\s+(day|week|month|year))(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const [, perUnit, repeated, again] = m;
    if (repeated && repeated.toLowerCase() !== again) return null;
    const unit = UNITS[((perUnit ?? repeated) as string).toLowerCase()] as TimeUnit | undefined;
    if (!unit) return null;
    return whole(m, () => [
      { start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unit), anchors: false },
    ]);
  },
};
