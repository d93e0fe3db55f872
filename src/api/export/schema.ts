import { z } from '@hono/zod-openapi';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from '../../export/index.ts';
import { EntityIdSchema, LanguageSchema, YearSchema } from '../schemas.ts';

export const ExportParamsSchema = z.object({
  format: z
    .enum(EXPORT_FORMAT_NAMES as [ExportFormatName, ...ExportFormatName[]])
    .openapi({ param: { name: 'format', in: 'path' }, example: 'csv' }),
});

export const ExportQuerySchema = z.object({
  from: YearSchema.optional(),
  to: YearSchema.optional(),
  entity: EntityIdSchema.optional(),
  lang: LanguageSchema.optional(),
});
