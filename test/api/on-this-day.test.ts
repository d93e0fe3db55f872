import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './harness.ts';

// The first Soviet test is told by the en, ru and kk closure articles: one event on 29 August,
// with its sources in the three languages (issue 14).

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
}, 120_000);
afterAll(async () => {
  await fx?.close();
});

describe('GET /api/on-this-day?date=08-29', () => {
  it('lists the 1949 test once, with sources in three languages', async () => {
    const res = await fetch(`${fx.url}/api/on-this-day?date=08-29`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { events: { when: string; sources: { language: string }[] }[] };
    const test1949 = body.events.filter((e) => e.when.startsWith('1949-08-29'));
    expect(test1949).toHaveLength(1);
    expect([...new Set(test1949[0]?.sources.map((s) => s.language))].sort()).toEqual(['en', 'kk', 'ru']);
  });
});
