// Editor accounts: adding, revoking and enabling them again, each change by an admin an audit row.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkNoNul } from '../limits.ts';
import { type EditorRow, editorOf, tokenHash } from '../read/editors.ts';
import type { Database } from '../schema.ts';
import type { AddEditorOptions, Editor, EditorAccessInput, EditorState, NewEditor } from '../types.ts';
import { checkEditorName } from './reviews.ts';
import { inWriteTransaction } from './save-article.ts';

const ROLES = new Set<string>(['editor', 'admin']);
const MAX_NOTE_CHARS = 1000;

const quoted = (s: unknown) => JSON.stringify(String(s).slice(0, 60));

function checkNote(note: string | undefined): void {
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_CHARS)) {
    throw new StoreInputError(`note: at most ${MAX_NOTE_CHARS} characters`);
  }
  checkNoNul(note, 'note');
}

const stateOf = (row: EditorRow | null): EditorState => ({ role: row?.role ?? null, revoked: !!row?.revoked_at });

/** The acting admin: an editor of that name, not revoked, with the admin role; else refused naming why. */
async function actingAdmin(trx: Kysely<Database>, by: string): Promise<number> {
  checkEditorName(by);
  const row = await trx
    .selectFrom('editors')
    .select(['id', 'role', 'revoked_at'])
    .where('name', '=', by)
    .executeTakeFirst();
  if (!row || row.revoked_at) throw new StoreInputError(`by: no active editor named ${quoted(by)}`);
  if (row.role !== 'admin') throw new StoreInputError(`by: ${quoted(by)} is not an admin`);
  return row.id;
}

async function logChange(
  trx: Kysely<Database>,
  row: { editorId: number; name: string; action: 'added' | 'revoked' | 'enabled' },
  before: EditorState,
  after: EditorState,
  note: string | undefined,
  at: string,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      editor_id: row.editorId,
      fact_type: 'editor',
      fact_key: row.name,
      action: row.action,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      note: note ?? null,
      created_at: at,
    })
    .execute();
}

/**
 * Creates an editor with a fresh random token; only the token's sha256 is stored. With `by` (an
 * admin on the site or the API) the addition is an audit row of that admin's, in the same transaction.
 */
export async function addEditor(
  db: Kysely<Database>,
  dialect: StoreDialect,
  name: string,
  options: AddEditorOptions = {},
): Promise<NewEditor> {
  checkEditorName(name);
  const role = options.role ?? 'editor';
  if (!ROLES.has(role)) throw new StoreInputError(`role: not one of editor, admin: ${quoted(role)}`);
  checkNote(options.note);
  const token = `chr_${randomBytes(24).toString('base64url')}`;
  return inWriteTransaction(db, dialect, async (trx) => {
    const adminId = options.by === undefined ? null : await actingAdmin(trx, options.by);
    const taken = await trx.selectFrom('editors').select('id').where('name', '=', name).executeTakeFirst();
    if (taken) throw new StoreInputError(`editor: ${quoted(name)} already exists`);
    const createdAt = new Date().toISOString();
    const row = await trx
      .insertInto('editors')
      .values({ name, token_hash: tokenHash(token), created_at: createdAt, role })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (adminId !== null) {
      const after = { role, revoked: false };
      await logChange(trx, { editorId: adminId, name, action: 'added' }, stateOf(null), after, options.note, createdAt);
    }
    return { editor: { id: row.id, name, role, createdAt }, token };
  });
}

/**
 * Disables or enables again an editor (by name, or else by id given as digits). From now on a disabled
 * editor's token signs no one in: the API and the review pages look the token up on every request.
 * The row stays, so earlier decisions keep their editor. A change is one audit row, by the admin
 * `by` or, from the command line, by the editor themself; no change, no row. An admin cannot
 * disable themself (the site would lock them out mid-page). Null when there is no such editor.
 */
export async function setEditorAccess(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: EditorAccessInput,
): Promise<Editor | null> {
  const key = typeof input.editor === 'string' ? input.editor : '';
  const byId = /^\d{1,9}$/.test(key);
  if (!byId) checkEditorName(key);
  checkNote(input.note);
  return inWriteTransaction(db, dialect, async (trx) => {
    const adminId = input.by === undefined ? null : await actingAdmin(trx, input.by);
    const select = () => trx.selectFrom('editors').select(['id', 'name', 'role', 'created_at', 'revoked_at']);
    // A name first (names may be digits), then an id.
    const row =
      (await select().where('name', '=', key).executeTakeFirst()) ??
      (byId ? await select().where('id', '=', Number(key)).executeTakeFirst() : undefined);
    if (!row) return null;
    if (adminId === row.id && !input.enabled) throw new StoreInputError('editor: an admin cannot disable themself');
    if (!row.revoked_at === input.enabled) return editorOf(row);
    const now = new Date().toISOString();
    const revokedAt = input.enabled ? null : now;
    await trx.updateTable('editors').set({ revoked_at: revokedAt }).where('id', '=', row.id).execute();
    const after = { ...row, revoked_at: revokedAt };
    await logChange(
      trx,
      { editorId: adminId ?? row.id, name: row.name, action: input.enabled ? 'enabled' : 'revoked' },
      stateOf(row),
      stateOf(after),
      input.note,
      now,
    );
    return editorOf(after);
  });
}
