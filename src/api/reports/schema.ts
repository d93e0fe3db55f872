import { z } from '@hono/zod-openapi';
import { REPORTED_FACT_TYPES, ReaderReportBodySchema } from '../../domain/reader-reports.ts';
import { LanguageSchema, PageQuerySchema, pageOf } from '../schemas.ts';

/** A reader's report as the public route takes it: the same rules as the website's form. */
export const ReportBodySchema = ReaderReportBodySchema.openapi('ReaderReportBody');

export const ReportReceiptSchema = z
  .object({
    id: z.number().int(),
    factType: z.enum(REPORTED_FACT_TYPES),
    factKey: z.string(),
    status: z.literal('open'),
    createdAt: z.string(),
  })
  .openapi('ReaderReportReceipt');

export const ReaderReportSchema = z
  .object({
    id: z.number().int(),
    factType: z.enum(REPORTED_FACT_TYPES),
    factKey: z.string(),
    language: LanguageSchema.nullable(),
    note: z.string(),
    createdAt: z.string(),
    status: z.enum(['open', 'resolved', 'dismissed']),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    resolution: z.string().nullable(),
    subject: z.string().nullable().openapi({
      description: "What the fact is now (an event's date and description, an entity's name); null once gone",
    }),
  })
  .openapi('ReaderReport');

export const ReaderReportListSchema = pageOf(ReaderReportSchema, 'ReaderReports');

export const ReaderReportQuerySchema = PageQuerySchema.extend({
  status: z.enum(['open', 'resolved', 'dismissed']).default('open').openapi({ description: 'Default open' }),
  type: z.enum(REPORTED_FACT_TYPES).optional().openapi({ description: 'Reports on this kind of fact' }),
  key: z.string().min(1).max(240).optional().openapi({ description: 'Reports on this one fact' }),
  lang: LanguageSchema.optional().openapi({ description: 'Reports written in this interface language' }),
});

export const ReportIdParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const ReportResolutionBodySchema = z
  .object({
    status: z.enum(['resolved', 'dismissed']),
    note: z.string().max(1000).optional().openapi({ description: 'Why, for the audit log' }),
  })
  .strict()
  .openapi('ReaderReportResolution');
