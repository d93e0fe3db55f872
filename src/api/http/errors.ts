import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Machine-readable error codes; clients switch on these, so they never change meaning. */
export type ApiErrorCode =
  | 'bad_request'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'busy'
  | 'internal';

/** The one error shape every API route answers with: `{error: {code, message, details?}}`. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

/** An error a handler throws to answer with a given status; the message is shown to the client. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ApiErrorCode, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Answers with the stable JSON error object; never includes a stack trace. */
export function jsonError(c: Context, err: ApiError): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(err.code, err.message, err.details), err.status);
}
