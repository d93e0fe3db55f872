import fc from 'fast-check';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../store/index.ts';
import { exportIcs } from './ics.ts';
import type { ExportData } from './types.ts';

function dataWith(events: Partial<TimelineEvent>[]): ExportData {
  return {
    title: 'Test',
    baseUrl: 'http://example.test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    entities: [],
    articles: [],
    cooccurrences: [],
    events: events.map((e, i) => ({
      id: `ev-${i}`,
      when: '2010',
      startDate: '2010-01-01',
      endDate: '2010-12-31',
      what: 'x',
      entities: [],
      sources: [],
      confidence: 1,
      conflicted: false,
      ...e,
    })),
  };
}

describe('iCalendar export', () => {
  it('writes Unicode line separators as escaped newlines, so parsers keep the summary whole', () => {
    const text = exportIcs(dataWith([{ what: '!\u2028!' }]));
    const parsed = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(String(parsed.summary)).toBe('!\n!');
  });

  it('folds every line to 75 octets and escapes text so any summary parses back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (what) => {
        const clean = what.replace(/[\u0000-\u001f\u007f]/g, '').trim();
        fc.pre(clean.length > 0);
        const text = exportIcs(dataWith([{ what: clean }]));
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const parsed = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
        // Unicode line separators come back as the newlines they stand for.
        expect(String(parsed.summary).trim()).toBe(clean.replace(/[\u0085\u2028\u2029]/g, '\n').trim());
      }),
      { numRuns: 150 },
    );
  });

  it('makes annual dates yearly recurrences and day events one day long', () => {
    const text = exportIcs(
      dataWith([
        {
          when: 'XXXX-08-29',
          startDate: '2010-08-29',
          endDate: '2010-08-29',
          what: 'International Day against Nuclear Tests',
        },
        { when: '1991-08-29', startDate: '1991-08-29', endDate: '1991-08-29', what: 'Test site closed' },
        { when: '2000-12-31', startDate: '2000-12-31', endDate: '2000-12-31', what: 'Year end' },
      ]),
    );
    expect(text).toContain('RRULE:FREQ=YEARLY');
    expect(text).toContain('DTSTART;VALUE=DATE:20100829');
    expect(text).toContain('DTSTART;VALUE=DATE:19910829\r\nDTEND;VALUE=DATE:19910830');
    expect(text).toContain('DTEND;VALUE=DATE:20010101');
  });
});
