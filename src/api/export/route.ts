import { createRoute } from '@hono/zod-openapi';
import { EXPORT_FORMATS, exportPieces } from '../../export/index.ts';
import { concurrencyLimit } from '../http/busy.ts';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses } from '../schemas.ts';
import { exportEtag, notModified, pieceStream } from './body.ts';
import { ExportParamsSchema, ExportQuerySchema } from './schema.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/export/{format}',
  tags: ['export'],
  summary: 'The timeline and graph as TimelineJS, CSV, JSON-LD, GEXF, iCalendar or Web Annotations',
  request: { params: ExportParamsSchema, query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The export, as a file download',
      content: Object.fromEntries(
        Object.values(EXPORT_FORMATS).map((f) => [f.mediaType.split(';')[0]!, { schema: { type: 'string' as const } }]),
      ),
    },
    304: { description: 'Not modified: the export named by `If-None-Match` is still current' },
    400: errorResponses[400],
    503: errorResponses[503],
  },
});

/** Exports rendered at once (CHRONICLE_EXPORT_CONCURRENCY, default 2); more get a 503. */
const EXPORT_CONCURRENCY = Math.max(1, Number(process.env.CHRONICLE_EXPORT_CONCURRENCY) || 2);

/**
 * Exports are streamed as the store is read (`exportPieces`), with an ETag known before rendering:
 * a client that has the current export gets a 304 without a single article read, and the server's
 * compression keeps the compressed download by that ETag, so a popular export is rendered once per
 * change of the data. At most EXPORT_CONCURRENCY render at once; a place is held until the stream
 * ends or the client hangs up.
 */
export function exportRoutes(deps: ApiDeps) {
  const oneOfFew = concurrencyLimit(EXPORT_CONCURRENCY, 'exports');
  return newRouter().openapi(exportRoute, async (c) => {
    const name = c.req.valid('param').format;
    const { from, to, entity, lang } = c.req.valid('query');
    const format = EXPORT_FORMATS[name];
    const origin = new URL(c.req.url).origin;
    const store = await deps.store();
    const etag = await exportEtag(store, [name, from, to, entity, lang, origin]);
    c.header('ETag', etag);
    c.header('Content-Type', format.mediaType);
    c.header('Content-Disposition', `attachment; filename="chronicle-${name}.${format.extension}"`);
    if (notModified(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    // HEAD never reads the body, so nothing would end the stream and free its place.
    if (c.req.method === 'HEAD') return c.body(null, 200);
    const free = oneOfFew.slot(c);
    const pieces = exportPieces(store, name, { from, to, entity, language: lang }, { baseUrl: origin });
    return c.body(pieceStream(pieces, free), 200);
  });
}
