import { LANGUAGE_INFO, type Language } from '../../domain/languages.ts';
import { type DateParts, readWhen } from '../../domain/when.ts';
import { fill, type Messages } from '../i18n/index.ts';

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
 * A TIMEX3 value in words for the interface language: `2009-12` → "December 2009",
 * `199` → "1990s", `XXXX-08-29` → "every year on 29 August", `2010/2011` → "2010 – 2011".
 */
export function formatWhen(when: string, ui: Language, t: Messages): string {
  const slash = when.indexOf('/');
  if (slash > 0) return `${formatWhen(when.slice(0, slash), ui, t)} – ${formatWhen(when.slice(slash + 1), ui, t)}`;
  const parsed = readWhen(when);
  if (!parsed) return when;
  if (parsed.kind === 'annual') {
    const date = parsed.day
      ? monthDay(parsed.month, parsed.day, ui)
      : dateFormat(ui, 'monthName').format(Date.UTC(2000, parsed.month - 1, 1));
    return fill(t.everyYear, { date });
  }
  if (/^\d{3}$/.test(when)) return fill(t.decade, { n: Number(when) * 10 });
  if (/^\d{2}$/.test(when)) return fill(t.century, { n: Number(when) + 1 });
  return formatPoint(parsed.start, ui);
}

function formatPoint(p: DateParts, ui: Language): string {
  if (p.year < 0) return `${-p.year} BCE`;
  if (!p.month) return String(p.year);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day ?? 1);
  return dateFormat(ui, p.day ? 'day' : 'month').format(d);
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
