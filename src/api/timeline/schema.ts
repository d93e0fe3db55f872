import {
  EntityIdSchema,
  EntityTypeSchema,
  LanguageSchema,
  PageQuerySchema,
  pageOf,
  TimelineEventSchema,
  YearSchema,
} from '../schemas.ts';

export const TimelineQuerySchema = PageQuerySchema.extend({
  limit: PageQuerySchema.shape.limit.default(100),
  from: YearSchema.optional().openapi({ description: 'First year (inclusive)', example: 2009 }),
  to: YearSchema.optional().openapi({ description: 'Last year (inclusive)', example: 2011 }),
  entity: EntityIdSchema.optional(),
  type: EntityTypeSchema.optional().openapi({ description: 'Only events with a participant of this type' }),
  lang: LanguageSchema.optional().openapi({
    description: 'Only events stated in articles of this language, each described from such an article',
  }),
  ui: LanguageSchema.optional().openapi({
    description:
      "The reader's language: each event described from a source in it when there is one (others still listed as sources); lang implies it",
  }),
});

export const TimelinePageSchema = pageOf(TimelineEventSchema, 'TimelinePage');
