import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Every stored event's id, 500 at a time in id order: the back-fills of a migration (link keys,
 * figures) walk the whole store in batches that each fit one statement's parameters.
 */
export async function* storedEventBatches(trx: Kysely<Database>): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const ids = (
      await trx.selectFrom('events').select('id').where('id', '>', after).orderBy('id').limit(500).execute()
    ).map((r) => r.id);
    if (!ids.length) return;
    yield ids;
    after = ids[ids.length - 1] as string;
  }
}
