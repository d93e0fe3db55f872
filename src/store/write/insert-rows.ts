/**
 * Multi-row inserts of the merge's hot tables written as SQL text directly. A save inserts a few
 * hundred event-link, statement and participant rows; Kysely's insert builder makes and compiles
 * a frozen node per value (about a tenth of a save's CPU, bench/RESULTS.md), for SQL that is
 * always the same shape: `INSERT INTO t (columns) VALUES (…), (…) [ON CONFLICT (key) DO NOTHING]`.
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
import { chunks } from '../codec.ts';
import type { Database } from '../schema.ts';

/** Parameters per statement at most: under SQLite's limit of 32 766 and PostgreSQL's of 65 535. */
const MAX_PARAMETERS = 8_000;

/** Whether this connection's dialect numbers its parameters (`$1`, PostgreSQL) or not (`?`, SQLite). */
const numbered = new WeakMap<object, boolean>();

function numbersParameters(trx: Kysely<Database>): boolean {
  const executor = trx.getExecutor();
  let known = numbered.get(executor.adapter);
  if (known === undefined) {
    known = sql`${1}`.compile(trx).sql.startsWith('$');
    numbered.set(executor.adapter, known);
  }
  return known;
}

/**
 * Inserts `rows` into `table`, each giving `columns` (a missing value is NULL), in statements
 * of up to `MAX_PARAMETERS` values; with `ignoreOnConflict`, rows whose key is stored already
 * are left as they are.
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Partial<Record<keyof Database[T] & string, unknown>>[],
  ignoreOnConflict?: readonly (keyof Database[T] & string)[],
): Promise<void> {
  if (!rows.length) return;
  const dollar = numbersParameters(trx);
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const tail = ignoreOnConflict ? ` on conflict (${ignoreOnConflict.map((c) => `"${c}"`).join(', ')}) do nothing` : '';
  for (const batch of chunks([...rows], Math.max(1, Math.floor(MAX_PARAMETERS / columns.length)))) {
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of batch) {
      const marks: string[] = [];
      for (const c of columns) {
        parameters.push(row[c] ?? null);
        marks.push(dollar ? `$${parameters.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await trx.executeQuery(CompiledQuery.raw(head + tuples.join(', ') + tail, parameters));
  }
}
