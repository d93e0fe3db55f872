import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './harness.ts';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx?.close();
});

async function get(path: string, init?: RequestInit) {
  return fetch(fx.url + path, init);
}

async function getJson(path: string) {
  const res = await get(path);
  return { res, body: (await res.json()) as Record<string, unknown> };
}

describe('every route answers', () => {
  it.each([
    '/api/articles',
    '/api/articles/1',
    '/api/search?q=OSCE',
    '/api/timeline',
    '/api/entities',
    '/api/entities?type=ORG&q=OSCE',
    '/api/on-this-day?date=08-29',
    '/api/conflicts',
    '/api/export/csv',
    '/api/openapi.json',
    '/api/docs',
    '/',
    '/articles/1',
    '/timeline',
    '/timeline?from=2009&to=2017&lang=en',
    '/entities',
    '/search?q=OSCE',
    '/on-this-day/08-29',
    '/conflicts',
    '/assets/site.css',
    '/assets/article.js',
  ])('GET %s → 200', async (path) => {
    const res = await get(path);
    expect(res.status, await res.clone().text()).toBe(200);
  });

  it('serves an entity page for an entity the search finds', async () => {
    const { body } = await getJson('/api/entities?q=OSCE');
    const items = body.items as { id: string }[];
    expect(items.length).toBeGreaterThan(0);
    const api = await get(`/api/entities/${encodeURIComponent(items[0]!.id)}`);
    expect(api.status).toBe(200);
    const page = await get(`/entities/${encodeURIComponent(items[0]!.id)}`);
    expect(page.status).toBe(200);
  });
});

describe('content', () => {
  it('the 2009–2011 timeline holds the December 2009 resolution 64/35 event', async () => {
    const { body } = await getJson('/api/timeline?from=2009&to=2011&limit=200');
    const events = body.items as { when: string; what: string }[];
    // Other events' descriptions may name the resolution too (`… adopted resolution 64/35, which proclaimed 29 August …`).
    const resolution = events.find((e) => e.what.includes('64/35') && e.when.startsWith('2009-12'));
    expect(resolution, JSON.stringify(events.map((e) => [e.when, e.what]))).toBeDefined();
  });

  it('on this day, 29 August: the International Day against Nuclear Tests and the 1991 closure', async () => {
    const html = await (await get('/on-this-day/08-29', { headers: { 'Accept-Language': 'en' } })).text();
    expect(html).toMatch(/International Day against Nuclear Tests/);
    expect(html).toMatch(/1991/);
    const { body } = await getJson('/api/on-this-day?date=08-29');
    const events = body.events as { when: string; what: string }[];
    expect(events.some((e) => e.when.startsWith('1991-08-29'))).toBe(true);
  });

  it('search returns ranked hits with highlighted snippets and facets', async () => {
    const { body } = await getJson('/api/search?q=OSCE&limit=5');
    expect(body.total).toBeGreaterThan(0);
    const results = body.results as { id: number; title: string; snippet: string; language: string }[];
    expect(results[0]!.snippet).toContain('<mark>');
    expect(results.length).toBeLessThanOrEqual(5);
  });

  it('an article carries its text, metadata and extracted facts; revisions are addressable', async () => {
    const { body } = await getJson('/api/articles/1');
    expect(typeof body.text).toBe('string');
    expect((body.analysis as { entities: unknown[] }).entities.length).toBeGreaterThan(0);
    const rev = await get('/api/articles/1?revision=1');
    expect(rev.status).toBe(200);
    const missing = await getJson('/api/articles/1?revision=999');
    expect(missing.res.status).toBe(404);
    expect((missing.body.error as { code: string }).code).toBe('not_found');
  });
});

