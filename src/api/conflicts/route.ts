import { createRoute } from '@hono/zod-openapi';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import { ConflictListQuerySchema, ConflictPageSchema } from './schema.ts';

const listConflictsRoute = createRoute({
  method: 'get',
  path: '/conflicts',
  tags: ['conflicts'],
  summary: 'Where articles disagree: the same event dated differently, the same quantity with different values',
  request: { query: ConflictListQuerySchema },
  responses: { 200: jsonContent(ConflictPageSchema, 'A page of conflicts'), 400: errorResponses[400] },
});

export function conflictRoutes(deps: ApiDeps) {
  return newRouter().openapi(listConflictsRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(await (await deps.store()).listConflicts({ limit, offset }), 200);
  });
}
