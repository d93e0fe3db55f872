import { createRoute } from '@hono/zod-openapi';
import { describedIn } from '../../store/index.ts';
import { ApiError } from '../http/errors.ts';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import { TimelinePageSchema, TimelineQuerySchema } from './schema.ts';

const timelineRoute = createRoute({
  method: 'get',
  path: '/timeline',
  tags: ['timeline'],
  summary: 'Dated events in chronological order, merged across articles, each with its sources',
  request: { query: TimelineQuerySchema },
  responses: { 200: jsonContent(TimelinePageSchema, 'A page of events'), 400: errorResponses[400] },
});

export function timelineRoutes(deps: ApiDeps) {
  return newRouter().openapi(timelineRoute, async (c) => {
    const { from, to, entity, type, lang, ui, limit, offset } = c.req.valid('query');
    if (from !== undefined && to !== undefined && from > to) {
      throw new ApiError(400, 'bad_request', `invalid request: from (${from}) is after to (${to})`);
    }
    const page = await (await deps.store()).timeline({
      from,
      to,
      entity,
      entityType: type,
      language: lang,
      limit,
      offset,
    });
    const reader = lang ?? ui;
    return c.json(reader ? { ...page, items: page.items.map((e) => describedIn(e, reader)) } : page, 200);
  });
}
