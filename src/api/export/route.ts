import { createRoute } from '@hono/zod-openapi';
import { EXPORT_FORMATS, loadExportData } from '../../export/index.ts';
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
  },
});

export function exportRoutes(deps: ApiDeps) {
  return newRouter().openapi(exportRoute, async (c) => {
    const name = c.req.valid('param').format;
    const { from, to, entity, lang } = c.req.valid('query');
    const format = EXPORT_FORMATS[name];
    const origin = new URL(c.req.url).origin;
    const data = await loadExportData(await deps.store(), { from, to, entity, language: lang }, { baseUrl: origin });
    c.header('Content-Type', format.mediaType);
    c.header('Content-Disposition', `attachment; filename="chronicle-${name}.${format.extension}"`);
    return c.body(format.render(data), 200);
  });
}
