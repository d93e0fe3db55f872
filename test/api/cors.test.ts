import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './harness.ts';

// A researcher's browser tool on another site reads the public API (issue 16); the editors' routes
// stay same-origin. Real server, real HTTP.

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
}, 180_000);
afterAll(async () => {
  await fx?.close();
});

const ELSEWHERE = { Origin: 'https://notebook.example.org' };

describe('CORS on the read API', () => {
  it('lets any origin read public routes, without credentials, and see the ETag', async () => {
    const res = await fetch(`${fx.url}/api/timeline?from=1991&to=1991`, { headers: ELSEWHERE });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('answers a preflight for GET with a conditional header, and allows no writes', async () => {
    const res = await fetch(`${fx.url}/api/search?q=OSCE`, {
      method: 'OPTIONS',
      headers: {
        ...ELSEWHERE,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(res.status).toBe(204);
    const methods = res.headers.get('access-control-allow-methods') ?? '';
    expect(methods).toContain('GET');
    expect(methods).not.toMatch(/POST|PUT|DELETE|PATCH/);
    expect((res.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toContain('if-none-match');
  });

  it('gives the editors\u2019 API no CORS header, so another site cannot use an editor\u2019s token', async () => {
    const res = await fetch(`${fx.url}/api/review/queue`, { headers: ELSEWHERE });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${fx.url}/api/review/queue`, {
      method: 'OPTIONS',
      headers: {
        ...ELSEWHERE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not touch the website', async () => {
    const res = await fetch(`${fx.url}/timeline`, { headers: ELSEWHERE });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
