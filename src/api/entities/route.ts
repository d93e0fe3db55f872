import { createRoute } from '@hono/zod-openapi';
import { type ApiDeps, found, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import { EntityDetailSchema, EntityListQuerySchema, EntityPageSchema, EntityParamsSchema } from './schema.ts';

const listEntitiesRoute = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['entities'],
  summary: 'Organisations, people, places, events, documents and works, most mentioned first',
  request: { query: EntityListQuerySchema },
  responses: { 200: jsonContent(EntityPageSchema, 'A page of entities'), 400: errorResponses[400] },
});

const getEntityRoute = createRoute({
  method: 'get',
  path: '/entities/{id}',
  tags: ['entities'],
  summary: 'One entity with its dated events, mentions and related entities',
  request: { params: EntityParamsSchema },
  responses: {
    200: jsonContent(EntityDetailSchema, 'The entity'),
    301: { description: 'The entity was merged into another by an editor: Location names it' },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export function entityRoutes(deps: ApiDeps) {
  return newRouter()
    .openapi(listEntitiesRoute, async (c) => {
      const { type, q, limit, offset } = c.req.valid('query');
      return c.json(await (await deps.store()).listEntities({ type, q: q || undefined, limit, offset }), 200);
    })
    .openapi(getEntityRoute, async (c) => {
      const { id } = c.req.valid('param');
      const store = await deps.store();
      const entity = await store.getEntity(id);
      if (!entity) {
        // An id an editor merged away leads to the entity it was merged into.
        const into = await store.entityRedirect(id);
        if (into) return c.redirect(`/api/entities/${encodeURIComponent(into)}`, 301);
      }
      return c.json(found(entity, `entity ${id}`), 200);
    });
}
