import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';

// Finding things on the website (issue 16): mistyped addresses, bad form values, entity names by
// any word, and a day picker for "on this day". Real server, real HTTP, the bundled samples.

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
}, 180_000);
afterAll(async () => {
  await fx?.close();
});

async function page(path: string, init?: RequestInit): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`${fx.url}${path}`, { redirect: 'manual', ...init });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

describe('a mistyped address', () => {
  it('gets an HTML page in the interface language with a way back, not JSON', async () => {
    const ru = await page('/artcles/1?ui=ru');
    expect(ru.status).toBe(404);
    expect(ru.type).toContain('text/html');
    expect(ru.body).toContain('lang="ru"');
    expect(ru.body).toMatch(/<a href="\/">[^<]+<\/a>/);
    const kk = await page('/no/such/page', { headers: { 'Accept-Language': 'kk' } });
    expect(kk.status).toBe(404);
    expect(kk.body).toContain('lang="kk"');
  });

  it('under /api still gets the JSON error an API client expects', async () => {
    const api = await page('/api/no-such-route');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body)).toEqual({ error: { code: 'not_found', message: 'not found' } });
  });
});

describe('a bad form value', () => {
  it('is named, with the value typed, in the reader language', async () => {
    const res = await page(`/timeline?from=abc&ui=ru`);
    expect(res.status).toBe(400);
    expect(res.body).toContain('«abc» — недопустимое значение для «from»');
    expect(res.body).not.toContain('NaN');
    const en = await page(`/search?q=x&to=19x5&ui=en`);
    expect(en.status).toBe(400);
    expect(en.body).toContain('“19x5” is not a valid value for “to”');
  });
});

describe('the entity name box', () => {
  it('finds a person by the surname, in Cyrillic and in Latin script', async () => {
    const ru = await page(`/entities?q=${encodeURIComponent('Сулейменов')}&ui=ru`);
    expect(ru.status).toBe(200);
    expect(ru.body).toMatch(/Олжас С[уү]лейменов/);
    const en = await page('/entities?q=Suleimenov&ui=en');
    expect(en.body).toContain('Olzhas Suleimenov');
  });
});

describe('on this day', () => {
  it('has a day picker that works without JavaScript', async () => {
    const day = await page('/on-this-day/08-29?ui=en');
    expect(day.body).toMatch(/<form class="day-picker" method="get" action="\/on-this-day"/);
    expect(day.body).toContain('<option value="8" selected>August</option>');
    const res = await fetch(`${fx.url}/on-this-day?month=12&day=1`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/on-this-day/12-01');
  });

  it('refuses a day that does not exist, naming it', async () => {
    const res = await page('/on-this-day?month=2&day=30&ui=en');
    expect(res.status).toBe(400);
    expect(res.body).toContain('“30” is not a valid value for “day”');
  });
});

describe('names in the interface language', () => {
  it('titles an entity page with its name in the reader’s language when one is known', async () => {
    const h1 = async (ui: string) => /<h1>([^<]*)<\/h1>/.exec((await page(`/entities/org:osce?ui=${ui}`)).body)?.[1];
    expect(await h1('en')).toBe('OSCE');
    expect(await h1('ru')).toBe('ОБСЕ');
    expect(await h1('kk')).toBe('ЕҚЫҰ');
  });

  it('shows event chips in the reader’s language, and marks a name in another language with lang', async () => {
    const ru = (await page('/timeline?from=2010&to=2010&ui=ru')).body;
    const chips = [...ru.matchAll(/<a class="chip [^"]*" href="[^"]*">(.*?)<\/a>/g)].map((m) => m[1]!);
    expect(chips).toContain('ОБСЕ');
    expect(chips).not.toContain('OSCE');
    // A name the gazetteer cannot translate keeps its own spelling, in a span saying its language.
    for (const chip of chips.filter((c) => /^[A-Za-z]/.test(c))) expect(chip).toMatch(/^<span lang="en">/);
    expect(chips.filter((c) => c.startsWith('<span lang="en">')).length).toBeLessThan(chips.length);
  });
});

describe('download this view', () => {
  it('links the timeline’s filtered events in each export format, and the CSV holds those events', async () => {
    const body = (await page('/timeline?from=1991&to=1991&ui=en')).body;
    const links = [...body.matchAll(/<a href="(\/api\/export\/[^"]+)" download>/g)].map((m) =>
      m[1]!.replace(/&amp;/g, '&'),
    );
    expect(links.map((l) => l.split('?')[0])).toEqual([
      '/api/export/csv',
      '/api/export/jsonld',
      '/api/export/ics',
      '/api/export/timelinejs',
      '/api/export/gexf',
    ]);
    const csv = await fetch(`${fx.url}${links[0]}`);
    expect(csv.status).toBe(200);
    const rows = (await csv.text()).trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // Every row is an event that touches 1991 (the view): its start..end overlaps that year.
    for (const row of rows) {
      const [start, end] = row.split(',').slice(2, 4);
      expect(start! <= '1991-12-31' && end! >= '1991-01-01').toBe(true);
    }
  });

  it('on an entity page exports that entity’s events, and on search the results as JSON', async () => {
    const entity = (await page('/entities/org:osce?ui=en')).body;
    expect(entity).toContain('href="/api/export/csv?entity=org%3Aosce" download');
    const search = (await page('/search?q=OSCE&ui=en')).body;
    const json = /<a href="(\/api\/search\?[^"]+)" download="search.json">JSON<\/a>/
      .exec(search)?.[1]
      ?.replace(/&amp;/g, '&');
    expect(json).toBeDefined();
    const res = await fetch(`${fx.url}${json}`);
    expect(((await res.json()) as { total: number }).total).toBeGreaterThan(0);
  });
});
