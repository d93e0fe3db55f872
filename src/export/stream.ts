import type { Store } from '../store/index.ts';
import { annotationLines, annotationsHead, annotationsTail } from './annotations.ts';
import { EXPORT_FORMATS, type ExportFormatName } from './formats.ts';
import { exportArticles, loadExportData } from './load.ts';
import type { ExportFilter } from './types.ts';

/** Pieces of about this many characters are handed on at once; between two, other work gets a turn. */
const PIECE_CHARS = 64 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ExportStreamOptions {
  baseUrl?: string;
  title?: string;
}

/**
 * An export as text pieces, produced as the store is read, never the whole text at once: the Web
 * Annotations one article at a time (only that article's text in memory), the other formats from
 * their events (or, for JSON-LD and GEXF, the gathered entities), handed on in 64 KB pieces. Lazy:
 * nothing is read before the first piece is asked for, and a consumer that stops early (a client
 * that hangs up) stops the reading. Every piece gives other requests a turn of the event loop.
 *
 * @example for await (const piece of exportPieces(store, 'csv', {})) out.write(piece)
 */
export async function* exportPieces(
  store: Store,
  name: ExportFormatName,
  filter: ExportFilter,
  opts: ExportStreamOptions = {},
): AsyncGenerator<string> {
  if (name === 'annotations') {
    yield* annotationPieces(store, filter, opts);
    return;
  }
  const format = EXPORT_FORMATS[name];
  const text = format.render(await loadExportData(store, filter, { ...opts, needs: format.needs }));
  for (let start = 0; start < text.length; ) {
    // Never split a surrogate pair between two pieces: each is encoded to UTF-8 on its own.
    let end = Math.min(text.length, start + PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(start, end);
    start = end;
    await nextTurn();
  }
}

async function* annotationPieces(store: Store, filter: ExportFilter, opts: ExportStreamOptions) {
  const baseUrl = (opts.baseUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  let pending = annotationsHead({ baseUrl, title: opts.title ?? 'Chronicle' });
  let total = 0;
  for await (const { article } of exportArticles(store, filter)) {
    // Even one article can hold tens of thousands of mentions: hand them on piece by piece.
    for (const line of annotationLines(baseUrl, article)) {
      pending += total++ ? `,\n${line}` : line;
      if (pending.length >= PIECE_CHARS) {
        yield pending;
        pending = '';
        await nextTurn();
      }
    }
  }
  yield pending + annotationsTail(total);
}
