import { z } from '@hono/zod-openapi';
import { EntityIdSchema, LanguageSchema, MAX_QUERY_CHARS, wholeNumberSchema } from './inputs.ts';
import type { Language } from './languages.ts';

/**
 * The editors' review-queue filters: one set of rules for the API's query and the /review page's
 * GET form (the API adds nothing but its page parameters).
 */

export const EventIdSchema = z
  .string()
  .regex(/^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/, 'event id must look like ev- and 16 hex digits');

/** The review-queue filters, as the API's query and the /review page's GET form write them. */
export const ReviewQueueFilterSchema = z.object({
  below: z.coerce.number().min(0).max(1).optional().openapi({
    description: 'Events with a confidence below this (default 0.6 when no other filter is given)',
    example: 0.6,
  }),
  above: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .openapi({ description: 'Events with a confidence at or above this', example: 0.8 }),
  q: z.string().max(MAX_QUERY_CHARS).optional().openapi({
    description: 'Words in the description or a source sentence (case-insensitive)',
    example: 'April 1991',
  }),
  lang: LanguageSchema.optional().openapi({ description: 'Events with a source in this language' }),
  article: wholeNumberSchema(1, Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ type: 'integer', description: 'Events with a source in this article (its id)', example: 1 }),
  entity: EntityIdSchema.optional().openapi({ description: 'Events with this participant' }),
  event: EventIdSchema.optional().openapi({ description: 'This one event (any confidence or decision)' }),
  decision: z
    .enum(['unreviewed', 'confirmed', 'corrected', 'rejected'])
    .optional()
    .openapi({ description: 'The decision in force (default unreviewed when no other filter is given)' }),
});

/** What the filters ask of the store's review queue (its `ReviewQueueQuery` without paging). */
export interface ReviewQueueFilters {
  below?: number;
  above?: number;
  q?: string;
  language?: Language;
  articleId?: number;
  entityId?: string;
  eventId?: string;
  decision?: 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';
}

/** The store's query for parsed filters. */
export function reviewQueueQuery(f: z.infer<typeof ReviewQueueFilterSchema>): ReviewQueueFilters {
  return {
    ...(f.below !== undefined ? { below: f.below } : {}),
    ...(f.above !== undefined ? { above: f.above } : {}),
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
    ...(f.lang ? { language: f.lang } : {}),
    ...(f.article !== undefined ? { articleId: f.article } : {}),
    ...(f.entity ? { entityId: f.entity } : {}),
    ...(f.event ? { eventId: f.event } : {}),
    ...(f.decision ? { decision: f.decision } : {}),
  };
}
