import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { Language } from '../analyze/types.ts';
import type { TimelineEvent } from '../store/index.ts';
import { exportIcs } from './ics.ts';
import { exportTimelineJs } from './timelinejs.ts';
import type { ExportData } from './types.ts';

/** Events dated as the tagger dates them: a season, a decade, a century, each told by one source. */
function dataWith(events: { when: string; startDate: string; endDate: string; language: Language }[]): ExportData {
  return {
    title: 'Precision',
    baseUrl: 'http://example.test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    entities: [],
    articles: [],
    cooccurrences: [],
    events: events.map(
      (e, i): TimelineEvent => ({
        id: `ev-${i}`,
        when: e.when,
        startDate: e.startDate,
        endDate: e.endDate,
        what: `event ${i}`,
        entities: [],
        sources: [
          {
            articleId: i + 1,
            revision: 1,
            title: 'Source',
            language: e.language,
            sentence: { start: 0, end: 10 },
            sentenceText: 'A sentence.',
            when: e.when,
            what: `event ${i}`,
            confidence: 0.9,
          },
        ],
        confidence: 0.9,
        conflicted: false,
      }),
    ),
  };
}

const DATA = dataWith([
  { when: '1991-SU', startDate: '1991-06-01', endDate: '1991-08-31', language: 'en' },
  { when: '1991-SU', startDate: '1991-06-01', endDate: '1991-08-31', language: 'ru' },
  { when: '1991-SU', startDate: '1991-06-01', endDate: '1991-08-31', language: 'kk' },
  { when: '199', startDate: '1990-01-01', endDate: '1999-12-31', language: 'en' },
  { when: '18', startDate: '1800-01-01', endDate: '1899-12-31', language: 'ru' },
]);

describe('exports say a date at its own precision', () => {
  it('TimelineJS: a season spans its months and is shown as the season, a decade and a century likewise', () => {
    const events = JSON.parse(exportTimelineJs(DATA)).events as {
      start_date: { year: number; month?: number; day?: number; display_date: string };
      end_date?: { year: number; month?: number };
    }[];
    expect(events.map((e) => e.start_date.display_date)).toEqual([
      'summer 1991',
      'летом 1991 года',
      '1991 жылдың жазы',
      '1990s',
      'XIX век',
    ]);
    // Placed by what TimelineJS can place: months for the season, years for the decade; no invented day.
    expect(events[0]?.start_date).toMatchObject({ year: 1991, month: 6 });
    expect(events[0]?.start_date.day).toBeUndefined();
    expect(events[0]?.end_date).toMatchObject({ year: 1991, month: 8 });
    expect(events[3]?.start_date.month).toBeUndefined();
    expect(events[3]?.end_date).toEqual({ year: 1999 });
  });

  it('iCalendar: an all-day span over the whole season, described as the season', () => {
    const parsed = Object.values(ical.sync.parseICS(exportIcs(DATA))).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[];
    const summer = parsed[0] as ical.VEvent;
    expect(String(summer.description).split('\n')[0]).toBe('summer 1991: event 0');
    expect(String(parsed[2]?.description)).toMatch(/^1991 жылдың жазы: /);
    const ics = exportIcs(DATA);
    expect(ics).toContain('DTSTART;VALUE=DATE:19910601');
    expect(ics).toContain('DTEND;VALUE=DATE:19910901');
  });
});
