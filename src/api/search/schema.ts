import { z } from '@hono/zod-openapi';
import {
  EntityIdSchema,
  EntityTypeSchema,
  LanguageSchema,
  MAX_QUERY_CHARS,
  PageQuerySchema,
  YearSchema,
} from '../schemas.ts';

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1, 'search text is required')
    .max(MAX_QUERY_CHARS, `at most ${MAX_QUERY_CHARS} characters`)
    .openapi({ example: 'OSCE', description: `Search text, 1–${MAX_QUERY_CHARS} characters` }),
  from: YearSchema.optional().openapi({ description: 'First year (inclusive)', example: 2009 }),
  to: YearSchema.optional().openapi({ description: 'Last year (inclusive)', example: 2017 }),
  entity: EntityIdSchema.optional(),
  type: EntityTypeSchema.optional().openapi({ description: 'Only articles mentioning an entity of this type' }),
  lang: LanguageSchema.optional(),
  facets: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'Also count results per language, entity type and year', example: 'true' }),
});

export const SearchHitSchema = z
  .object({
    id: z.number().int(),
    sourceId: z.string().nullable(),
    title: z.string(),
    language: LanguageSchema,
    snippet: z.string().openapi({ description: 'HTML-escaped text; matches wrapped in <mark>' }),
    score: z.number(),
  })
  .openapi('SearchHit');

export const SearchResultsSchema = z
  .object({
    total: z.number().int(),
    results: z.array(SearchHitSchema),
    facets: z
      .object({
        language: z.record(z.string(), z.number()),
        entityType: z.record(z.string(), z.number()),
        year: z.record(z.string(), z.number()),
      })
      .optional(),
  })
  .openapi('SearchResults');
