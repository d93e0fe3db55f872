import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Editor } from '../../store/index.ts';
import { reportReviewRoutes } from '../reports/route.ts';
import { type ApiDeps, found, newRouter } from '../router.ts';
import { errorResponses, jsonContent, PageQuerySchema } from '../schemas.ts';
import { decisionRoutes } from './decisions.ts';
import { editorRoutes } from './editors.ts';
import {
  AuditEntrySchema,
  AuditLogSchema,
  DoubtfulEntitiesQuerySchema,
  DoubtfulEntitiesSchema,
  EDITOR_TOKEN_SCHEME,
  EditIdParamSchema,
  EntityEditBodySchema,
  EntityReviewParamSchema,
  EntityReviewSchema,
  EventIdParamSchema,
  EventReviewBodySchema,
  ReviewQueueQuerySchema,
  ReviewQueueSchema,
  reviewQueueQuery,
  UnauthorizedSchema,
  UndoBodySchema,
} from './schema.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The editor whose bearer token authorised a review request. */
    editor: Editor;
  }
}

const security = [{ [EDITOR_TOKEN_SCHEME]: [] }];
const unauthorized = {
  description: 'No editor token, or not a known one',
  content: { 'application/json': { schema: UnauthorizedSchema } },
};

const queueRoute = createRoute({
  method: 'get',
  path: '/review/queue',
  tags: ['review'],
  summary:
    'The review queue: unreviewed events below the confidence threshold, or any events found by words, language, article, entity, id, confidence or decision; least confident first, with their sources',
  security,
  request: { query: ReviewQueueQuerySchema },
  responses: {
    200: jsonContent(ReviewQueueSchema, 'A page of events waiting for review'),
    400: errorResponses[400],
    401: unauthorized,
  },
});

const decideRoute = createRoute({
  method: 'post',
  path: '/review/events/{id}',
  tags: ['review'],
  summary: "Confirm, correct or reject an event as the token's editor; recorded in the audit log",
  security,
  request: {
    params: EventIdParamSchema,
    body: { content: { 'application/json': { schema: EventReviewBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry of the decision'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

const logRoute = createRoute({
  method: 'get',
  path: '/review/log',
  tags: ['review'],
  summary: 'The audit log of review decisions, newest first',
  security,
  request: { query: PageQuerySchema },
  responses: {
    200: jsonContent(AuditLogSchema, 'A page of audit entries'),
    400: errorResponses[400],
    401: unauthorized,
  },
});

const doubtfulRoute = createRoute({
  method: 'get',
  path: '/review/entities',
  tags: ['review'],
  summary: 'Doubtful entities (a wrong link, a name made of a common word), least confident first',
  security,
  request: { query: DoubtfulEntitiesQuerySchema },
  responses: {
    200: jsonContent(DoubtfulEntitiesSchema, 'A page of doubtful entities'),
    400: errorResponses[400],
    401: unauthorized,
  },
});

const entityReviewRoute = createRoute({
  method: 'get',
  path: '/review/entities/{id}',
  tags: ['review'],
  summary: 'An entity as an editor reviews it: its facts, every group of its mentions, its edits and history',
  security,
  request: { params: EntityReviewParamSchema },
  responses: {
    200: jsonContent(EntityReviewSchema, 'The entity for review'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

const editEntityRoute = createRoute({
  method: 'post',
  path: '/review/entities/{id}',
  tags: ['review'],
  summary:
    "Rename, retype, unlink mentions of, merge, split or delete an entity as the token's editor; applied at once, kept through re-extraction, logged",
  security,
  request: {
    params: EntityReviewParamSchema,
    body: { content: { 'application/json': { schema: EntityEditBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry of the edit (its editId undoes it)'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

const undoRoute = createRoute({
  method: 'post',
  path: '/review/entity-edits/{editId}/undo',
  tags: ['review'],
  summary: 'Undo an entity edit; the undo is itself in the audit log',
  security,
  request: {
    params: EditIdParamSchema,
    body: { content: { 'application/json': { schema: UndoBodySchema } }, required: false },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry of the undo'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

/**
 * Lets only editors through: `Authorization: Bearer <token>` of an editor, else a 401 error
 * object. Review answers are private to the editor and never cached.
 */
function requireEditor(deps: ApiDeps): MiddlewareHandler {
  return async (c, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    const editor = m ? await (await deps.store()).editorByToken(m[1] as string) : null;
    if (!editor) {
      c.header('WWW-Authenticate', 'Bearer realm="chronicle review"');
      c.header('Cache-Control', 'no-store');
      const message = m
        ? 'unknown or revoked editor token'
        : 'an editor token is required: Authorization: Bearer <token>';
      return c.json({ error: { code: 'unauthorized', message } }, 401);
    }
    c.set('editor', editor);
    await next();
    c.header('Cache-Control', 'private, no-store');
  };
}

/** The editors' review API: queue, decisions, audit log. Every route needs an editor's token. */
export function reviewRoutes(deps: ApiDeps) {
  const router = newRouter();
  router.openAPIRegistry.registerComponent('securitySchemes', EDITOR_TOKEN_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'An editor token, printed once by `chronicle editor add NAME`',
  });
  router.use('/review/*', requireEditor(deps));
  // Editors' accounts (admins) and article upload: their own file, beside this one.
  editorRoutes(router, deps);
  // Undo, an event's history, and conflicts.
  decisionRoutes(router, deps);
  // Readers' reports: listing and resolving them.
  reportReviewRoutes(router, deps);
  return router
    .openapi(queueRoute, async (c) => {
      const { limit, offset, ...filters } = c.req.valid('query');
      return c.json(await (await deps.store()).reviewQueue({ limit, offset, ...reviewQueueQuery(filters) }), 200);
    })
    .openapi(decideRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const entry = await (await deps.store()).reviewEvent({ eventId: id, editor: c.get('editor').name, ...body });
      return c.json(found(entry, `event ${id}`), 200);
    })
    .openapi(logRoute, async (c) => {
      const { limit, offset } = c.req.valid('query');
      return c.json(await (await deps.store()).auditLog({ limit, offset }), 200);
    })
    .openapi(doubtfulRoute, async (c) => {
      const { limit, offset, below } = c.req.valid('query');
      return c.json(await (await deps.store()).doubtfulEntities({ limit, offset, below }), 200);
    })
    .openapi(entityReviewRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(found(await (await deps.store()).entityReview(id), `entity ${id}`), 200);
    })
    .openapi(editEntityRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const entry = await (await deps.store()).editEntity({ ...body, entityId: id, editor: c.get('editor').name });
      return c.json(found(entry, `entity ${id}`), 200);
    })
    .openapi(undoRoute, async (c) => {
      const { editId } = c.req.valid('param');
      // The body is optional: an undo needs no note.
      const raw = await c.req.text();
      const parsed = UndoBodySchema.safeParse(raw.trim() ? JSON.parse(raw) : {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw Object.assign(new Error(`json.${issue?.path.join('.')}: ${issue?.message}`), { name: 'StoreInputError' });
      }
      const entry = await (await deps.store()).undoEntityEdit({ editId, editor: c.get('editor').name, ...parsed.data });
      return c.json(found(entry, `entity edit ${editId}`), 200);
    });
}
