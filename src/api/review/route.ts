import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Editor } from '../../store/index.ts';
import { type ApiDeps, found, newRouter } from '../router.ts';
import { errorResponses, jsonContent, PageQuerySchema } from '../schemas.ts';
import {
  AuditEntrySchema,
  AuditLogSchema,
  EDITOR_TOKEN_SCHEME,
  EventIdParamSchema,
  EventReviewBodySchema,
  ReviewQueueQuerySchema,
  ReviewQueueSchema,
  UnauthorizedSchema,
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
  summary: 'Unreviewed events below the confidence threshold, least confident first, with their sources',
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
  return router
    .openapi(queueRoute, async (c) => {
      const { limit, offset, below } = c.req.valid('query');
      return c.json(await (await deps.store()).reviewQueue({ limit, offset, below }), 200);
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
    });
}
