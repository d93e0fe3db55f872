// Readers' "report an error" in the API: anyone may post one (checked and rate-limited as the
// website's form is); editors list and resolve them under /review (their bearer token).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clientAddress, createRateLimiter, REPORT_RATE_RULES, reportRateKeys } from '../../domain/rate-limit.ts';
import { MAX_OPEN_REPORTS_PER_FACT } from '../../domain/reader-reports.ts';
import { ApiError } from '../http/errors.ts';
import { AuditEntrySchema, EDITOR_TOKEN_SCHEME, UnauthorizedSchema } from '../review/schema.ts';
import { type ApiDeps, found, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import {
  ReaderReportListSchema,
  ReaderReportQuerySchema,
  ReportBodySchema,
  ReportIdParamSchema,
  ReportReceiptSchema,
  ReportResolutionBodySchema,
} from './schema.ts';

const tooMany = {
  description:
    'Too many reports from this client just now (wait the Retry-After seconds), or too many open reports on this fact',
  content: errorResponses[400].content,
};

const reportRoute = createRoute({
  method: 'post',
  path: '/reports',
  tags: ['reports'],
  summary:
    "Report an error in a fact (an event, entity, claim or conflict) with a short note: it goes to the editors' queue",
  description: `No account needed. Limits: 5 reports per client in 10 minutes and 200 from everyone (429 with Retry-After), ${MAX_OPEN_REPORTS_PER_FACT} open reports per fact (429), a note of 3–1000 characters that is not only links (400).`,
  request: { body: { content: { 'application/json': { schema: ReportBodySchema } }, required: true } },
  responses: {
    201: jsonContent(ReportReceiptSchema, 'The report, open'),
    400: errorResponses[400],
    404: errorResponses[404],
    429: tooMany,
  },
});

const security = [{ [EDITOR_TOKEN_SCHEME]: [] }];
const unauthorized = {
  description: 'No editor token, or not a known one',
  content: { 'application/json': { schema: UnauthorizedSchema } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/review/reports',
  tags: ['review'],
  summary: "Readers' reports, newest first: open ones unless status says otherwise, each with what its fact is now",
  security,
  request: { query: ReaderReportQuerySchema },
  responses: {
    200: jsonContent(ReaderReportListSchema, 'A page of reports'),
    400: errorResponses[400],
    401: unauthorized,
  },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/review/reports/{id}',
  tags: ['review'],
  summary: "Resolve or dismiss an open reader's report as the token's editor, with a note; one audit row",
  security,
  request: {
    params: ReportIdParamSchema,
    body: { content: { 'application/json': { schema: ReportResolutionBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(AuditEntrySchema, 'The audit entry (factType report)'),
    400: errorResponses[400],
    401: unauthorized,
    404: errorResponses[404],
  },
});

/** The socket's address (Node), or a trusted proxy's `X-Forwarded-For`. */
function requestClient(c: Context): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  return clientAddress(
    socket?.remoteAddress,
    c.req.header('X-Forwarded-For'),
    process.env.CHRONICLE_TRUST_PROXY === '1',
  );
}

/** `POST /reports`, open to anyone. */
export function reportRoutes(deps: ApiDeps) {
  const limiter = deps.reportLimiter ?? createRateLimiter(REPORT_RATE_RULES);
  return newRouter().openapi(reportRoute, async (c) => {
    const body = c.req.valid('json');
    const rate = limiter.hit(reportRateKeys(requestClient(c)));
    if (!rate.ok) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      throw new ApiError(
        429,
        'rate_limited',
        `too many reports from this client: try again in ${rate.retryAfterSeconds} s`,
      );
    }
    const added = await (await deps.store()).addReaderReport({
      factType: body.type,
      factKey: body.key,
      note: body.note,
      ...(body.language ? { language: body.language } : {}),
    });
    if (added.status === 'missing') throw new ApiError(404, 'not_found', `${body.type} ${body.key} not found`);
    if (added.status === 'full') {
      throw new ApiError(429, 'rate_limited', `${body.type} ${body.key} already has ${added.open} open reports`);
    }
    const { id, factType, factKey, createdAt } = added.report;
    c.header('Cache-Control', 'no-store');
    return c.json({ id, factType, factKey, status: 'open' as const, createdAt }, 201);
  });
}

/** The editors' routes, on the review router (whose middleware checks the bearer token). */
export function reportReviewRoutes(router: OpenAPIHono, deps: ApiDeps): void {
  router
    .openapi(listRoute, async (c) => {
      const { limit, offset, status, type, key, lang } = c.req.valid('query');
      const page = await (await deps.store()).readerReports({
        limit,
        offset,
        status,
        ...(type ? { factType: type } : {}),
        ...(key ? { factKey: key } : {}),
        ...(lang ? { language: lang } : {}),
      });
      return c.json(page, 200);
    })
    .openapi(resolveRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const entry = await (await deps.store()).resolveReaderReport({
        reportId: id,
        editor: c.get('editor').name,
        status: body.status,
        ...(body.note?.trim() ? { note: body.note } : {}),
      });
      return c.json(found(entry, `report ${id}`), 200);
    });
}
