import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPieces } from '../../src/export/index.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';

// Exports were rendered whole in memory on every request, never cached (issue 15, 3): 14.6 MB of
// annotations per request. Now they stream as the store is read, carry an ETag known before
// rendering (304 without reading an article), and a repeated compressed export comes from memory.

let backend: TestBackend;
let store: Store;
let server: RunningServer;
let reads = 0;
beforeAll(async () => {
  backend = sqliteBackend();
  store = await backend.open();
  for (let i = 0; i < 3; i++) {
    await store.saveArticle({
      ...buildArticle({
        language: 'en',
        title: `Abai ${i}`,
        sentences: [{ text: 'Abai was born in 1845.', event: { when: '1845', dateText: '1845', entityIds: [] } }],
      }),
      sourceId: `a${i}`,
      path: `/x/${i}.txt`,
    });
  }
  const counting = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'getArticle' || key === 'timeline') {
        return (...args: unknown[]) => {
          reads++;
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
  server = await startServer({ port: 0, host: '127.0.0.1', store: counting });
});
afterAll(async () => {
  await server?.close();
  await backend?.drop();
});

describe('exports over HTTP', () => {
  it('answer 304 to If-None-Match without reading the store, and change ETag with the data', async () => {
    const first = await fetch(`${server.url}/api/export/annotations`, { headers: { 'accept-encoding': 'br' } });
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    reads = 0;
    const again = await fetch(`${server.url}/api/export/annotations`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(reads).toBe(0);
    // The same compressed export again: from memory, no article read.
    const cached = await fetch(`${server.url}/api/export/annotations`, { headers: { 'accept-encoding': 'br' } });
    expect(cached.status).toBe(200);
    expect(cached.headers.get('content-encoding')).toBe('br');
    await cached.arrayBuffer();
    expect(reads).toBe(0);
    await store.addEditor('ed');
    const eventId = (await store.timeline({ limit: 1 })).items[0]!.id;
    await store.reviewEvent({ eventId, editor: 'ed', decision: 'rejected' });
    const changed = await fetch(`${server.url}/api/export/annotations`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    await changed.arrayBuffer();
  });

  it('read nothing before the first piece is asked for, and each article once', async () => {
    let got = 0;
    const proxy = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        if (key === 'getArticle') {
          return (...args: unknown[]) => {
            got++;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
    const pieces = exportPieces(proxy, 'annotations', {});
    expect(got).toBe(0);
    const all: string[] = [];
    for await (const piece of pieces) all.push(piece);
    expect(got).toBe(3);
    expect(JSON.parse(all.join('')).type).toBe('AnnotationCollection');
  });
});
