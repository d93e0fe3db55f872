import { z } from '@hono/zod-openapi';
import { ENTITY_TYPES } from '../../domain/entity-types.ts';
import { PageQuerySchema, pageOf, TimelineEventSchema } from '../schemas.ts';

/** The scheme the review routes require: an editor's token from `chronicle editor add`. */
export const EDITOR_TOKEN_SCHEME = 'editorToken';

export const ReviewQueueQuerySchema = PageQuerySchema.extend({
  below: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .openapi({ description: 'Queue events with a confidence below this (default 0.6)', example: 0.6 }),
});

export const ReviewQueueSchema = pageOf(TimelineEventSchema, 'ReviewQueue');

export const EventIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/, 'event id must look like ev- and 16 hex digits')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ev-345943acf5307bb7' }),
});

export const EventReviewBodySchema = z
  .object({
    decision: z.enum(['confirmed', 'corrected', 'rejected']),
    when: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: 'For corrected: the right date, TIMEX3 value or ISO interval', example: '1991-08-29' }),
    what: z.string().min(1).max(1000).optional().openapi({ description: 'For corrected: the right description' }),
    note: z.string().max(1000).optional().openapi({ description: 'Why, for the audit log' }),
  })
  .strict()
  .openapi('EventReview');

const ReviewedStateSchema = z
  .object({
    decision: z.enum(['confirmed', 'corrected', 'rejected']).nullable(),
    when: z.string(),
    what: z.string(),
  })
  .openapi('ReviewedState');

const LANGUAGE_NAMES = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .openapi('EntityNames', { description: 'Names an editor gave the entity per interface language' });

export const EntityStateSchema = z
  .object({
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    names: LANGUAGE_NAMES,
    mentionCount: z.number().int(),
    articleCount: z.number().int(),
    mergedInto: z.string().nullable().openapi({ description: 'While merged: the entity its id leads to' }),
    deleted: z.boolean(),
  })
  .openapi('EntityState');

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    editor: z.string(),
    factType: z.enum(['event', 'claim', 'editor', 'entity']).openapi({
      description:
        '`editor`: an editor was revoked (factKey is their name); `entity`: an entity edit or its undo (factKey is the entity id)',
    }),
    factKey: z.string(),
    action: z.enum([
      'confirmed',
      'corrected',
      'rejected',
      'revoked',
      'renamed',
      'retyped',
      'unlinked',
      'merged',
      'split',
      'deleted',
      'undone',
    ]),
    before: z.union([ReviewedStateSchema, EntityStateSchema]),
    after: z.union([ReviewedStateSchema, EntityStateSchema]),
    note: z.string().nullable(),
    at: z.string(),
    editId: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Entity rows: the edit made (or undone); undo takes it' }),
    target: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "Entity rows: a merge's survivor, a split's or an unlink's new entity" }),
  })
  .openapi('AuditEntry');

export const AuditLogSchema = pageOf(AuditEntrySchema, 'AuditLog');

/** `401`: the same error object as every route, with its own code. */
export const UnauthorizedSchema = z
  .object({
    error: z.object({ code: z.literal('unauthorized'), message: z.string() }),
  })
  .openapi('Unauthorized');
