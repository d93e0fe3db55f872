import { createRoute } from '@hono/zod-openapi';
import { ApiError } from '../http/errors.ts';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import { SearchQuerySchema, SearchResultsSchema } from './schema.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'Full-text search in all three languages, with filters and facets',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonContent(SearchResultsSchema, 'Ranked results with highlighted snippets'),
    400: errorResponses[400],
    414: errorResponses[414],
  },
});

export function searchRoutes(deps: ApiDeps) {
  return newRouter().openapi(searchRoute, async (c) => {
    const { q, from, to, entity, type, lang, limit, offset, facets } = c.req.valid('query');
    if (from !== undefined && to !== undefined && from > to) {
      throw new ApiError(400, 'bad_request', `invalid request: from (${from}) is after to (${to})`);
    }
    const results = await (await deps.store()).search({
      q,
      from,
      to,
      entity,
      entityType: type,
      language: lang,
      limit,
      offset,
      facets,
    });
    return c.json(results, 200);
  });
}