describe('OpenAPI', () => {
  it('/api/openapi.json is a valid OpenAPI 3.1 document describing every route', async () => {
    const { body } = await getJson('/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(body as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const paths = Object.keys(body.paths as object);
    for (const p of [
      '/articles',
      '/articles/{id}',
      '/search',
      '/timeline',
      '/entities',
      '/entities/{id}',
      '/on-this-day',
      '/conflicts',
      '/export/{format}',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('the docs page is rendered from the same document, without scripts', async () => {
    const html = await (await get('/api/docs')).text();
    expect(html).toContain('GET /api/search');
    expect(html).toContain('≤ 500 chars');
    expect(html).not.toMatch(/<script/i);
  });

  it('the docs page gives every route an example request and its answer, and the examples work', async () => {
    const html = await (await get('/api/docs')).text();
    const sections = html.split('<section class="card docs-op"').slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(12);
    for (const section of sections) {
      expect(section, section.slice(0, 120)).toContain('<h3>Example</h3>');
      expect(section).toMatch(/<pre class="docs-example"><code>curl /);
    }
    // Public routes were asked for real: the search example shows a real hit, not a placeholder.
    const search = sections.find((s) => s.includes('GET /api/search'))!;
    expect(search).toContain('asked just now');
    expect(search).toMatch(/&quot;total&quot;: [1-9]/);
    // Copying any example request of a public route gets a 200.
    const urls = [...html.matchAll(/curl &#39;(http.+?)&#39;/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect((await fetch(url)).status, url).toBe(200);
    // Routes behind a token show the header to send, never a real token.
    const queue = sections.find((s) => s.includes('GET /api/review/queue'))!;
    expect(queue).toContain('Authorization: Bearer &lt;editor token&gt;');
  });
});

describe('hostile and oversized input gets 4xx JSON, never a stack trace', () => {
  const expectJsonError = async (res: Response, status: number[]) => {
    expect(status).toContain(res.status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(typeof body.error.code).toBe('string');
    expect(typeof body.error.message).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    return body;
  };

  it('a 20 000-character search query', async () => {
    const body = await expectJsonError(await get(`/api/search?q=${'a'.repeat(20_000)}`), [400, 414]);
    expect(body.error.message).toMatch(/q|long|500/);
  });

  it('a URL-encoded path-traversal article id and entity id', async () => {
    await expectJsonError(await get('/api/articles/..%2F..%2Fetc%2Fpasswd'), [400, 404]);
    await expectJsonError(await get('/api/entities/..%2F..%2Fetc%2Fpasswd'), [400, 404]);
    await expectJsonError(await get('/api/export/..%2F..%2Fetc%2Fpasswd'), [400, 404]);
  });

  it('bad pages, years, languages and dates name the field', async () => {
    const big = await expectJsonError(await get('/api/articles?limit=5000'), [400]);
    expect(big.error.message).toMatch(/limit/);
    await expectJsonError(await get('/api/timeline?from=abc'), [400]);
    await expectJsonError(await get('/api/timeline?from=2011&to=2009'), [400]);
    await expectJsonError(await get('/api/articles?lang=fr'), [400]);
    await expectJsonError(await get('/api/on-this-day?date=02-30'), [400]);
    await expectJsonError(await get('/api/search'), [400]);
  });

  it('unknown API routes and oversized bodies', async () => {
    await expectJsonError(await get('/api/nothing-here'), [404]);
    const res = await get('/api/search?q=x', { method: 'POST', body: 'x'.repeat(200_000) });
    await expectJsonError(res, [413]);
  });
});

describe('HTTP behaviour', () => {
  it('read routes send an ETag and Cache-Control, and answer 304 to If-None-Match', async () => {
    const first = await get('/api/timeline?from=2009&to=2011');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const second = await get('/api/timeline?from=2009&to=2011', { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
  });

  it('every response carries the security headers', async () => {
    for (const path of ['/', '/api/articles', '/api/nothing', '/articles/999999']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
  });

  it('compresses with brotli or gzip as the client asks', async () => {
    // fetch decompresses transparently; the header shows what travelled.
    const br = await get('/articles/1', { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toContain('</html>');
    const gz = await get('/articles/1', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
  });

  it('the interface language follows ?ui=, then the cookie, then Accept-Language', async () => {
    const ru = await get('/', { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    expect(await ru.text()).toMatch(/<html lang="ru"/);
    const kk = await get('/?ui=kk', { headers: { 'Accept-Language': 'en' } });
    const cookie = kk.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ui=kk/);
    expect(await kk.text()).toMatch(/<html lang="kk"/);
    const remembered = await get('/timeline', { headers: { Cookie: 'ui=kk', 'Accept-Language': 'en' } });
    expect(await remembered.text()).toMatch(/<html lang="kk"/);
  });

  it('web pages for missing things are 404 pages, not errors', async () => {
    expect((await get('/articles/999999')).status).toBe(404);
    expect((await get('/articles/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await get('/entities/nope:missing')).status).toBe(404);
    expect((await get('/on-this-day/13-45')).status).toBe(404);
    expect((await get('/timeline?from=abc')).status).toBe(400);
  });
});
