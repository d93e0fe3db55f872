import { HTTPException } from 'hono/http-exception';
import { articleRoutes } from './articles/route.ts';
import { conflictRoutes } from './conflicts/route.ts';
import { type OpenApiDoc, renderApiDocs, routeExamples } from './docs/page.ts';
import { entityRoutes } from './entities/route.ts';
import { exportRoutes } from './export/route.ts';
import { readOnlyCors } from './http/cors.ts';
import { ApiError, errorBody, jsonError } from './http/errors.ts';
import { onThisDayRoutes } from './on-this-day/route.ts';
import { reportRoutes } from './reports/route.ts';
import { reviewRoutes } from './review/route.ts';
import { type ApiDeps, newRouter } from './router.ts';
import { searchRoutes } from './search/route.ts';
import { timelineRoutes } from './timeline/route.ts';

export { ApiError, errorBody, jsonError } from './http/errors.ts';
export { API_UPLOAD_PATH } from './review/editors.ts';
export type { ApiDeps } from './router.ts';

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Chronicle API',
    version: '0.1.0',
    description:
      'Sourced timeline and knowledge graph from history articles in Kazakh, Russian and English. Read-only JSON; every list is paged with limit (≤ 200) and offset.',
  },
  servers: [{ url: '/api' }],
};

/**
 * The JSON API, to be mounted at `/api`. Every route validates its input with the zod schema
 * beside it; `/openapi.json` is generated from those same schemas and `/docs` renders it as HTML.
 */
export function createApi(deps: ApiDeps) {
  const api = newRouter();
  api.use('*', readOnlyCors());
  api
    .route('/', articleRoutes(deps))
    .route('/', searchRoutes(deps))
    .route('/', timelineRoutes(deps))
    .route('/', entityRoutes(deps))
    .route('/', onThisDayRoutes(deps))
    .route('/', conflictRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', reportRoutes(deps))
    .route('/', reviewRoutes(deps));
  api.doc31('/openapi.json', OPENAPI_INFO);
  api.get('/docs', async (c) => {
    // The generator's type is looser than the fields the page reads (parameters are refs or objects).
    const doc = api.getOpenAPI31Document(OPENAPI_INFO) as unknown as OpenApiDoc;
    const origin = new URL(c.req.url).origin;
    const examples = await routeExamples(doc, async (path) =>
      api.request(path, { headers: { 'accept-encoding': 'identity' } }),
    );
    return c.html(renderApiDocs(doc, examples, origin));
  });
  api.notFound((c) => c.json(errorBody('not_found', `no API route ${c.req.method} ${c.req.path}`), 404));
  api.onError((err, c) => jsonError(c, toApiError(err)));
  return api;
}

/** Maps anything thrown to the error object a client sees; unexpected errors are logged, not shown. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  // The store validates too (page sizes, ids); its refusals are the client's mistake, not ours.
  if (err instanceof Error && err.name === 'StoreInputError') return new ApiError(400, 'bad_request', err.message);
  // Understood but refused in the state found (an undo a later decision stands in the way of).
  if (err instanceof Error && err.name === 'StoreConflictError') return new ApiError(409, 'conflict', err.message);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return new ApiError(413, 'payload_too_large', 'request body too large');
    if (status === 414) return new ApiError(414, 'uri_too_long', 'request URL too long');
    if (status === 405) return new ApiError(405, 'method_not_allowed', err.message || 'method not allowed');
    if (status === 404) return new ApiError(404, 'not_found', err.message || 'not found');
    if (status >= 400 && status < 500) return new ApiError(400, 'bad_request', err.message || 'bad request');
  }
  console.error('chronicle: internal error:', err);
  return new ApiError(500, 'internal', 'internal error');
}
