import { createRoute } from '@hono/zod-openapi';
import { describedIn } from '../../store/index.ts';
import { type ApiDeps, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import { OnThisDayQuerySchema, OnThisDaySchema, todayMonthDay } from './schema.ts';

const onThisDayRoute = createRoute({
  method: 'get',
  path: '/on-this-day',
  tags: ['timeline'],
  summary: 'Events on this month and day in any year, and annual observances on it',
  request: { query: OnThisDayQuerySchema },
  responses: { 200: jsonContent(OnThisDaySchema, 'Events on that day'), 400: errorResponses[400] },
});

export function onThisDayRoutes(deps: ApiDeps) {
  return newRouter().openapi(onThisDayRoute, async (c) => {
    const { date = todayMonthDay(), ui } = c.req.valid('query');
    const events = await (await deps.store()).onThisDay(date);
    return c.json({ date, events: ui ? events.map((e) => describedIn(e, ui)) : events }, 200);
  });
}
