import { z } from '@hono/zod-openapi';
import { ENTITY_TYPES } from '../../domain/entity-types.ts';
import { EventIdSchema, ReviewQueueFilterSchema } from '../../domain/review-filters.ts';
import { EntityDetailSchema, EntitySummarySchema } from '../entities/schema.ts';
import {
  EditedNamesSchema,
  EntityIdSchema,
  EntityTypeSchema,
  LanguageSchema,
  PageQuerySchema,
  pageOf,
  TimelineEventSchema,
} from '../schemas.ts';

export { ReviewQueueFilterSchema, reviewQueueQuery } from '../../domain/review-filters.ts';

/** The scheme the review routes require: an editor's token from `chronicle editor add`. */
export const EDITOR_TOKEN_SCHEME = 'editorToken';

/**
 * Without a filter, unreviewed events below 0.6; with any of q, lang, article, entity, event,
 * above or decision, every matching event whatever its confidence and decision unless those say.
 */
export const ReviewQueueQuerySchema = PageQuerySchema.extend(ReviewQueueFilterSchema.shape);

export const ReviewQueueSchema = pageOf(TimelineEventSchema, 'ReviewQueue');

export const EventIdParamSchema = z.object({
  id: EventIdSchema.openapi({ param: { name: 'id', in: 'path' }, example: 'ev-345943acf5307bb7' }),
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

export const EntityStateSchema = z
  .object({
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    names: EditedNamesSchema,
    mentionCount: z.number().int(),
    articleCount: z.number().int(),
    mergedInto: z.string().nullable().openapi({ description: 'While merged: the entity its id leads to' }),
    deleted: z.boolean(),
  })
  .openapi('EntityState');

export const EditorStateSchema = z
  .object({
    role: z.enum(['editor', 'admin']).nullable().openapi({ description: 'null: the editor did not exist yet' }),
    revoked: z.boolean(),
  })
  .openapi('EditorState');

/** A reader's report before and after an editor resolves or dismisses it. */
export const ReaderReportStateSchema = z
  .object({
    status: z.enum(['open', 'resolved', 'dismissed']),
    resolvedBy: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .openapi('ReaderReportState');

/** A conflict as the audit log records it. */
export const ConflictStateSchema = z
  .object({
    decision: z.enum(['dismissed', 'confirmed']).nullable(),
    subject: z.string(),
    values: z.array(z.string()),
  })
  .openapi('ConflictState');

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    editor: z.string(),
    factType: z.enum(['event', 'claim', 'editor', 'entity', 'report', 'conflict']).openapi({
      description:
        "`editor`: an editor was added, revoked or enabled again (factKey is their name); `entity`: an entity edit or its undo (factKey is the entity id); `report`: a reader's report resolved or dismissed (factKey is the report's id); `conflict`: a conflict dismissed, confirmed or its decision undone (factKey is the review's stable key, `cf-…`)",
    }),
    factKey: z.string(),
    action: z.enum([
      'confirmed',
      'corrected',
      'rejected',
      'revoked',
      'added',
      'enabled',
      'renamed',
      'retyped',
      'unlinked',
      'merged',
      'split',
      'deleted',
      'undone',
      'resolved',
      'dismissed',
    ]),
    before: z.union([
      ReviewedStateSchema,
      EntityStateSchema,
      EditorStateSchema,
      ReaderReportStateSchema,
      ConflictStateSchema,
    ]),
    after: z.union([
      ReviewedStateSchema,
      EntityStateSchema,
      EditorStateSchema,
      ReaderReportStateSchema,
      ConflictStateSchema,
    ]),
    undid: z.number().int().optional().openapi({ description: '`undone` rows: the audit row they undid' }),
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

export const DoubtfulEntitiesQuerySchema = PageQuerySchema.extend({
  below: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .openapi({ description: 'List entities whose surest mention is below this (default 0.5)', example: 0.5 }),
});

export const DoubtfulEntitiesSchema = pageOf(EntitySummarySchema, 'DoubtfulEntities');

export const EntityReviewParamSchema = z.object({
  id: EntityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

const NOTE = z.string().max(1000).optional().openapi({ description: 'Why, for the audit log' });
const NAME = z.string().trim().min(1).max(200);
const MentionChoiceSchema = z
  .object({
    articleId: z
      .number()
      .int()
      .positive()
      .nullable()
      .openapi({ description: 'The article the mentions are in; null: every article' }),
    text: NAME.openapi({ description: "The mention's text (case and spaces do not matter)", example: 'Kazakh' }),
  })
  .strict()
  .openapi('MentionChoice');
const CHOICES = z.array(MentionChoiceSchema).min(1).max(100);

/** One body per action, told apart by `action`. */
export const EntityEditBodySchema = z
  .discriminatedUnion('action', [
    z
      .object({
        action: z.literal('renamed'),
        name: NAME,
        language: LanguageSchema.optional().openapi({
          description: 'Only in this interface language; absent: everywhere',
        }),
        note: NOTE,
      })
      .strict(),
    z.object({ action: z.literal('retyped'), type: EntityTypeSchema, note: NOTE }).strict(),
    z
      .object({
        action: z.literal('unlinked'),
        mentions: CHOICES,
        becomes: z.enum(['own', 'none']).openapi({ description: '`own`: the mentions become an entity of their own' }),
        note: NOTE,
      })
      .strict(),
    z.object({ action: z.literal('merged'), into: EntityIdSchema, note: NOTE }).strict(),
    z
      .object({
        action: z.literal('split'),
        mentions: CHOICES,
        name: NAME.openapi({ description: "The new entity's name" }),
        type: EntityTypeSchema.optional(),
        note: NOTE,
      })
      .strict(),
    z.object({ action: z.literal('deleted'), note: NOTE }).strict(),
  ])
  .openapi('EntityEdit', {
    description: 'An entity edit: rename, retype, unlink mentions, merge into another, split mentions off, delete',
  });

export const EditIdParamSchema = z.object({
  editId: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'editId', in: 'path' }, example: 1 }),
});

export const UndoBodySchema = z.object({ note: NOTE }).strict().openapi('EntityUndo');

const EntityEditSchema = z
  .object({
    id: z.number().int(),
    action: z.enum(['renamed', 'retyped', 'unlinked', 'merged', 'split', 'deleted']),
    entityId: z.string(),
    target: z.string().nullable(),
    editor: z.string(),
    note: z.string().nullable(),
    at: z.string(),
  })
  .openapi('EntityEditRecord');

export const EntityReviewSchema = z
  .object({
    entity: EntityDetailSchema,
    mentionGroups: z.array(
      z.object({
        articleId: z.number().int(),
        title: z.string(),
        language: LanguageSchema,
        text: z.string(),
        count: z.number().int(),
        snippet: z.string(),
      }),
    ),
    edits: z.array(EntityEditSchema),
    history: z.array(AuditEntrySchema),
  })
  .openapi('EntityReview');
