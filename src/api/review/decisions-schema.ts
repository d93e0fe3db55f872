import { z } from '@hono/zod-openapi';
import { ConflictPageSchema, ConflictSchema } from '../conflicts/schema.ts';
import { AuditEntrySchema } from './schema.ts';

const NOTE = z.string().max(1000).optional().openapi({ description: 'Why, for the audit log' });

export const AuditIdParamSchema = z.object({
  auditId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'auditId', in: 'path' }, example: 12 }),
});

export const DecisionUndoBodySchema = z.object({ note: NOTE }).strict().openapi('DecisionUndo');

export const EventHistorySchema = z
  .object({
    eventId: z.string(),
    items: z.array(AuditEntrySchema).openapi({
      description: "Oldest first: decisions under the event's id and on its sentences under an earlier id",
    }),
  })
  .openapi('EventHistory');

export const ConflictIdParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const ConflictReviewBodySchema = z
  .object({
    decision: z.enum(['dismissed', 'confirmed']).openapi({
      description: '`dismissed`: not a real disagreement, readers stop seeing it; `confirmed`: a real one',
    }),
    note: NOTE,
  })
  .strict()
  .openapi('ConflictReviewBody');

export const ConflictReviewSchema = z
  .object({
    conflict: ConflictSchema,
    review: z
      .object({
        key: z
          .string()
          .openapi({ description: 'The stable key the review is stored under; it outlives re-extraction' }),
        decision: z.enum(['dismissed', 'confirmed']),
        editor: z.string(),
        at: z.string(),
        note: z.string().nullable(),
      })
      .nullable(),
    history: z.array(AuditEntrySchema),
  })
  .openapi('ConflictReview');

export { ConflictPageSchema };
