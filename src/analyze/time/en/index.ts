/**
 * English temporal tagger: finds dates, times, durations, sets and ranges and normalises them to
 * TIMEX3 values, resolving relative expressions against the narrative anchor or the document date.
 */
import type { TemporalExpression, TimexMod } from '../../types.ts';
import { parseDateValue, shiftValue, weekday } from '../anchor.ts';
import {
  addIntervals,
  type Candidate,
  proposeCandidates,
  type Resolved,
  type Rule,
  resolveInOrder,
  selectCandidates,
  toExpressions,
} from '../candidates.ts';
import { DASH_CLASS } from '../dashes.ts';
import { durationValue, expandShortYear, formatDate, formatYear, type TimeUnit } from '../values.ts';
import { calendarValue, parseCalendar } from './calendar.ts';
import { NUMBER_SOURCE, parseEnglishNumber } from './numbers.ts';
import {
  CALENDAR,
  COUNT,
  DAY,
  DAY_PART,
  ERA,
  MONTH,
  QUANTITY_PREFIX,
  SEASON,
  UNIT,
  WEEKDAY,
  YEAR,
} from './patterns.ts';
import {
  DAY_PARTS,
  HOLIDAYS,
  MONTHS,
  MOVABLE_FEASTS,
  NAMED_SEASONS,
  ORDINAL_WORDS,
  QUANTITY_MODS,
  REFERENCE_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './words.ts';

const candidate = (start: number, end: number, resolve: Candidate['resolve']): Candidate => ({ start, end, resolve });
const whole = (m: RegExpExecArray, resolve: Candidate['resolve']): Candidate =>
  candidate(m.index, m.index + m[0].length, resolve);
const point = (start: number, end: number, value: string, extra: Partial<Resolved> = {}): Resolved => ({
  start,
  end,
  type: 'DATE',
  value,
  ...extra,
});

// Words after a bare number that show it counts things rather than naming a year.
const COUNTED_NOUN =
  /^\s*(?:-\s*)?(?:men|troops|soldiers|people|persons|civilians|casualties|dead|killed|wounded|prisoners|tanks|aircraft|planes|ships|guns|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|hectares|square|dollars|pounds|rubles|%|percent|per\s?cent|votes|seats|rounds|shells|bombs|sorties|vehicles|horses|rifles|members|inhabitants|refugees|deaths)\b/;
const NOT_A_YEAR_BEFORE =
  /(?:\$|£|€|#|No\.\s?|[Nn]umber\s|[Rr]esolution\s|[Hh]ill\s|[Rr]oute\s|[Ff]light\s|[Pp]age\s|pp?\.\s|[Aa]rticle\s|[Cc]hapter\s|[Hh]eight\s|[Ee]levation\s|[Ll]aw\s|[Ss]ection\s|\d[,.])$/;

/** Guards a bare four-digit number against counts and codes ("1500 soldiers", "Resolution 1483"). */
function looksLikeYear(text: string, start: number, end: number): boolean {
  if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  return !COUNTED_NOUN.test(text.slice(end, end + 24));
}

// A day-month without a year that names a commemorative day recurs every year.
const COMMEMORATIVE =
  /^[^.;]{0,60}?\b(?:Day|Days|anniversary|holiday|celebrated|commemorat\w*|annually|every year|each year)\b/;

/** "fall" is the season only after a time word and not before "of"/"back"/"to" ("the fall of Atlanta"). */
function fallIsSeason(text: string, start: number, end: number): boolean {
  if (/^\s+(?:of|back|to|in|into|on|apart|behind|under|short)\b/.test(text.slice(end, end + 10))) return false;
  return (
    /\b(?:in|during|that|this|next|last|by|until|early|late|the|autumn|and)\s+$/i.test(
      text.slice(Math.max(0, start - 10), start),
    ) || /^the/i.test(text.slice(start, end))
  );
}

// A year that opens a sentence or clause ("In 1941, …", "By 1943 the …") sets the narrative time.
const CLAUSE_LEADING = /(?:^|[.!?:;]\s+|\n\s*|,\s+)(?:[A-Z]?[a-z]+\s+){0,2}(?:the\s+)?$|^\s*$/;

const UNTIL_CLAUSE = /\b(?:until|till|up to)\b[^,.;:()]*$/;

const calendarRule: Rule = {
  re: new RegExp(CALENDAR, 'g'),
  make(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    const parts = parseCalendar(m[0]);
    const bareYear = /^\d{4}$/.test(m[0]);
    if (bareYear && !looksLikeYear(text, start, end)) return null;
    if (/^(?:the\s+)?fall$/i.test(m[0]) && !fallIsSeason(text, start, end)) return null;
    return candidate(start, end, (ctx) => {
      let year = parts.year;
      const explicitYear = year !== undefined || parts.decade !== undefined || parts.century !== undefined;
      const hasCalendar = parts.month !== undefined || parts.season !== undefined;
      if (parts.relativeYear !== undefined) {
        const base = ctx.anchor.year();
        year = base === undefined ? undefined : base + parts.relativeYear;
      } else if (year === undefined && hasCalendar) {
        const annual = parts.day !== undefined && COMMEMORATIVE.test(text.slice(end, end + 80));
        if (!annual) year = ctx.anchor.year();
      } else if (year !== undefined && parts.era === undefined && ctx.anchor.isBC() && year < 1000) {
        year = -year;
      }
      const value = calendarValue(parts, year);
      const weakAnchor = bareYear && !CLAUSE_LEADING.test(text.slice(Math.max(0, start - 30), start));
      // "lasted until the fall of Budapest in February 1945": a look ahead, not the narrative's time.
      const lookAhead = UNTIL_CLAUSE.test(text.slice(Math.max(0, start - 80), start));
      const anchors = !value.startsWith('XXXX') && !lookAhead;
      return [point(start, end, value, { mod: parts.mod, explicitYear, anchors, weakAnchor })];
    });
  },
};

/** Year ranges written with a dash or "to": "2010-2011", "1939–45", "2017- 18", "499-493 BC", "from 499 to 493 BC". */
const yearRangeRule: Rule = {
  re: new RegExp(
    `(?:\\b([Ff]rom|[Bb]etween)\\s+)?(?<![\\d,.$£€#])(\\d{1,4})(\\s?${ERA})?(\\s?${DASH_CLASS}\\s?|\\s+(?:to|and|until|till|through)\\s+)(\\d{1,4})(\\s?${ERA})?(?![\\d%]|[,.]\\d)`,
    'g',
  ),
  make(m, text) {
    const [, opener, first, era1, joiner, second, era2] = m as unknown as string[];
    const a = Number(first);
    const dash = new RegExp(DASH_CLASS).test(joiner as string);
    if (!dash && !opener && !era2) return null;
    if (/and/.test(joiner as string) && !/[Bb]etween/.test(opener ?? '')) return null;
    const hasEra = Boolean(era1 || era2);
    if (!hasEra && (a < 1000 || a > 2099)) return null;
    let b = expandShortYear(a, Number(second), (second as string).length);
    const bc = /^\s?B/.test(era2 ?? era1 ?? '');
    if (!hasEra && (b < a || b > 2099 || (second as string).length === 3 || (second as string).length === 1))
      return null;
    if (!bc && b < a) return null;
    if (bc && (second as string).length <= 2) b = Number(second) + (a - (a % 100));
    const start = m.index;
    const end = start + m[0].length;
    if (!hasEra && !looksLikeYear(text, start, end)) return null;
    const firstStart = start + (opener ? m[0].indexOf(first as string, (opener as string).length) : 0);
    const firstEnd = firstStart + (first as string).length + (era1?.length ?? 0);
    const secondEnd = end;
    const secondStart = end - (second as string).length - (era2?.length ?? 0);
    return candidate(start, end, () => {
      const va = formatYear(bc ? -a : a);
      const vb = formatYear(bc ? -b : b);
      return [
        point(firstStart, firstEnd, va, { explicitYear: true }),
        point(secondStart, secondEnd, vb, { explicitYear: true, anchors: false }),
        { start, end, type: 'INTERVAL', value: `${va}/${vb}`, anchors: false },
      ];
    });
  },
};

function quantityMod(prefix: string | undefined): TimexMod | undefined {
  if (!prefix) return undefined;
  return QUANTITY_MODS[prefix.trim().toLowerCase().replace(/\s+/g, ' ')];
}

function countOf(phrase: string): number | null {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE_COUNTS.includes(p) || p === 'a couple of') return p === 'a couple of' ? 2 : null;
  return parseEnglishNumber(p);
}

/** "two years later", "twelve days after", "22 years ago", "a decade earlier", "A few days later". */
const shiftRule: Rule = {
  re: new RegExp(
    `(${QUANTITY_PREFIX})?(?:(?:[Jj]ust|[Ss]ome)\\s+)?(${COUNT})(?:\\s+|\\s*-\\s*)(${UNIT})\\s+(later|earlier|after(?:wards?)?|before|ago|afterwards?|hence|since)(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, q, count, unitWord, direction] = m as unknown as string[];
    // "after"/"before" followed by a noun phrase are event-anchored ("eight days after Fort Sumter"): a duration.
    const follow = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (
      /^(after|before|since)$/i.test(direction as string) &&
      /^\s+[A-Za-z0-9]/.test(follow) &&
      !/^\s+(?:that|this)\b/.test(follow)
    )
      return null;
    const n = countOf(count as string);
    const unit = UNITS[(unitWord as string).toLowerCase()] as TimeUnit;
    const sign = /later|after|hence/i.test(direction as string) ? 1 : -1;
    const mod = quantityMod(q);
    const ago = /ago/i.test(direction as string);
    return whole(m, (ctx) => {
      const base = ago ? (ctx.dct ?? ctx.anchor.reference()) : ctx.anchor.reference();
      let value: string | null = null;
      if (n === null) value = sign > 0 ? 'FUTURE_REF' : 'PAST_REF';
      else if (base && Number.isInteger(n)) value = shiftValue(base, unit, sign * n);
      const start = m.index;
      const end = start + m[0].length;
      const outMod =
        mod === 'MORE_THAN'
          ? sign > 0
            ? 'ON_OR_AFTER'
            : 'ON_OR_BEFORE'
          : mod === 'LESS_THAN'
            ? sign > 0
              ? 'ON_OR_BEFORE'
              : 'ON_OR_AFTER'
            : mod;
      return [point(start, end, value ?? (sign > 0 ? 'FUTURE_REF' : 'PAST_REF'), { mod: outMod, anchors: false })];
    });
  },
};

const REL_UNIT =
  '(day|week|month|year|decade|century|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)';
/** "the next day", "the following year", "that same day", "the previous century", "this year", "later that month". */
const relativeRule: Rule = {
  re: new RegExp(
    `(?:([Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\\s+(?:in\\s+)?)?(?:[Tt]he\\s+${REL_UNIT}\\s+(following|before|after)|([Tt]he\\s+(?:very\\s+)?(?:next|following|previous|preceding|prior|same|succeeding)|[Tt]hat(?:\\s+(?:very|same))?|[Tt]his|[Nn]ext|[Ll]ast|[Tt]he)\\s+${REL_UNIT})(?![A-Za-z-])`,
    'g',
  ),
  make(m, text) {
    const lead = m[1]?.toLowerCase();
    const det = (m[4] ?? 'the').toLowerCase().replace(/\s+/g, ' ');
    const unitWord = (m[2] ?? m[5] ?? '').toLowerCase();
    const trailing = m[3]?.toLowerCase();
    // "the day", "the year" alone are not temporal expressions unless "later/earlier in" precedes.
    if (det === 'the' && !trailing && !lead) return null;
    if (
      trailing &&
      trailing !== 'following' &&
      /^\s+[A-Za-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      return null;
    if (det === 'the' && !trailing && lead && !/later|earlier/.test(lead)) return null;
    // "that year's", "the next day's" are fine; "the same day as X" stays a date.
    let shift = 0;
    if (/next|following|succeeding/.test(det) || trailing === 'following' || trailing === 'after') shift = 1;
    else if (/previous|preceding|prior|last/.test(det) || trailing === 'before') shift = -1;
    const deictic = /^(this|next|last)$/.test(det);
    const isSeason = unitWord in SEASONS;
    const isPart = unitWord in DAY_PARTS || unitWord === 'weekend';
    const mod: TimexMod | undefined = lead === 'early' ? 'START' : lead === 'late' ? 'END' : undefined;
    return whole(m, (ctx) => {
      const start = m.index;
      const end = start + m[0].length;
      const base = deictic && ctx.dct ? ctx.dct : ctx.anchor.reference();
      let value: string | null = null;
      if (isSeason) {
        const y = deictic && ctx.dct ? parseDateValue(ctx.dct)?.year : ctx.anchor.year();
        value = y === undefined ? `XXXX-${SEASONS[unitWord]}` : `${formatYear(y + shift)}-${SEASONS[unitWord]}`;
      } else if (isPart) {
        const day = base ? shiftValue(base, 'day', shift) : null;
        value = `${day ?? 'XXXX-XX-XX'}T${DAY_PARTS[unitWord] ?? 'XX'}`;
      } else if (base) {
        value = shiftValue(base, unitWord as TimeUnit, shift);
      }
      if (value === null) {
        const p = base ? parseDateValue(base) : null;
        // A BC narrative keeps its era even when the day is unknown.
        value = unitWord === 'day' ? `${p && p.year < 0 ? 'BC' : ''}XXXX-XX-XX` : 'XXXX';
      }
      return [point(start, end, value, { mod, anchors: !deictic })];
    });
  },
};

/** Durations: "three years", "two and a half decades", "more than two thousand years", "24-year", "a few days", "days". */
const durationRule: Rule = {
  re: new RegExp(
    `[Tt]he\\s+(?:past|last)\\s+(${UNIT})(?!\\s+of)|(?:(?:[Tt]he|[Aa])\\s+(?:(?:next|last|past|previous|following|first|final|coming|intervening|succeeding)\\s+)?)?(${QUANTITY_PREFIX})?(?:(?:[Jj]ust|[Aa]\\s+full|[Aa]n\\s+additional|[Aa]nother)\\s+)?(?:(${COUNT})(?:\\s*-\\s*|\\s+)(?:(?:more|full|long|bloody|additional|further|previous|consecutive)\\s+)?(${UNIT})(\\s*-\\s*long|\\s+long|\\s+period|\\s+old|\\s+of\\s+age)?|(${UNIT})\\s*-\\s*long)(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const [, pastUnit, q, count, unitWord, tail, longUnit] = m as unknown as string[];
    const unit = UNITS[((pastUnit ?? unitWord ?? longUnit) as string).toLowerCase()] as TimeUnit;
    if (!unit || (unit === 'second' && /^an?$/i.test(count ?? ''))) return null;
    const n = longUnit || pastUnit ? 1 : countOf(count as string);
    if (n !== null && n <= 0) return null;
    const mod = quantityMod(q);
    void tail;
    return whole(m, () => [
      {
        start: m.index,
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
const pluralDurationRule: Rule = {
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

/** "the past decade", "a decade", "half a century", "the next decade" handled as durations above; "over a decade" too. */

/** Sets: "every three years", "every year", "each summer", "daily", "per month". */
const setRule: Rule = {
  re: new RegExp(
    `\\b(?:([Ee]very|[Ee]ach|[Pp]er)\\s+(?:(${COUNT})\\s+)?(${UNIT}|${WEEKDAY}|${SEASON})|(${Object.keys(SET_WORDS).join('|')}|${Object.keys(
      SET_WORDS,
    )
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join('|')})|(${WEEKDAY})s)(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, quant, count, what, word, weekdays] = m as unknown as string[];
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

/** "now", "today", "nowadays", "currently", "former", "the future", "these days". */
const referenceRule: Rule = {
  re: new RegExp(
    `\\b(?:${Object.keys(REFERENCE_WORDS)
      .sort((a, b) => b.length - a.length)
      .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
      .join('|')})(?![A-Za-z-])`,
    'g',
  ),
  make(m, text) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 10);
    if (word === 'former' && (/^\s*[,.;:)]/.test(after) || /^\s+(?:an?|was|is|were|had|has|and|of)\b/.test(after)))
      return null;
    // "current" as in an electric or sea current.
    if (word === 'current' && /^\s+(?:of|flows?|through)\b/.test(after)) return null;
    return whole(m, (ctx) => {
      void ctx;
      return [point(m.index, end, REFERENCE_WORDS[word] ?? 'PRESENT_REF', { anchors: false })];
    });
  },
};

/** "this time", "that period", "the same time", "this point": valued by the anchor when it can. */
const periodRule: Rule = {
  re: /\b(?:[Aa]t\s+)?(?:[Tt]his|[Tt]hat|[Tt]he\s+same|[Tt]hat\s+same)\s+(time|period|date|moment|era)\b(?!\s+(?:of|in|as|when|that|frame))/g,
  make(m) {
    const kind = (m[1] as string).toLowerCase();
    return whole(m, (ctx) => {
      const ref = ctx.anchor.reference();
      const value =
        /^[Aa]t\s+this/.test(m[0]) || (/this/i.test(m[0]) && kind === 'time') ? 'PRESENT_REF' : (ref ?? 'XXXX');
      return [point(m.index, m.index + m[0].length, value, { anchors: false })];
    });
  },
};

/** Clock times: "5:34 AM", "3:00 a.m.", "at 5 a.m. on 7 December 1941", "11:30 a.m. local time". */
const timeRule: Rule = {
  re: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|AM|PM|am|pm|hours|h)?(\s+local\s+time)?(?![A-Za-z\d])/g,
  make(m, text) {
    const [, hh, mm, ampm] = m as unknown as string[];
    if (mm === undefined && !/^(a\.m\.|p\.m\.|am|pm)$/i.test(ampm ?? '')) return null;
    if (mm !== undefined && !ampm && !/^\d\d:\d\d/.test(m[0])) return null;
    let hour = Number(hh);
    if (hour > 24 || Number(mm ?? 0) > 59) return null;
    if (/^p/i.test(ampm ?? '') && hour < 12) hour += 12;
    if (/^a/i.test(ampm ?? '') && hour === 12) hour = 0;
    const clock = `${String(hour).padStart(2, '0')}:${mm ?? '00'}`;
    const end = m.index + m[0].length;
    // A date written right after ("on 7 December 1941") dates the time.
    const after = new RegExp(
      `^\\s*(?:[A-Za-z]+\\s+time\\s+)?(?:on\\s+|,\\s*)((?:${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?)|(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?))`,
    ).exec(text.slice(end, end + 60));
    return candidate(m.index, end, (ctx) => {
      let day: string | undefined;
      if (after) {
        const p = parseCalendar(after[1] as string);
        day = calendarValue(p, p.year ?? ctx.anchor.year());
      } else {
        const ref = ctx.anchor.reference();
        if (ref && parseDateValue(ref)?.granularity === 'day') day = ref.replace(/T.*$/, '');
      }
      return [{ start: m.index, end, type: 'TIME', value: `${day ?? 'XXXX-XX-XX'}T${clock}`, anchors: false }];
    });
  },
};

/** "the morning of 31 January 1965", "early in the morning of 29 April 1975", "the night of 9 February 1904". */
const dayPartOfDateRule: Rule = {
  re: new RegExp(
    `(?:([Ee]arly|[Ll]ate)\\s+(?:in\\s+)?)?(?:[Tt]he\\s+)?(?:early\\s+|late\\s+)?(${DAY_PART})(?:\\s+hours)?\\s+of\\s+((?:${DAY}\\s+${MONTH}(?:,?\\s+${'\\d{4}'})?)|(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?))`,
    'g',
  ),
  make(m) {
    const part = DAY_PARTS[(m[2] as string).toLowerCase()] ?? 'XX';
    const parts = parseCalendar(m[3] as string);
    const mod: TimexMod | undefined = m[1] ? (/early/i.test(m[1]) ? 'START' : 'END') : undefined;
    return whole(m, (ctx) => {
      const day = calendarValue(parts, parts.year ?? ctx.anchor.year());
      const explicitYear = parts.year !== undefined;
      return [point(m.index, m.index + m[0].length, `${day}T${part}`, { mod, explicitYear })];
    });
  },
};

/** Bare parts of the day: "night", "tonight", "that afternoon" (handled by relativeRule), "afternoon tea". */
const dayPartRule: Rule = {
  re: /\b(?:(tonight|[Tt]onight)|(night|morning|afternoon|evening|night-time))\b(?!-)/g,
  make(m) {
    return whole(m, () => {
      const code = m[1] ? 'NI' : (DAY_PARTS[(m[2] as string).toLowerCase()] ?? 'XX');
      return [
        { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `XXXX-XX-XXT${code}`, anchors: false },
      ];
    });
  },
};

/** Weekdays resolved to the nearest such day around the anchor: "Thursday" → 2007-09-13. */
const weekdayRule: Rule = {
  re: new RegExp(`\\b(?:(?:[Oo]n|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)\\s+)?(${WEEKDAY})(?![A-Za-z])`, 'g'),
  make(m) {
    const target = WEEKDAYS[(m[1] as string).toLowerCase()] as number;
    const start = m.index + m[0].length - (m[1] as string).length;
    return candidate(start, start + (m[1] as string).length, (ctx) => {
      const ref = ctx.anchor.reference();
      const p = ref ? parseDateValue(ref) : null;
      let value = `XXXX-WXX-${target + 1}`;
      if (p && p.granularity === 'day' && p.year > 0) {
        const wd = weekday(p);
        let diff = target - wd;
        if (diff > 3) diff -= 7;
        if (diff < -3) diff += 7;
        value = shiftValue(ref as string, 'day', diff) ?? value;
      }
      return [point(start, start + (m[1] as string).length, value)];
    });
  },
};

/** Fixed holidays, with an optional year: "Christmas 1963", "New Year's Day". */
const holidayRule: Rule = {
  re: new RegExp(
    `\\b(${Object.keys(HOLIDAYS)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?:,?\\s+(\\d{4}))?(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const md = HOLIDAYS[m[1] as string] as string;
    return whole(m, (ctx) => {
      const y = m[2] ? Number(m[2]) : ctx.anchor.year();
      return [
        point(m.index, m.index + m[0].length, `${y === undefined ? 'XXXX' : formatYear(y)}-${md}`, {
          explicitYear: Boolean(m[2]),
        }),
      ];
    });
  },
};

const POSITION_OF_UNIT_MODS: Record<string, TimexMod | undefined> = {
  end: 'END',
  close: 'END',
  'latter part': 'END',
  beginning: 'START',
  start: 'START',
  'early part': 'START',
  middle: 'MID',
};

/** "the end of the month", "the latter part of the year", "the beginning of the decade". */
const positionOfUnitRule: Rule = {
  re: /(?:[Tt]he\s+)?(end|close|latter part|beginning|start|early part|middle|rest|remainder|first half|second half)\s+of\s+(?:the|that|this)\s+(?:same\s+)?(day|week|month|year|decade|century)\b/g,
  make(m) {
    const pos = m[1] as string;
    const unit = m[2] as TimeUnit;
    return whole(m, (ctx) => {
      const ref = ctx.anchor.reference();
      let value = (ref && shiftValue(ref, unit, 0)) ?? 'XXXX';
      if (/half/.test(pos) && /^(BC)?\d{4}$/.test(value)) value += pos.startsWith('first') ? '-H1' : '-H2';
      return [point(m.index, m.index + m[0].length, value, { mod: POSITION_OF_UNIT_MODS[pos], anchors: false })];
    });
  },
};

/** "the dry season", "the rainy season": dates with no calendar value. */
const namedSeasonRule: Rule = {
  re: new RegExp(`\\b(?:${NAMED_SEASONS.join('|')})\\s+seasons?\\b`, 'g'),
  make: (m) => whole(m, () => [point(m.index, m.index + m[0].length, 'XXXX', { anchors: false })]),
};

/** Movable feasts: "Easter", "Ramadan 2004", "the Lunar New Year". */
const feastRule: Rule = {
  re: new RegExp(`\\b(?:[Mm]onth\\s+of\\s+)?(${MOVABLE_FEASTS.join('|')})(?:,?\\s+(\\d{4}))?(?![A-Za-z])`, 'g'),
  make(m) {
    return whole(m, (ctx) => {
      const y = m[2] ? Number(m[2]) : ctx.anchor.year();
      return [
        point(m.index, m.index + m[0].length, y === undefined ? 'XXXX' : formatYear(y), { anchors: Boolean(m[2]) }),
      ];
    });
  },
};

// The event a span of time is counted from or belongs to: "of the war", "after Fort Sumter".
const EVENT_NOUN =
  'war|conflict|battle|siege|campaign|invasion|occupation|revolution|uprising|revolt|rebellion|regime|reign|life|rule|presidency|administration|truce|ceasefire|offensive|crisis|insurgency|struggle|independence|republic|empire|dynasty|surge|operation|war';
const OF_EVENT = `\\s+of\\s+(?:(?:the|his|her|its|their|this|that)\\s+)?(?:(?:[A-Z][\\w'-]*|of)\\s+)*(?:(?:${EVENT_NOUN})\\b|[A-Z][\\w'-]*)`;

/** "the seventh day", "the third evening", "the first year of the war", "the final years of the regime". */
const ordinalUnitRule: Rule = {
  re: new RegExp(
    `[Tt]he\\s+(?:(${Object.keys(ORDINAL_WORDS).join('|')}|final|closing|opening|initial)|(last|early|later))\\s+(?:(${COUNT})\\s+)?(days?|evenings?|nights?|mornings?|afternoons?|weeks?|months?|years?)(${OF_EVENT})?(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const [, ordinal, vague, count, unitWord, ofEvent] = m as unknown as string[];
    const plural = /s$/.test(unitWord as string);
    // "the last year" alone is deictic (relativeRule); "the early years" needs its event.
    if (vague && !plural && !ofEvent) return null;
    if (vague === 'early' && !ofEvent) return null;
    const unitKey = (unitWord as string).replace(/s$/, '');
    return whole(m, (ctx) => {
      const start = m.index;
      const end = start + m[0].length;
      const bc = ctx.anchor.isBC() ? 'BC' : '';
      if (plural || count) {
        const n = count ? countOf(count) : null;
        const unit = (UNITS[unitKey] ?? 'day') as TimeUnit;
        return [{ start, end, type: 'DURATION', value: durationValue(n, unit), anchors: false }];
      }
      const part = DAY_PARTS[unitKey];
      const value =
        unitKey === 'day'
          ? `${bc}XXXX-XX-XX`
          : part
            ? `${bc}XXXX-XX-XXT${part}`
            : unitKey === 'month'
              ? `${bc}XXXX-XX`
              : unitKey === 'week'
                ? `${bc}XXXX-WXX`
                : `${bc}XXXX`;
      void ordinal;
      return [point(start, end, value, { anchors: false })];
    });
  },
};

/** "eight days after Fort Sumter", "The day before Obama's speech", "months before that": counted from an event. */
const eventShiftRule: Rule = {
  re: new RegExp(
    `(?:(?:[Tt]he|[Aa]|[Aa]n)\\s+)?(?:[Jj]ust\\s+)?(?:(${COUNT})\\s+)?(${UNIT})\\s+(after|before)\\s+(?!(?:the\\s+)?(?:end|beginning|start)\\b)([^,.;:()"!?\\n]{1,90}?)(?=[,.;:()"!?\\n]|$)`,
    'g',
  ),
  make(m) {
    const [, count, unitWord, direction] = m as unknown as string[];
    const unitKey = (unitWord as string).toLowerCase();
    const unit = UNITS[unitKey] as TimeUnit;
    const plural = /s$/.test(unitKey) && unitKey !== 'days' ? true : unitKey === 'days';
    const n = count ? countOf(count) : plural ? null : 1;
    const sign = direction === 'after' ? 1 : -1;
    return whole(m, (ctx) => {
      const ref = ctx.anchor.reference();
      let value: string | null = null;
      if (n !== null && Number.isInteger(n) && ref && count) value = shiftValue(ref, unit, sign * n);
      if (value === null) {
        const unknown: Partial<Record<TimeUnit, string>> = {
          day: 'XXXX-XX-XX',
          week: 'XXXX-WXX',
          month: 'XXXX-XX',
          hour: 'XXXX-XX-XXTXX',
        };
        value = unknown[unit] ?? 'XXXX';
      }
      return [point(m.index, m.index + m[0].length, value, { anchors: false })];
    });
  },
};

/** Several days of one month: "May 4 and 5", "July 1-3, 1863", "4 and 5 May 1865". */
const dayListRule: Rule = {
  re: new RegExp(
    `(${MONTH})\\s+(${DAY})((?:\\s*(?:,|and|or|&|${DASH_CLASS})\\s*${DAY})+)(?:(,?\\s+)(${YEAR}))?|(${DAY})((?:\\s*(?:,|and|or|&|${DASH_CLASS})\\s*${DAY})+)\\s+(${MONTH})(?:(,?\\s+)(${YEAR}))?`,
    'g',
  ),
  make(m, text) {
    const monthFirst = m[1] !== undefined;
    const month = MONTHS[((monthFirst ? m[1] : m[8]) as string).replace(/\.$/, '')] as number;
    const yearText = monthFirst ? m[5] : m[10];
    const year = yearText ? parseCalendar(yearText).year : undefined;
    const dayRe = /\d{1,2}/g;
    const days: { start: number; end: number; day: number }[] = [];
    const startsAt = m.index;
    // Collect each day number with its offset in the text.
    const listStart = monthFirst ? startsAt + (m[1] as string).length : startsAt;
    const listText = monthFirst
      ? m[0].slice((m[1] as string).length)
      : m[0].slice(0, (m[6] as string).length + (m[7] as string).length);
    for (const d of listText.matchAll(dayRe)) {
      if (yearText && monthFirst && d.index !== undefined && d.index >= listText.length - yearText.length) break;
      days.push({
        start: listStart + (d.index as number),
        end: listStart + (d.index as number) + d[0].length,
        day: Number(d[0]),
      });
    }
    if (days.length < 2 || days.some((d) => d.day < 1 || d.day > 31)) return null;
    const ranged = new RegExp(DASH_CLASS).test(monthFirst ? (m[3] as string) : (m[7] as string));
    const end = startsAt + m[0].length;
    void text;
    return candidate(startsAt, end, (ctx) => {
      const y = year ?? ctx.anchor.year();
      const value = (day: number) =>
        y === undefined
          ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          : formatDate({ year: y, month, day });
      const out: Resolved[] = days.map((d, i) => {
        const first = i === 0;
        const last = i === days.length - 1;
        const s = monthFirst && first ? startsAt : d.start;
        const e = !monthFirst && last ? end : monthFirst && last && yearText ? end : d.end;
        return point(s, e, value(d.day), { explicitYear: year !== undefined, anchors: first });
      });
      if (ranged && days.length === 2) {
        out.push({
          start: startsAt,
          end,
          type: 'INTERVAL',
          value: `${(out[0] as Resolved).value}/${(out[1] as Resolved).value}`,
          anchors: false,
        });
      }
      return out;
    });
  },
};

/** Ages: "at age seventy-nine", "aged 22" → the number as a duration in years. */
const ageRule: Rule = {
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
const countRangeRule: Rule = {
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

/** "weeks later", "months earlier": an unknown distance from the narrative time. */
const vagueShiftRule: Rule = {
  re: /\b(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades)\s+(later|earlier|afterwards?)(?![A-Za-z])/g,
  make: (m) =>
    whole(m, () => [
      point(m.index, m.index + m[0].length, /earlier/.test(m[1] as string) ? 'PAST_REF' : 'FUTURE_REF', {
        anchors: false,
      }),
    ]),
};

/** "a long time", "a short period of time". */
const vagueSpanRule: Rule = {
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

/** "the sixth anniversary": a date the text does not give. */
const anniversaryRule: Rule = {
  re: new RegExp(
    `\\b[Tt]he\\s+(?:${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,3}(?:st|nd|rd|th))\\s+anniversary\\b`,
    'g',
  ),
  make: (m) => whole(m, () => [point(m.index, m.index + m[0].length, 'XXXX', { anchors: false })]),
};

const RULES: readonly Rule[] = [
  calendarRule,
  yearRangeRule,
  shiftRule,
  relativeRule,
  durationRule,
  pluralDurationRule,
  setRule,
  referenceRule,
  periodRule,
  timeRule,
  dayPartOfDateRule,
  dayPartRule,
  weekdayRule,
  holidayRule,
  positionOfUnitRule,
  namedSeasonRule,
  feastRule,
  ordinalUnitRule,
  eventShiftRule,
  dayListRule,
  ageRule,
  countRangeRule,
  vagueShiftRule,
  vagueSpanRule,
  anniversaryRule,
];

// "the Long March", "his March to the Sea": a named march, not the month.
const MARCH_AS_NOUN =
  /(?:\b(?:the|his|her|their|its|a)|\b(?!(?:In|By|Since|Until|From|During|Early|Late|Mid|Throughout|Before|After|On|And|Or|Of|To)\b)[A-Z][a-z]+)\s+$/;

/** False for a lone "May" that is the verb, or a "March" that is a named march: the month needs a time context. */
function isMonthNotWord(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  if (word === 'March')
    return (
      !MARCH_AS_NOUN.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
      !/^\s+to\s+the\b/.test(text.slice(c.end, c.end + 10))
    );
  if (word !== 'May') return true;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  if (new RegExp(`^\\s*(?:${DASH_CLASS}|to|and|or)\\s*(?:${MONTH}|\\d)`).test(text.slice(c.end, c.end + 16)))
    return true;
  if (/\(\s*$/.test(before)) return true;
  return /\b(?:in|by|of|since|until|till|from|to|through|during|and|or|between|before|after|early|late|mid-?|that|this|next|last|throughout)\s*$/i.test(
    before,
  );
}

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

const RANGE_JOINER = new RegExp(`^(?:\\s?${DASH_CLASS}\\s?|\\s?/\\s?|\\s+(?:to|and|until|till|through)\\s+)$`);
const RANGE_OPENER = /\b(?:[Ff]rom|[Bb]etween)\s+$/;

/**
 * Tags the temporal expressions of an English text.
 * @example tagEnglish('from 2013 to 2022', {}) // DATE 2013, DATE 2022, INTERVAL 2013/2022
 */
export function tagEnglish(text: string, opts: { dct?: string } = {}): TemporalExpression[] {
  const kept = selectCandidates(proposeCandidates(text, RULES), text.length).filter((c) => isMonthNotWord(text, c));
  const resolved = resolveInOrder(text, kept, opts.dct);
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
  return toExpressions(text, [...withIntervals, ...points.filter(covered), ...intervals]);
}
