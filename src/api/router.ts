import { OpenAPIHono } from '@hono/zod-openapi';
import type { RateLimiter } from '../domain/rate-limit.ts';
import type { Store } from '../store/index.ts';
import { ApiError } from './http/errors.ts';

/** What every route needs. The store opens lazily on first use so the server starts instantly. */
export interface ApiDeps {
  store: () => Promise<Store>;
  /** Counts readers' reports per client; shared with the website's (the server makes one), else the API's own. */
  reportLimiter?: RateLimiter;
}

/**
 * A router for one resource. Validation failures become our 400 error object, naming each bad
 * field (`query.limit: Too big`), instead of zod's raw output.
 */
export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({
        field: [result.target, ...issue.path.map(String)].join('.'),
        message: issue.message,
      }));
      const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      const tooLong = issues.some((i) => i.field === 'query.q' && /too big|at most|<=/i.test(i.message));
      if (tooLong) throw new ApiError(414, 'uri_too_long', `query too long: ${summary}`, issues);
      throw new ApiError(400, 'bad_request', `invalid request: ${summary}`, issues);
    },
  });
}

/** Throws a 404 error object when a looked-up record is missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new ApiError(404, 'not_found', `${what} not found`);
  return value;
}
