import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './accept-encoding.ts';

describe('chooseEncoding', () => {
  it('honours q=0 and q-values, brotli first on a tie', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('brotli, xgzip')).toBeNull();
  });
});

describe('compression under q-values', () => {
  it('sends brotli to no client that refused it', async () => {
    const { Hono } = await import('hono');
    const { compression } = await import('./compress.ts');
    const app = new Hono();
    app.use('*', compression());
    app.get('/', (c) => c.text('Abai Kunanbaiuly. '.repeat(200)));
    const encodingFor = async (accept: string) =>
      (await app.request('/', { headers: { 'Accept-Encoding': accept } })).headers.get('Content-Encoding');
    expect(await encodingFor('br;q=0, gzip;q=0')).toBeNull();
    expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
    expect(await encodingFor('gzip, br')).toBe('br');
  });
});
