import { z } from '@hono/zod-openapi';
import { PageQuerySchema, pageOf, SpanSchema } from '../schemas.ts';

export const ConflictListQuerySchema = PageQuerySchema;

export const ConflictSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(['date', 'value']),
    subject: z.string(),
    values: z.array(
      z.object({
        value: z.string(),
        articleId: z.number().int(),
        title: z.string(),
        sentence: SpanSchema,
        text: z.string(),
      }),
    ),
  })
  .openapi('Conflict');

export const ConflictPageSchema = pageOf(ConflictSchema, 'ConflictPage');
