/** English rules for clock times and parts of the day. */

import { parseDateValue } from '../../../../time/anchor.ts';
import { DASH_CLASS } from '../../../../time/dashes.ts';
import type { Candidate, Rule } from '../../../../time/rule.ts';
import type { TimexMod } from '../../../../types.ts';
import { calendarValue, parseCalendar } from '../calendar.ts';
import { isInName } from '../guards.ts';
import { DAY, DAY_PART, MONTH } from '../patterns.ts';
import { DAY_PARTS } from '../words.ts';
import { candidate, point, WORD_START, whole } from './build.ts';

/** Clock times: "5:34 AM", "3:00 a.m.", "at 5 a.m. on 7 December 1941", "11:30 a.m. local time". */
export const timeRule: Rule = {
  re: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|AM|PM|am|pm|hours|h)?(\s+local\s+time)?(?![A-Za-z\d])/g,
  make(m, text) {
    const [, hh, mm, ampm] = m;
    if (mm === undefined && !/^(a\.m\.|p\.m\.|am|pm)$/i.test(ampm ?? '')) return null;
    if (mm !== undefined && !ampm && !/^\d\d:\d\d/.test(m[0])) return null;
    let hour = Number(hh);
    if (hour > 24 || Number(mm ?? 0) > 59) return null;
    if (/^p/i.test(ampm ?? '') && hour < 12) hour += 12;
    if (/^a/i.test(ampm ?? '') && hour === 12) hour = 0;
    const clock = `${String(hour).padStart(2, '0')}:${mm ?? '00'}`;
    return clockAt(m.index, m.index + m[0].length, text, clock);
  },
};

const DATE_AFTER = new RegExp(
  `^\\s*(?:[A-Za-z]+\\s+time\\s+)?(?:on\\s+|,\\s*)((?:${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?)|(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?))`,
);

/** A clock time on the day written right after it ("on 7 December 1941"), else on the narrative's day. */
function clockAt(start: number, end: number, text: string, clock: string): Candidate {
  const after = DATE_AFTER.exec(text.slice(end, end + 60));
  return candidate(start, end, (ctx) => {
    let day: string | undefined;
    if (after) {
      const p = parseCalendar(after[1] as string);
      day = calendarValue(p, p.year ?? ctx.anchor.year());
    } else {
      const ref = ctx.anchor.reference();
      if (ref && parseDateValue(ref)?.granularity === 'day') day = ref.replace(/T.*$/, '');
    }
    return [{ start, end, type: 'TIME', value: `${day ?? 'XXXX-XX-XX'}T${clock}`, anchors: false }];
  });
}

/** "midnight", "noon": clock times by name, dated like "5 a.m." ("by midnight on 6 November"). */
export const namedClockRule: Rule = {
  re: /\b([Mm]idnight|[Nn]oon|[Mm]idday)(?![A-Za-z-])/g,
  make(m, text) {
    // "the Midnight Express": a capitalised word inside a name.
    if (isInName(text, m.index, m.index + m[0].length)) return null;
    const clock = /^m?idn/i.test(m[1] as string) ? '24:00' : '12:00';
    return clockAt(m.index, m.index + m[0].length, text, clock);
  },
};

/** "the night of 24–25 June 1941": a night across two days is dated by the first (the second is its own date). */
export const splitNightRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:[Tt]he\\s+)?(${DAY_PART})\\s+of\\s+(${DAY})(?=\\s*${DASH_CLASS}\\s*${DAY}\\s+(${MONTH}(?:,?\\s+\\d{4})?))`,
    'g',
  ),
  make(m) {
    const part = DAY_PARTS[(m[1] as string).toLowerCase()] ?? 'XX';
    const parts = parseCalendar(`${m[2]} ${m[3]}`);
    return whole(m, (ctx) => [
      point(m.index, m.index + m[0].length, `${calendarValue(parts, parts.year ?? ctx.anchor.year())}T${part}`, {
        explicitYear: parts.year !== undefined,
      }),
    ]);
  },
};

/** "the morning of 31 January 1965", "early in the morning of 29 April 1975", "the night of 9 February 1904". */
export const dayPartOfDateRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:([Ee]arly|[Ll]ate)\\s+(?:in\\s+)?)?(?:[Tt]he\\s+)?(?:(early|late)\\s+)?(${DAY_PART})(?:\\s+hours)?\\s+of\\s+((?:${DAY}\\s+${MONTH}(?:,?\\s+${'\\d{4}'})?)|(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?))`,
    'g',
  ),
  make(m) {
    const part = DAY_PARTS[(m[3] as string).toLowerCase()] ?? 'XX';
    const parts = parseCalendar(m[4] as string);
    // "early in the morning of", "the early morning of": the start of that part of the day.
    const position = m[1] ?? m[2];
    const mod: TimexMod | undefined = position ? (/early/i.test(position) ? 'START' : 'END') : undefined;
    return whole(m, (ctx) => {
      const day = calendarValue(parts, parts.year ?? ctx.anchor.year());
      const explicitYear = parts.year !== undefined;
      return [point(m.index, m.index + m[0].length, `${day}T${part}`, { mod, explicitYear })];
    });
  },
};

/** Bare parts of the day: "night", "tonight", "that afternoon" (handled by relativeRule), "afternoon tea". */
export const dayPartRule: Rule = {
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

/** Military clock times: "at 1800 hours", "0530 hours". */
export const militaryTimeRule: Rule = {
  re: /\b([01]\d|2[0-3])([0-5]\d)\s+hours\b/g,
  make(m) {
    return whole(m, (ctx) => {
      const ref = ctx.anchor.reference();
      const day = ref && parseDateValue(ref)?.granularity === 'day' ? ref.replace(/T.*$/, '') : 'XXXX-XX-XX';
      return [
        { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${day}T${m[1]}:${m[2]}`, anchors: false },
      ];
    });
  },
};
