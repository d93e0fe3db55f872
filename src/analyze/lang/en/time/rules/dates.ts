import { isoWeekValue, parseDateValue } from '../../../../time/anchor.ts';
import { DASH_CLASS } from '../../../../time/dashes.ts';
import { nearestWeekday, newsDay, storyMonthYear, weekdayByTense, yearByTense } from '../../../../time/days.ts';
import type { Resolved, Rule } from '../../../../time/rule.ts';
import { expandShortYear, formatDate, formatYear } from '../../../../time/values.ts';
import { calendarValue, parseCalendar } from '../calendar.ts';
import { CLAUSE_LEADING, COMMEMORATIVE, fallIsSeason, isInName, looksLikeYear, UNTIL_CLAUSE } from '../guards.ts';
import { CALENDAR, DAY, ERA, MONTH, ORDINAL, WEEKDAY, YEAR } from '../patterns.ts';
import { clauseTense } from '../tense.ts';
import { DAY_PARTS, HOLIDAYS, MONTHS, MOVABLE_FEASTS, NAMED_SEASONS, ORDINAL_WORDS, WEEKDAYS } from '../words.ts';
import { candidate, point, WORD_START, whole } from './build.ts';

const POSSESSIVE_BEFORE = /\b(?:their|his|her|its|our|my|your)\s+$/i;

/**
 * Calendar dates of any precision: "29 August 1991", "September 2013", "the summer of 1963", "the
 * 1990s", "the XV century", "early April" (a month or season without a year takes the anchor's).
 */
