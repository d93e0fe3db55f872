import type { EntityType } from '../analyze/types.ts';
import { ENTITY_TYPES } from '../domain/entity-types.ts';
import { MAX_QUERY_CHARS } from '../domain/inputs.ts';
import { isLanguage, LANGUAGE_LIST, type Language } from '../domain/languages.ts';
import { StoreInputError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** Longest search or name query, the same limit the query parser applies. */
export const MAX_QUERY_LENGTH = MAX_QUERY_CHARS;

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
/** Entity ids look like `org:osce`, `person:nursultan-nazarbayev`: a type prefix and a slug. */
const ENTITY_ID = /^[a-z][a-z0-9_-]*:[^\s/\\<>"'`\u0000]{1,200}$/u;

/** Validated `limit`/`offset`: integers, 1 ≤ limit ≤ 200, offset ≥ 0. */
export function pageOf(q: { limit?: number; offset?: number } | undefined): { limit: number; offset: number } {
  const limit = q?.limit ?? DEFAULT_PAGE_SIZE;
  const offset = q?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new StoreInputError(`limit: must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) {
    throw new StoreInputError(`offset: must be an integer from 0 to 1000000, got ${offset}`);
  }
  return { limit, offset };
}

/**
 * Refuses U+0000 in text bound for the database: PostgreSQL's text cannot hold it (the query fails
 * there), so both backends refuse it alike, naming the field, before any SQL runs.
 */
export function checkNoNul(value: string | undefined, field: string): void {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new StoreInputError(`${field}: must not contain the NUL character (U+0000)`);
  }
}

export function checkArticleId(id: number, field = 'id'): void {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) {
    throw new StoreInputError(`${field}: not an article id: ${String(id)}`);
  }
}

export function checkEntityId(id: string, field = 'entity'): void {
  if (typeof id !== 'string' || !ENTITY_ID.test(id)) {
    throw new StoreInputError(`${field}: not an entity id: ${JSON.stringify(String(id).slice(0, 60))}`);
  }
}

export function checkLanguage(lang: string | undefined, field = 'language'): asserts lang is Language | undefined {
  if (lang !== undefined && !isLanguage(lang))
    throw new StoreInputError(`${field}: not one of ${LANGUAGE_LIST}: ${lang}`);
}

export function checkEntityType(
  type: string | undefined,
  field = 'entityType',
): asserts type is EntityType | undefined {
  if (type !== undefined && !ENTITY_TYPE_SET.has(type)) {
    throw new StoreInputError(`${field}: not one of ${ENTITY_TYPES.join(', ')}: ${type}`);
  }
}

/** A year filter bound: an integer within ±10000 (BC years are negative). */
export function checkYear(year: number | undefined, field: string): void {
  if (year !== undefined && (!Number.isInteger(year) || Math.abs(year) > 10000)) {
    throw new StoreInputError(`${field}: not a year: ${year}`);
  }
}
