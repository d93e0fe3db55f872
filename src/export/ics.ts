import { firstDay, isoDate, lastDay, readWhen } from '../domain/when.ts';
import { whenLabel } from '../domain/when-label/index.ts';
import type { ExportData } from './types.ts';

/**
 * Events as iCalendar (RFC 5545): one all-day VEVENT per dated event; annual observances
 * (`XXXX-08-29`) recur with `RRULE:FREQ=YEARLY`. Text is escaped and lines folded at 75 octets.
 * Events outside years 1–9999 cannot be written in iCalendar's date form and are left out.
 */
export function exportIcs(data: ExportData): string {
  const stamp = icsDateTime(data.generatedAt);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chronicle//Chronicle timeline//EN', 'CALSCALE:GREGORIAN'];
  lines.push(`X-WR-CALNAME:${escapeText(data.title)}`);
  for (const e of data.events) {
    const when = readWhen(e.when);
    if (!when) continue;
    let start: [number, number, number];
    let endExclusive: [number, number, number];
    let rrule: string | null = null;
    if (when.kind === 'annual') {
      if (!when.day) continue;
      // The recurrence needs a first occurrence; the event's own start year when the store knows one.
      const year = Number(/^(\d{4})/.exec(e.startDate)?.[1] ?? '1970') || 1970;
      start = [year, when.month, when.day];
      endExclusive = nextDay(start);
      rrule = 'RRULE:FREQ=YEARLY';
    } else {
      start = firstDay(when.start);
      endExclusive = nextDay(lastDay(when.end));
    }
    if (start[0] < 1 || endExclusive[0] > 9999) continue;
    // An all-day span is all iCalendar can say; the description says the date as written ("summer 1991").
    const description = [
      `${whenLabel(e.when, e.sources[0]?.language ?? 'en')}: ${e.what}`,
      ...e.sources.map((s) => `${s.title}: ${s.sentenceText} (${data.baseUrl}/articles/${s.articleId})`),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id.replace(/[^\w.-]/g, '-')}@chronicle`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(start)}`,
      `DTEND;VALUE=DATE:${icsDate(endExclusive)}`,
      ...(rrule ? [rrule] : []),
      `SUMMARY:${escapeText(e.what)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(e.entities.length ? [`CATEGORIES:${e.entities.map((x) => escapeText(x.name)).join(',')}`] : []),
      ...(e.sources[0] ? [`URL:${data.baseUrl}/articles/${e.sources[0].articleId}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped; every kind of line break as `\n`. */
function escapeText(s: string): string {
  return (
    s
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      // U+0085, U+2028 and U+2029 are line breaks too; calendar parsers split on them, so they
      // become escaped newlines like the others.
      .replace(/\r\n|\r|\n|\u0085|\u2028|\u2029/g, '\\n')
  );
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space, never splitting a character. */
function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate([y, m, d]: [number, number, number]): string {
  return isoDate([y, m, d]).replace(/-/g, '');
}

function icsDateTime(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