export const calendarRule: Rule = {
  re: new RegExp(`${WORD_START}${CALENDAR}`, 'g'),
  make(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    const parts = parseCalendar(m[0]);
    const bareYear = /^\d{4}$/.test(m[0]);
    // "about 1200 men": a year-shaped count, with or without a modifier before it.
    const endsInYear = parts.month === undefined && parts.season === undefined && /(?<![\d,.])\d{4}$/.test(m[0]);
    if (endsInYear && !looksLikeYear(text, start, end)) return null;
    if (parts.season === 'FA' && /fall$/i.test(m[0]) && !fallIsSeason(text, start, end)) return null;
    // "the Autumn Harvest Uprising", "the Prague Spring": a season word inside a name.
    if (
      parts.season &&
      parts.year === undefined &&
      /[A-Z]/.test(m[0].replace(/^(?:[A-Za-z]+\s+)*?(?=[A-Z][a-z]+$)/, '')[0] ?? '') &&
      isInName(text, start, end)
    )
      return null;
    // "their winter camps", "his summer palace": a season owned by someone is a kind of thing, not a time.
    if (parts.season && parts.year === undefined && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
      return null;
    return candidate(start, end, (ctx) => {
      let year = parts.year;
      let newsShifted = false;
      const explicitYear = year !== undefined || parts.decade !== undefined || parts.century !== undefined;
      const hasCalendar = parts.month !== undefined || parts.season !== undefined;
      if (parts.relativeYear !== undefined) {
        const base = ctx.anchor.year();
        year = base === undefined ? undefined : base + parts.relativeYear;
      } else if (year === undefined && hasCalendar) {
        const annual = parts.day !== undefined && COMMEMORATIVE.test(text.slice(end, end + 80));
        if (!annual) year = ctx.anchor.year();
        // "18 December 1986 … In January trials began": the January after.
        if (!annual && year !== undefined && parts.month !== undefined)
          year = storyMonthYear(ctx.anchor.dated(), year, parts.month);
        // News: "raised rates in December", written in April, is last December; "will open in
        // January" next January. Only while the text stays in the document's year.
        const news = newsDay(ctx);
        if (!annual && news && parts.month !== undefined && year === Number(news.slice(0, 4))) {
          year = yearByTense(news, parts.month, parts.month, clauseTense(text, start, end));
          // Last December, read from April, does not take the rest of the news out of this year.
          newsShifted = year !== Number(news.slice(0, 4));
        }
      } else if (year !== undefined && parts.era === undefined && ctx.anchor.isBC() && year < 1000) {
        year = -year;
      }
      const value = calendarValue(parts, year);
      const weakAnchor = bareYear && !CLAUSE_LEADING.test(text.slice(Math.max(0, start - 30), start));
      // "lasted until the fall of Budapest in February 1945": a look ahead, not the narrative's time.
      const lookAhead = UNTIL_CLAUSE.test(text.slice(Math.max(0, start - 80), start));
      const anchors = !value.startsWith('XXXX') && !lookAhead && !newsShifted;
      return [point(start, end, value, { mod: parts.mod, explicitYear, anchors, weakAnchor })];
    });
  },
};

/** Year ranges written with a dash or "to": "2010-2011", "1939–45", "2017- 18", "499-493 BC", "from 499 to 493 BC". */
export const yearRangeRule: Rule = {
  re: new RegExp(
    `(?:\\b([Ff]rom|[Bb]etween)\\s+)?(?<![\\d,.$£€#])(\\d{1,4})(\\s?${ERA})?(\\s?${DASH_CLASS}\\s?|\\s+(?:to|and|until|till|through)\\s+)(\\d{1,4})(\\s?${ERA})?(?![\\d%]|[,.]\\d)`,
    'g',
  ),
  make(m, text) {
    const [, opener, first, era1, joiner, second, era2] = m;
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

/** Weekdays resolved to the nearest such day around the anchor: "Thursday" → 2007-09-13. */
export const weekdayRule: Rule = {
  re: new RegExp(
    `\\b(?:(?:[Oo]n|[Bb]y|([Ll]ast|[Nn]ext|[Tt]his)|[Tt]hat)\\s+)?(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, deictic, day, partWord] = m;
    const target = WEEKDAYS[(day as string).toLowerCase()] as number;
    // "last Tuesday", "next Friday" keep their word (it says which one); "on", "by" stay outside.
    const start = deictic ? m.index : m.index + m[0].indexOf(day as string);
    const end = m.index + m[0].length;
    const part = partWord ? DAY_PARTS[partWord.toLowerCase()] : undefined;
    const forced = deictic
      ? ({ last: 'past', next: 'future', this: 'present' } as const)[deictic.toLowerCase() as 'last']
      : undefined;
    return candidate(start, end, (ctx) => {
      // News: a weekday is the one the clause's tense points to from the document date ("said
      // Tuesday" is the last Tuesday, "will vote on Thursday" the next). In a story, it is near the
      // day the story is on; in a history told by years, some unknown such day.
      // "gathered weekly after Friday prayers": a weekday in a recurrence is every such day.
      const news = ctx.afterSet ? undefined : newsDay(ctx);
      const narrative = ctx.anchor.narrative();
      let value = `XXXX-WXX-${target + 1}`;
      if (news) value = weekdayByTense(news, target, forced ?? clauseTense(text, start, end));
      else {
        const ref = narrative && parseDateValue(narrative)?.granularity === 'day' ? narrative : undefined;
        if (ref) value = nearestWeekday(ref, target);
      }
      const dated = !value.startsWith('XXXX');
      if (part) return [{ start, end, type: 'TIME', value: `${value}T${part}`, anchors: dated }];
      return [point(start, end, value, { anchors: dated })];
    });
  },
};

/** Fixed holidays, with an optional year: "Christmas 1963", "New Year's Day". */
export const holidayRule: Rule = {
  re: new RegExp(
    `\\b(?:[Tt]he\\s+(?=Ides))?(${Object.keys(HOLIDAYS)
      .sort((a, b) => b.length - a.length)
      .map((h) => h.replace(/[.]/g, '\\.'))
      .join(
        '|',
      )})(?:\\s+(morning|afternoon|evening|night))?(?:,?\\s+(\\d{4}(?!\\s?(?:BC|B\\.C\\.|BCE))|\\d{1,4}\\s?(?:BC|B\\.C\\.|BCE)))?(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const md = HOLIDAYS[m[1] as string] as string;
    // "Christmas night", "Easter morning": that part of the holiday.
    const part = m[2] ? `T${DAY_PARTS[m[2]]}` : '';
    return whole(m, (ctx) => {
      const written = m[3] ? Number(/\d+/.exec(m[3])?.[0]) * (/B/.test(m[3]) ? -1 : 1) : undefined;
      const y = written ?? ctx.anchor.year();
      return [
        point(m.index, m.index + m[0].length, `${y === undefined ? 'XXXX' : formatYear(y)}-${md}${part}`, {
          explicitYear: Boolean(m[3]),
        }),
      ];
    });
  },
};

/** "the dry season", "the rainy season": dates with no calendar value. */
export const namedSeasonRule: Rule = {
  re: new RegExp(`\\b(?:${NAMED_SEASONS.join('|')})\\s+seasons?\\b`, 'g'),
  make: (m) => whole(m, () => [point(m.index, m.index + m[0].length, 'XXXX', { anchors: false })]),
};

/** Movable feasts: "Easter", "Ramadan 2004", "the Lunar New Year". */
export const feastRule: Rule = {
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

/** Several days of one month: "May 4 and 5", "July 1-3, 1863", "4 and 5 May 1865". */
export const dayListRule: Rule = {
  re: new RegExp(
    `(${MONTH})\\s+(${DAY})((?:\\s*(?:,|and|or|&|to|through|until|${DASH_CLASS})\\s*${DAY})+)(?:(,?\\s+)(${YEAR}))?|(${DAY})((?:\\s*(?:,|and|or|&|to|through|until|${DASH_CLASS})\\s*${DAY})+)\\s+(${MONTH})(?:(,?\\s+)(${YEAR}))?`,
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
    const ranged = new RegExp(`${DASH_CLASS}|to|through|until`).test(monthFirst ? (m[3] as string) : (m[7] as string));
    const end = startsAt + m[0].length;
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
        // "from 1 to 3 July": the interval spans its opening word too.
        const opener = /\b(?:[Ff]rom|[Bb]etween)\s+$/.exec(text.slice(Math.max(0, startsAt - 10), startsAt));
        out.push({
          start: startsAt - (opener?.[0].length ?? 0),
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

/** "the sixth anniversary": a date the text does not give. */
export const anniversaryRule: Rule = {
  re: new RegExp(
    `\\b[Tt]he\\s+(?:${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,3}(?:st|nd|rd|th))\\s+anniversary\\b`,
    'g',
  ),
  make: (m) => whole(m, () => [point(m.index, m.index + m[0].length, 'XXXX', { anchors: false })]),
};

/** Two centuries named together: "the 19th and 20th centuries", "the XV–XVI centuries". */
export const centuryListRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:[Tt]he\\s+)?(?:(early|mid|late)(?:\\s*-\\s*|\\s+))?(${ORDINAL})(\\s*(?:and|or|to|${DASH_CLASS})\\s*)(?:(early|mid|late)(?:\\s*-\\s*|\\s+))?(${ORDINAL})\\s+(centuries|millennia)(\\s?${ERA})?`,
    'g',
  ),
  make(m) {
    // "the late 18th and early 19th centuries": each end may carry its own position.
    const [whole0, firstPos, first, joiner, secondPos, second, unit, era] = m;
    const firstEnd =
      m.index + whole0.indexOf(first as string, firstPos ? whole0.indexOf(firstPos) : 0) + (first as string).length;
    const secondStart = firstEnd + (joiner as string).length;
    const end = m.index + whole0.length;
    const singular = unit === 'centuries' ? 'century' : 'millennium';
    const a = parseCalendar(`${firstPos ? `${firstPos} ` : ''}${first} ${singular}${era ?? ''}`);
    const b = parseCalendar(`${secondPos ? `${secondPos} ` : ''}${second} ${singular}${era ?? ''}`);
    if (!a.century || !b.century) return null;
    return candidate(m.index, end, () => {
      const va = calendarValue(a, undefined);
      const vb = calendarValue(b, undefined);
      const out: Resolved[] = [
        point(m.index, firstEnd, va, { mod: a.mod }),
        point(secondStart, end, vb, { mod: b.mod }),
      ];
      if (!/and|or/.test(joiner as string))
        out.push({ start: m.index, end, type: 'INTERVAL', value: `${va}/${vb}`, anchors: false });
      return out;
    });
  },
};

/**
 * Years of one to three digits without an era ("In 216 Hannibal …", "the rest of 496") are years
 * only inside a narrative already in such early years (BC or first millennium); they take its era.
 */
export const earlyYearRule: Rule = {
  re: /(?<![\w,.])(\d{1,3})(?<=\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]ill|[Tt]o|and|[Tt]he\s+(?:rest|end|beginning|spring|summer|autumn|winter|middle)\s+of)\s+\d{1,3})(?![\d,.%]|\s*(?:-|–)?\s*(?:[a-z]+s\b|BC|AD|B\.C|A\.D|CE|BCE|years?|days?|men|km|miles))/g,
  make(m, text) {
    const n = Number(m[1]);
    if (n < 1 || !looksLikeYear(text, m.index, m.index + m[0].length)) return null;
    return whole(m, (ctx) => {
      const anchorYear = ctx.anchor.year();
      if (anchorYear === undefined || Math.abs(anchorYear) >= 1000) return [];
      // Within a hundred years of the narrative only: "In 216" after 218 BC, not "of 12" after 490 BC.
      if (Math.abs(Math.abs(anchorYear) - n) > 100) return [];
      const year = anchorYear < 0 ? -n : n;
      return [point(m.index, m.index + m[0].length, formatYear(year), { explicitYear: true })];
    });
  },
};

/** Quarters of a year: "the first quarter of 2023", "Q3 2021". */
export const quarterRule: Rule = {
  re: /\b(?:[Tt]he\s+(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\s+of\s+|Q([1-4])\s+)((?:1\d|20)\d\d)\b/g,
  make(m) {
    const word = m[1]?.toLowerCase();
    const q = m[2]
      ? Number(m[2])
      : (
          { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 } as Record<
            string,
            number
          >
        )[word ?? ''];
    return whole(m, () => [point(m.index, m.index + m[0].length, `${m[3]}-Q${q}`, { explicitYear: true })]);
  },
};

/** A quarter of a century is its start, middle or end (no TIMEX3 value names it). */
const CENTURY_QUARTER_MODS: Record<string, 'START' | 'MID' | 'END'> = {
  first: 'START',
  '1st': 'START',
  second: 'MID',
  '2nd': 'MID',
  third: 'MID',
  '3rd': 'MID',
  fourth: 'END',
  '4th': 'END',
  last: 'END',
  final: 'END',
};

/** "the first quarter of the 18th century" → 17 START; "the last quarter of the XIX century" → 18 END. */
export const centuryQuarterRule: Rule = {
  re: /\b(?:[Tt]he\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+of\s+((?:the\s+)?[0-9A-Za-zІХ-]{2,16}\s+century(?:\s+(?:BC|BCE|AD|CE)\b)?)/g,
  make(m) {
    const parts = parseCalendar(m[2] as string);
    if (!parts.century || parts.century.millennium) return null;
    const mod = CENTURY_QUARTER_MODS[(m[1] as string).toLowerCase()];
    return whole(m, () => [point(m.index, m.index + m[0].length, calendarValue(parts, undefined), { mod })]);
  },
};

const WEEK_START_DAY: Record<string, number> = { first: 1, second: 8, third: 15, fourth: 22 };

/** "the first week of August 1938", "the last week of May": the ISO week holding that stretch of the month. */
export const weekOfMonthRule: Rule = {
  re: new RegExp(
    `${WORD_START}[Tt]he\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:,?\\s+(\\d{4}))?(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const month = MONTHS[(m[2] as string).replace(/\.$/, '')];
    if (month === undefined) return null;
    return whole(m, (ctx) => {
      const year = m[3] ? Number(m[3]) : ctx.anchor.year();
      if (year === undefined || year <= 0)
        return [point(m.index, m.index + m[0].length, 'XXXX-WXX', { anchors: false })];
      const last = new Date(Date.UTC(2000, month, 0));
      last.setUTCFullYear(year, month, 0);
      const day = WEEK_START_DAY[m[1] as string] ?? last.getUTCDate();
      return [point(m.index, m.index + m[0].length, isoWeekValue({ year, month, day }), { anchors: false })];
    });
  },
};
