import { createRoute } from '@hono/zod-openapi';
import { EXPORT_FORMATS, loadExportData } from '../../export/index.ts';
import { concurrencyLimit } from '../http/busy.ts';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses } from '../schemas.ts';
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
    400: errorResponses[400],
    503: errorResponses[503],
  },
});

/** Exports rendered at once (CHRONICLE_EXPORT_CONCURRENCY, default 2); more get a 503. */
const EXPORT_CONCURRENCY = Math.max(1, Number(process.env.CHRONICLE_EXPORT_CONCURRENCY) || 2);

export function exportRoutes(deps: ApiDeps) {
  const oneOfFew = concurrencyLimit(EXPORT_CONCURRENCY, 'exports');
  return newRouter().openapi(exportRoute, async (c) => {
    const name = c.req.valid('param').format;
    const { from, to, entity, lang } = c.req.valid('query');
    const format = EXPORT_FORMATS[name];
    const origin = new URL(c.req.url).origin;
    const body = await oneOfFew(c, async () =>
      format.render(
        await loadExportData(await deps.store(), { from, to, entity, language: lang }, { baseUrl: origin }),
      ),
    );
    c.header('Content-Type', format.mediaType);
    c.header('Content-Disposition', `attachment; filename="chronicle-${name}.${format.extension}"`);
    return c.body(body, 200);
  });
}
