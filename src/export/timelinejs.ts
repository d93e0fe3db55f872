import { astronomicalYear, type DateParts, readWhen } from '../domain/when.ts';
import { whenLabel } from '../domain/when-label/index.ts';
import type { ExportData } from './types.ts';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/**
 * Events in Knight Lab's TimelineJS JSON format (`{title, events:[{start_date, end_date, text}]}`).
 * Annual observances (`XXXX-08-29`) have no year TimelineJS could place, so they are left out;
 * the calendar export carries them.
 */
export function exportTimelineJs(data: ExportData): string {
  const events = [];
  for (const e of data.events) {
    const when = readWhen(e.when);
    if (when?.kind !== 'span') continue;
    const sameDate = JSON.stringify(when.start) === JSON.stringify(when.end);
    const sources = e.sources.map((s) => `${s.title} (${data.baseUrl}/articles/${s.articleId})`).join('; ');
    events.push({
      unique_id: e.id,
      // TimelineJS places the item by its dates and shows display_date instead of them: the value at
      // its own precision ("summer 1991", not June 1991), in the language of the event's first source.
      start_date: tjsDate(when.start, whenLabel(e.when, e.sources[0]?.language ?? 'en')),
      ...(sameDate ? {} : { end_date: tjsDate(when.end) }),
      text: { headline: e.what.length > 120 ? `${e.what.slice(0, 117)}…` : e.what, text: `${e.what}\n\n${sources}` },
      group: e.entities[0]?.name,
    });
  }
  return JSON.stringify(
    { title: { text: { headline: data.title, text: `${events.length} dated events` } }, events },
    null,
    2,
  );
}

/** TimelineJS counts years as JavaScript dates do (astronomically: 500 BC is -499). */
function tjsDate(p: DateParts, display?: string): TimelineJsDate {
  const d: TimelineJsDate = { year: astronomicalYear(p.year) };
  if (p.month) d.month = p.month;
  if (p.day) d.day = p.day;
  if (display) d.display_date = display;
  return d;
}
