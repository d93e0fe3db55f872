import { z } from '@hono/zod-openapi';
import * as inputs from '../domain/inputs.ts';

/**
 * Schemas shared by several resources. Limits here are the API's published limits; the input
 * rules the website shares come from `domain/inputs.ts`, with their OpenAPI names added here.
 */

export const MAX_PAGE_SIZE = 200;
export { MAX_QUERY_CHARS } from '../domain/inputs.ts';

/** A year, possibly BCE (negative), in canonical digits; documented as the integer it is. */
export const YearSchema = inputs.YearSchema.openapi({ type: 'integer', minimum: -10000, maximum: 10000 });

export const LanguageSchema = inputs.LanguageSchema.openapi('Language');
export const EntityTypeSchema = inputs.EntityTypeSchema.openapi('EntityType');

export const PageQuerySchema = z.object({
  limit: inputs
    .wholeNumberSchema(1, MAX_PAGE_SIZE)
    .default(20)
    .openapi({
      type: 'integer',
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `Page size, 1–${MAX_PAGE_SIZE}.`,
      example: 20,
    }),
  offset: inputs
    .wholeNumberSchema(0, 1_000_000)
    .default(0)
    .openapi({ type: 'integer', minimum: 0, maximum: 1_000_000, example: 0 }),
});

/** Canonical entity id: `org:osce`, `person:nursultan-nazarbayev`. */
export const EntityIdSchema = inputs.EntityIdSchema.openapi({ example: 'org:osce' });

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'forbidden',
        'not_found',
        'payload_too_large',
        'uri_too_long',
        'method_not_allowed',
        'rate_limited',
        'busy',
        'internal',
      ]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** Names an editor gave an entity per interface language (shown before the gazetteer's). */
export const EditedNamesSchema = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .openapi('EditedNames');

export const EntityRefSchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema, names: EditedNamesSchema.optional() })
  .openapi('EntityRef');

export const EventSourceSchema = z
  .object({
    articleId: z.number().int(),
    revision: z.number().int(),
    title: z.string(),
    language: LanguageSchema,
    sentence: SpanSchema,
    sentenceText: z.string(),
    when: z.string(),
    what: z.string(),
    confidence: z.number(),
  })
  .openapi('EventSource');

export const EventReviewMarkSchema = z
  .object({
    decision: z.enum(['confirmed', 'corrected', 'rejected']),
    editor: z.string(),
    at: z.string().openapi({ description: 'When the decision was made, ISO 8601' }),
  })
  .openapi('EventReviewMark');

export const TimelineEventSchema = z
  .object({
    id: z.string(),
    when: z.string().openapi({ description: 'TIMEX3 value or ISO interval', example: '2009-12' }),
    startDate: z.string(),
    endDate: z.string(),
    what: z.string(),
    lang: LanguageSchema.optional().openapi({
      description: "The language what is written in (its source's); absent for an editor's own description",
    }),
    entities: z.array(EntityRefSchema),
    sources: z.array(EventSourceSchema),
    confidence: z.number(),
    conflicted: z.boolean(),
    review: EventReviewMarkSchema.optional().openapi({
      description: "An editor's decision on this event; when and what already show a correction",
    }),
  })
  .openapi('TimelineEvent');

/** A paged list: `{total, items}`. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ total: z.number().int(), items: z.array(item) }).openapi(name);
}

/** Error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  414: { description: 'Query too long', content: { 'application/json': { schema: ErrorSchema } } },
  500: { description: 'Internal error', content: { 'application/json': { schema: ErrorSchema } } },
  503: {
    description: 'Too many such requests at once; retry after the Retry-After seconds',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
