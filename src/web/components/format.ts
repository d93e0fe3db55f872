import { LANGUAGE_INFO, type Language } from '../../domain/languages.ts';
import { readWhen } from '../../domain/when.ts';
import { whenLabel } from '../../domain/when-label/index.ts';
import type { Messages } from '../i18n/index.ts';

type DateStyle = 'day' | 'month' | 'monthName' | 'monthDay';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  monthName: { month: 'long', timeZone: 'UTC' },
  monthDay: { month: 'long', day: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one; a timeline page formats hundreds of dates. */
function dateFormat(ui: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${ui} ${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LANGUAGE_INFO[ui].locale, DATE_OPTIONS[style]);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A TIMEX3 value in words for the interface language, at its own precision (`when-label`):
 * `2009-12` → "December 2009", `1991-SU` → "summer 1991", `199` → "1990s",
 * `XXXX-08-29` → "every year on 29 August", `2010/2011` → "2010 – 2011".
 */
export function formatWhen(when: string, ui: Language, _t?: Messages): string {
  return whenLabel(when, ui);
}

/** "August" in the interface language (the nominative, as a menu shows it). */
export function monthName(month: number, ui: Language): string {
  return dateFormat(ui, 'monthName').format(Date.UTC(2000, month - 1, 1));
}

/** "29 August" in the interface language. */
export function monthDay(month: number, day: number, ui: Language): string {
  return dateFormat(ui, 'monthDay').format(Date.UTC(2000, month - 1, day));
}

/** Year range a TIMEX3 value covers, for links to `/timeline?from=&to=`. */
export function yearRange(when: string): { from: number; to: number } | null {
  const parsed = readWhen(when);
  if (parsed?.kind !== 'span') return null;
  return { from: parsed.start.year, to: parsed.end.year };
}
