/**
 * What a valid input looks like, wherever it arrives (the JSON API's parameters, the website's
 * forms): a year, an entity id, an entity type, a language, a month and day, a query's length.
 * The API adds its OpenAPI descriptions to these (`api/schemas.ts`); the rules are the same.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from './entity-types.ts';
import { LANGUAGES } from './languages.ts';

/** Longest search query, in characters. */
export const MAX_QUERY_CHARS = 500;

export const LanguageSchema = z.enum(LANGUAGES);
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** A year, possibly BCE (negative). */
export const YearSchema = z.coerce.number().int().min(-10000).max(10000);

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
