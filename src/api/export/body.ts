import { createHash } from 'node:crypto';
import type { Store } from '../../store/index.ts';

/** Changes with every restart, so a new version of the program never answers 304 to an old export. */
const STARTED = new Date().toISOString();

/**
 * A weak ETag for an export, known before anything is rendered: the request (format, filter, site)
 * and the store's version: its article count, the most recently stored or re-analysed article and
 * the last audit-log row (every review decision writes one). Anything that changes an export
 * changes one of these, so an unchanged export is answered 304 without reading a single article.
 */
export async function exportEtag(store: Store, request: unknown[]): Promise<string> {
  const [recent, log] = await Promise.all([
    store.listArticles({ order: 'recent', limit: 1 }),
    store.auditLog({ limit: 1 }),
  ]);
  const newest = recent.items[0];
  const version = [recent.total, newest?.id, newest?.updatedAt, log.total, log.items[0]?.id];
  const hash = createHash('sha256')
    .update(JSON.stringify([request, version, STARTED]))
    .digest('base64url');
  return `W/"x-${hash.slice(0, 32)}"`;
}

/** True when `If-None-Match` names this ETag (weakly compared, as RFC 9110 says for GET) or is `*`. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const own = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === own;
  });
}

/**
 * The pieces of an export as a response body, read only as the client takes them (a queue of
 * none: nothing is read ahead). `done` runs once, when the export ends, fails or the client goes
 * away, to free its place among the exports running at once.
 */
export function pieceStream(pieces: AsyncGenerator<string>, done: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await pieces.next();
          if (next.done) {
            done();
            controller.close();
          } else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          done();
          controller.error(err);
        }
      },
      async cancel() {
        done();
        await pieces.return(undefined);
      },
    },
    new CountQueuingStrategy({ highWaterMark: 0 }),
  );
}
