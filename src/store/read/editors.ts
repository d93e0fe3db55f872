// Editor accounts: a bearer token identifies an editor; the store keeps only its sha256.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Editor } from '../types.ts';

/** sha256 (hex) of a bearer token: what `editors.token_hash` holds. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function listEditors(db: Kysely<Database>): Promise<Editor[]> {
  const rows = await db.selectFrom('editors').select(['id', 'name', 'created_at']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

/** The editor holding `token`, or null (also for anything that cannot be a token). */
export async function editorByToken(db: Kysely<Database>, token: string): Promise<Editor | null> {
  if (typeof token !== 'string' || token.length < 8 || token.length > 200) return null;
  const row = await db
    .selectFrom('editors')
    .select(['id', 'name', 'created_at'])
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
}
