import { z } from '@hono/zod-openapi';
import { wholeNumberSchema } from '../../domain/inputs.ts';
import { EntityTypeSchema, LanguageSchema, PageQuerySchema, pageOf, SpanSchema } from '../schemas.ts';

export const ArticleListQuerySchema = PageQuerySchema.extend({
  lang: LanguageSchema.optional().openapi({ description: 'Only articles in this language' }),
  order: z
    .enum(['id', 'recent'])
    .default('id')
    .openapi({ description: '`id`: in ingest order; `recent`: most recently stored or updated first' }),
});

export const ArticleParamsSchema = z.object({
  id: wholeNumberSchema(1, 2 ** 31).openapi({
    type: 'integer',
    param: { name: 'id', in: 'path' },
    example: 1,
    description: 'Numeric article id',
  }),
});

export const ArticleQuerySchema = z.object({
  revision: wholeNumberSchema(1, 1_000_000).optional().openapi({ type: 'integer', description: 'Default: latest' }),
});

export const ArticleSummarySchema = z
  .object({
    id: z.number().int(),
    sourceId: z.string().nullable(),
    site: z.string().nullable(),
    title: z.string(),
    language: LanguageSchema,
    author: z.string().nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
    path: z.string(),
  })
  .openapi('ArticleSummary');

export const ArticlePageSchema = pageOf(ArticleSummarySchema, 'ArticlePage');

const TimexSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET', 'INTERVAL']),
    value: z.string(),
    mod: z.string().optional(),
  })
  .openapi('TemporalExpression');

const EntitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: z.array(z.string()),
    mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
    coordinates: z.object({ lat: z.number(), lon: z.number() }).optional(),
  })
  .openapi('Entity');

const DatedEventSchema = z
  .object({
    when: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    what: z.string(),
    sentence: SpanSchema,
    entities: z.array(z.string()),
    entityIds: z.array(z.string()).optional(),
    confidence: z.number(),
  })
  .openapi('DatedEvent');

const ClaimSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    subject: z.string().optional(),
    kind: z.enum(['count', 'rank', 'percent', 'money', 'area', 'population', 'quantity']),
    value: z.number(),
    unit: z.string().optional(),
    mod: z.string().optional(),
  })
  .openapi('Claim');

export const ArticleSchema = ArticleSummarySchema.extend({
  revisions: z.array(z.object({ revision: z.number().int(), hash: z.string(), createdAt: z.string() })),
  format: z.enum(['ehistory', 'markdown', 'html', 'json', 'text']),
  text: z.string(),
  meta: z.object({
    id: z.string().nullable(),
    site: z.string().nullable(),
    language: LanguageSchema,
    title: z.string(),
    epigraph: z.object({ text: z.string(), author: z.string() }).nullable(),
    lead: z.string().nullable(),
    author: z.string().nullable(),
    authorRole: z.string().nullable(),
    paragraphs: z.array(SpanSchema),
    published: z.string().nullable().optional(),
    url: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'The original page, when the source gives its address' }),
  }),
  analysis: z.object({
    language: LanguageSchema,
    sentences: z.array(SpanSchema),
    timexes: z.array(TimexSchema),
    entities: z.array(EntitySchema),
    events: z.array(DatedEventSchema),
    claims: z.array(ClaimSchema),
  }),
}).openapi('Article');
