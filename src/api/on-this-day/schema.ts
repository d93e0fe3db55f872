import { z } from '@hono/zod-openapi';
import { TimelineEventSchema } from '../schemas.ts';

/** `MM-DD` with a real month and a day that month can have (02-29 allowed: leap years exist). */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be MM-DD')
  .refine((md) => {
    const [m, d] = md.split('-').map(Number);
    return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  }, 'no such day in that month');

export const OnThisDayQuerySchema = z.object({
  date: MonthDaySchema.optional().openapi({ description: 'Month and day; default today (UTC)', example: '08-29' }),
});

export const OnThisDaySchema = z
  .object({ date: z.string(), events: z.array(TimelineEventSchema) })
  .openapi('OnThisDay');

/** Today's `MM-DD` in UTC. */
export function todayMonthDay(now = new Date()): string {
  return now.toISOString().slice(5, 10);
}
