import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

// When the store itself fails (a disk gone, a database down), a reader gets a page in their own
// language with a way back, an API client gets the JSON error shape, and neither sees internals.
describe('a failure inside the server', () => {
  const app = createApp(async () => {
    throw new Error('SQLITE_IOERR: disk I/O error at /var/lib/chronicle/chronicle.db');
  });
  const quiet = <T>(run: () => Promise<T>) => {
    const log = console.error;
    console.error = () => {};
    return run().finally(() => {
      console.error = log;
    });
  };

  it('gives the website an HTML 500 page in the interface language, with a link home', async () => {
    for (const [ui, title] of [
      ['kk', 'Қате орын алды'],
      ['en', 'went wrong'],
    ] as const) {
      const res = await quiet(async () => app.request(`/timeline?ui=${ui}`));
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toContain('text/html');
      const body = await res.text();
      expect(body).toContain(`lang="${ui}"`);
      expect(body).toContain(title);
      expect(body).toMatch(/<a href="\/">[^<]+<\/a>/);
      expect(body).not.toMatch(/SQLITE_IOERR|chronicle\.db|\.ts:\d+/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('gives the API the JSON error shape, without the cause', async () => {
    const res = await quiet(async () => app.request('/api/timeline'));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
  });
});
