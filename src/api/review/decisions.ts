// Undo of decisions, an event's history, and editors' review of conflicts, under /api/review.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { type ApiDeps, found } from '../router.ts';
import { errorResponses, jsonContent, PageQuerySchema } from '../schemas.ts';
import {
  AuditIdParamSchema,
  ConflictIdParamSchema,
  ConflictPageSchema,
  ConflictReviewBodySchema,
  ConflictReviewSchema,
  DecisionUndoBodySchema,
  EventHistorySchema,
} from './decisions-schema.ts';
import { AuditEntrySchema, EDITOR_TOKEN_SCHEME, EventIdParamSchema, UnauthorizedSchema } from './schema.ts';

const security = [{ [EDITOR_TOKEN_SCHEME]: [] }];
const unauthorized = {
  description: 'No editor token, or not a known one',
  content: { 'application/json': { schema: UnauthorizedSchema } },
};

const undoRoute = createRoute({
  method: 'post',
  path: '/review/decisions/{auditId}/undo',
  tags: ['review'],
  summary:
    'Undo a decision (an audit row of an event or conflict decision, an undo, or an entity edit): puts back the review in force before it, logged as `undone`',
  description:
    'Only the latest action on a fact can be undone: when a later decision came after it, the answer is 409 naming that decision, which is undone first. Undoing an undo does the decision again.',
  security,
  request: {
    params: AuditIdParamSchema,
    body: { content: { 'application/json': { schema: DecisionUndoBodySchema } }, required: false },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry of the undo'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
    409: { description: 'A later decision on the same fact came after this one', content: errorResponses[400].content },
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/review/events/{id}/history',
  tags: ['review'],
  summary: "An event's review history from the audit log, oldest first",
  security,
  request: { params: EventIdParamSchema },
  responses: {
    200: jsonContent(EventHistorySchema, 'The history'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

const dismissedRoute = createRoute({
  method: 'get',
  path: '/review/conflicts',
  tags: ['review'],
  summary: 'Conflicts editors dismissed (readers no longer see them), oldest first',
  security,
  request: { query: PageQuerySchema },
  responses: {
    200: jsonContent(ConflictPageSchema, 'The dismissed conflicts'),
    400: errorResponses[400],
    401: unauthorized,
  },
});

const conflictRoute = createRoute({
  method: 'get',
  path: '/review/conflicts/{id}',
  tags: ['review'],
  summary: 'A conflict as an editor reviews it (dismissed or not): the review in force and its history',
  security,
  request: { params: ConflictIdParamSchema },
  responses: {
    200: jsonContent(ConflictReviewSchema, 'The conflict'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

const reviewConflictRoute = createRoute({
  method: 'post',
  path: '/review/conflicts/{id}',
  tags: ['review'],
  summary:
    'Dismiss a conflict (not a real disagreement: it leaves /conflicts and /api/conflicts) or confirm it; undo with /review/decisions/{auditId}/undo',
  security,
  request: {
    params: ConflictIdParamSchema,
    body: { content: { 'application/json': { schema: ConflictReviewBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry of the decision'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

/** Adds the routes to the review router (behind its editor check). */
export function decisionRoutes(router: OpenAPIHono, deps: ApiDeps): void {
  router
    .openapi(undoRoute, async (c) => {
      const { auditId } = c.req.valid('param');
      // The body is optional: an undo needs no note.
      const raw = await c.req.text();
      let json: unknown = {};
      try {
        if (raw.trim()) json = JSON.parse(raw);
      } catch {
        throw Object.assign(new Error('json: the body is not JSON'), { name: 'StoreInputError' });
      }
      const parsed = DecisionUndoBodySchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw Object.assign(new Error(`json.${issue?.path.join('.')}: ${issue?.message}`), { name: 'StoreInputError' });
      }
      const entry = await (await deps.store()).undoDecision({ auditId, editor: c.get('editor').name, ...parsed.data });
      return c.json(found(entry, `decision ${auditId}`), 200);
    })
    .openapi(historyRoute, async (c) => {
      const { id } = c.req.valid('param');
      const items = found(await (await deps.store()).eventHistory(id), `event ${id}`);
      return c.json({ eventId: id, items }, 200);
    })
    .openapi(dismissedRoute, async (c) => {
      const { limit, offset } = c.req.valid('query');
      return c.json(await (await deps.store()).dismissedConflicts({ limit, offset }), 200);
    })
    .openapi(conflictRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(found(await (await deps.store()).conflictReview(id), `conflict ${id}`), 200);
    })
    .openapi(reviewConflictRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const entry = await (await deps.store()).reviewConflict({
        conflictId: id,
        editor: c.get('editor').name,
        ...body,
      });
      return c.json(found(entry, `conflict ${id}`), 200);
    });
}
