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
 * TimelineJS gives every group its own row in the navigation strip; past a handful of rows the
 * strip has no room left for the items, so groups are only written when there are this few.
 */
const MAX_GROUPS = 6;

/**
 * Events in Knight Lab's TimelineJS JSON format (`{title, events:[{start_date, end_date, text}]}`).
 * Annual observances (`XXXX-08-29`) have no year TimelineJS could place: they are listed on the
 * title slide instead (the calendar export carries them as yearly events).
 */
export function exportTimelineJs(data: ExportData): string {
  const events = [];
  const annual: string[] = [];
  for (const e of data.events) {
    const when = readWhen(e.when);
    if (when?.kind === 'annual') {
      annual.push(`${whenLabel(e.when, e.sources[0]?.language ?? 'en')}: ${e.what}`);
      continue;
    }
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
  if (new Set(events.map((e) => e.group)).size > MAX_GROUPS) for (const e of events) delete e.group;
  const every = annual.length ? `\n\nEvery year: ${annual.join('; ')}` : '';
  return JSON.stringify(
    { title: { text: { headline: data.title, text: `${events.length} dated events${every}` } }, events },
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
