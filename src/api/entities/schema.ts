import { z } from '@hono/zod-openapi';
import {
  EditedNamesSchema,
  EntityIdSchema,
  EntityTypeSchema,
  LanguageSchema,
  MAX_QUERY_CHARS,
  PageQuerySchema,
  pageOf,
  TimelineEventSchema,
} from '../schemas.ts';

export const EntityListQuerySchema = PageQuerySchema.extend({
  type: EntityTypeSchema.optional(),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_CHARS)
    .optional()
    .openapi({ description: 'Name or alias contains', example: 'OSCE' }),
});

export const EntityParamsSchema = z.object({
  id: EntityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export const EntitySummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: z.array(z.string()),
    mentionCount: z.number().int(),
    articleCount: z.number().int(),
    confidence: z.number().min(0).max(1).nullable().optional().openapi({
      description:
        'The highest confidence of its mentions, from the recogniser and linker (null: saved before confidences were kept)',
      example: 0.93,
    }),
    doubtful: z
      .boolean()
      .optional()
      .openapi({ description: 'Below 0.5: possibly not a real entity or a wrong link; listed for editors' }),
    names: EditedNamesSchema.optional(),
  })
  .openapi('EntitySummary');

export const EntityPageSchema = pageOf(EntitySummarySchema, 'EntityPage');

export const EntityDetailSchema = EntitySummarySchema.extend({
  coordinates: z.object({ lat: z.number(), lon: z.number() }).optional(),
  events: z.array(TimelineEventSchema),
  mentions: z.array(
    z.object({
      articleId: z.number().int(),
      title: z.string(),
      language: LanguageSchema,
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      snippet: z.string(),
      confidence: z.number().min(0).max(1).nullable().openapi({ description: "This mention's own confidence" }),
    }),
  ),
  related: z.array(z.object({ id: z.string(), name: z.string(), type: EntityTypeSchema, weight: z.number() })),
}).openapi('EntityDetail');
