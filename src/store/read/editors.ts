// Editor accounts: a bearer token identifies an editor; the store keeps only its sha256.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Editor, EditorRole } from '../types.ts';

/** sha256 (hex) of a bearer token: what `editors.token_hash` holds. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type EditorRow = { id: number; name: string; role: EditorRole; created_at: string; revoked_at: string | null };

/** An `editors` row as the store's `Editor`. */
export function editorOf(row: EditorRow): Editor {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  };
}

/** Every editor, revoked ones too (with the time they were revoked), with their role. */
export async function listEditors(db: Kysely<Database>): Promise<Editor[]> {
  const rows = await db
    .selectFrom('editors')
    .select(['id', 'name', 'role', 'created_at', 'revoked_at'])
    .orderBy('id')
    .execute();
  return rows.map(editorOf);
}

/**
 * The editor holding `token`, or null (also for anything that cannot be a token, and for a revoked
 * editor's). Looked up on every request, never cached, so a revocation holds from the next request on.
 */
export async function editorByToken(db: Kysely<Database>, token: string): Promise<Editor | null> {
  if (typeof token !== 'string' || token.length < 8 || token.length > 200) return null;
  const row = await db
    .selectFrom('editors')
    .select(['id', 'name', 'role', 'created_at', 'revoked_at'])
    .where('token_hash', '=', tokenHash(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? editorOf(row) : null;
}
