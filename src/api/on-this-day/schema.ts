import { z } from '@hono/zod-openapi';
import { MonthDaySchema } from '../../domain/inputs.ts';
import { LanguageSchema, TimelineEventSchema } from '../schemas.ts';

export { todayMonthDay } from '../../domain/inputs.ts';

export const OnThisDayQuerySchema = z.object({
  date: MonthDaySchema.optional().openapi({ description: 'Month and day; default today (UTC)', example: '08-29' }),
  ui: LanguageSchema.optional().openapi({
    description: "The reader's language: each event described from a source in it when there is one",
  }),
});

export const OnThisDaySchema = z
  .object({ date: z.string(), events: z.array(TimelineEventSchema) })
  .openapi('OnThisDay');
