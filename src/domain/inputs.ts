/**
 * What a valid input looks like, wherever it arrives (the JSON API's parameters, the website's
 * forms): a year, an entity id, an entity type, a language, a month and day, a query's length.
 * The API adds its OpenAPI descriptions to these (`api/schemas.ts`); the rules are the same.
 */
// zod as @hono/zod-openapi extends it: the API adds OpenAPI names to these schemas with `.openapi`,
// and zod 4 gives that method only to schemas made after the extension has loaded. Taking `z` from
// it here makes that true whatever order a bundle evaluates its modules in.
import { z } from '@hono/zod-openapi';
import { ENTITY_TYPES } from './entity-types.ts';
import { LANGUAGES } from './languages.ts';

/** Longest search query, in characters. */
export const MAX_QUERY_CHARS = 500;

export const LanguageSchema = z.enum(LANGUAGES);
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Digits with an optional minus and no leading zeros: what Number() reads the same way everyone does. */
const WHOLE_NUMBER = /^-?(?:0|[1-9]\d*)$/;

/**
 * A whole number from `min` to `max` as a query or path parameter writes it: canonical digits only,
 * since Number() would read `1e1` as 10, `0x10` as 16 and an empty value as 0.
 *
 * @example wholeNumberSchema(1, 200).parse('20') === 20
 */
export function wholeNumberSchema(min: number, max: number) {
  return z
    .string()
    .regex(WHOLE_NUMBER, 'must be a whole number written in digits (like 20 or -500)')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A year, possibly BCE (negative). */
export const YearSchema = wholeNumberSchema(-10000, 10000);

/** Canonical entity id: `org:osce`, `person:nursultan-nazarbayev`. No slashes, no dots-only segments. */
export const EntityIdSchema = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[a-z]+:[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u, 'entity id must look like type:name (letters, digits, . _ -)');

/** `MM-DD` with a real month and a day that month can have (02-29 allowed: leap years exist). */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be MM-DD')
  .refine((md) => {
    const [m, d] = md.split('-').map(Number) as [number, number];
    return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  }, 'no such day in that month');

/** Today's `MM-DD` in UTC. */
export function todayMonthDay(now = new Date()): string {
  return now.toISOString().slice(5, 10);
}
