/**
 * A TIMEX3 value said at its own precision in a language, for the website and the exports: a
 * season as the season ("summer 1991", «летом 1991 года», «1991 жылдың жазы»), a decade as the
 * decade, a century as the century, a quarter as the quarter; never a made-up month or 1 January.
 * Values with no calendar reading (`PRESENT_REF`, `P3Y`) are shown as they are.
 */
import type { Language } from '../languages.ts';
import { enWords } from './en.ts';
import { kkWords } from './kk.ts';
import { ruWords } from './ru.ts';
import type { DayPart, Season, WhenWords } from './words.ts';

const WORDS: Record<Language, WhenWords> = { en: enWords, ru: ruWords, kk: kkWords };

export function whenLabel(when: string, lang: Language): string {
  const words = WORDS[lang];
  const slash = when.indexOf('/');
  if (slash > 0) {
    const a = pointLabel(when.slice(0, slash), words);
    const b = pointLabel(when.slice(slash + 1), words);
    return a === null || b === null ? when : `${a} – ${b}`;
  }
  return pointLabel(when, words) ?? when;
}

const signed = (bc: string | undefined, digits: string): number => (bc ? -Number(digits) : Number(digits));

function pointLabel(value: string, w: WhenWords): string | null {
  const [date = '', time] = value.split('T');
  const base = dateLabel(date, w);
  if (base === null || time === undefined) return base;
  if (/^(MO|MI|AF|EV|NI|DT)$/.test(time)) return w.partOfDay(base, time as DayPart);
  const clock = /^(\d{2}:\d{2})/.exec(time);
  return clock ? w.clock(base, clock[1] as string) : base;
}

function dateLabel(v: string, w: WhenWords): string | null {
  let m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (m) {
    const year = signed(m[1], m[2] as string);
    const month = m[3] ? Number(m[3]) : undefined;
    const day = m[4] ? Number(m[4]) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    if (month === undefined) return w.year(year);
    return day === undefined ? w.month(year, month) : w.day(year, month, day);
  }
  m = /^(BC)?(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return w.season(signed(m[1], m[2] as string), m[3] as Season);
  m = /^XXXX-(SP|SU|FA|WI)$/.exec(v);
  if (m) return w.anySeason(m[1] as Season);
  m = /^(BC)?(\d{4})-(Q|H)([1-4])$/.exec(v);
  if (m) {
    const year = signed(m[1], m[2] as string);
    const n = Number(m[4]);
    if (m[3] === 'H') return n <= 2 ? w.half(year, n) : null;
    return w.quarter(year, n);
  }
  m = /^(BC)?(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const year = signed(m[1], m[2] as string);
    return m[4] ? w.weekend(year, Number(m[3])) : w.week(year, Number(m[3]));
  }
  m = /^FY(\d{4})$/.exec(v);
  if (m) return w.fiscalYear(Number(m[1]));
  m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? w.everyYear(month, m[2] ? Number(m[2]) : undefined) : null;
  }
  // Decade (3 digits), century (2), millennium (1), as the tagger writes them: `199`, `19`, `1`.
  m = /^(BC)?(\d{1,3})$/.exec(v);
  if (m) {
    const n = Number(m[2]);
    const bc = m[1] !== undefined;
    if ((m[2] as string).length === 3) return w.decade(bc ? -(n * 10 + 9) : n * 10);
    if ((m[2] as string).length === 2) return w.century(n + 1, bc);
    return w.millennium(n + 1, bc);
  }
  return null;
}
