import { z } from '@hono/zod-openapi';
import { MonthDaySchema } from '../../domain/inputs.ts';
import { TimelineEventSchema } from '../schemas.ts';

export { todayMonthDay } from '../../domain/inputs.ts';

export const OnThisDayQuerySchema = z.object({
  date: MonthDaySchema.optional().openapi({ description: 'Month and day; default today (UTC)', example: '08-29' }),
});

export const OnThisDaySchema = z
  .object({ date: z.string(), events: z.array(TimelineEventSchema) })
  .openapi('OnThisDay');
