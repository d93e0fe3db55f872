import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import type { Store } from '../types.ts';

/**
 * Editor accounts and roles against SQLite and a fresh PostgreSQL database: an admin adds,
 * disables and enables editors again, each change one audit row with before and after; a
 * disabled editor's token stops working at once and works again once enabled.
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('editor accounts on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(): Promise<Store> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    return store;
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  it('an editor is a plain editor unless added as admin; the command line adds without an audit row', async () => {
    const store = await fresh();
    const plain = await store.addEditor('aigerim');
    const admin = await store.addEditor('Dana', { role: 'admin' });
    expect(plain.editor.role).toBe('editor');
    expect(admin.editor.role).toBe('admin');
    expect(await store.editorByToken(admin.token)).toEqual(admin.editor);
    expect((await store.listEditors()).map((e) => [e.name, e.role])).toEqual([
      ['aigerim', 'editor'],
      ['Dana', 'admin'],
    ]);
    expect((await store.auditLog()).total).toBe(0);
    await expect(store.addEditor('x', { role: 'owner' as 'admin' })).rejects.toThrow(/role: not one of editor, admin/);
  });

  it('an admin adds, disables and enables editors; each change is one audit row with before and after', async () => {
    const store = await fresh();
    await store.addEditor('Dana', { role: 'admin' });
    const added = await store.addEditor('Aigerim S.', { by: 'Dana', note: 'new on the team' });
    expect(added.editor.role).toBe('editor');
    expect(await store.editorByToken(added.token)).toMatchObject({ name: 'Aigerim S.' });

    // Disabled by id: the token stops working at once.
    const disabled = await store.setEditorAccess({ editor: String(added.editor.id), enabled: false, by: 'Dana' });
    expect(disabled).toMatchObject({ name: 'Aigerim S.', revokedAt: expect.any(String) });
    expect(await store.editorByToken(added.token)).toBeNull();
    // Nothing changes when it is already so: no second row.
    await store.setEditorAccess({ editor: 'Aigerim S.', enabled: false, by: 'Dana' });
    // Enabled again by name: the same token works again.
    const enabled = await store.setEditorAccess({ editor: 'Aigerim S.', enabled: true, by: 'Dana', note: 'back' });
    expect(enabled?.revokedAt).toBeUndefined();
    expect(await store.editorByToken(added.token)).toMatchObject({ name: 'Aigerim S.', role: 'editor' });

    const log = (await store.auditLog()).items.reverse();
    expect(log.map((e) => [e.editor, e.factType, e.factKey, e.action, e.before, e.after, e.note])).toEqual([
      [
        'Dana',
        'editor',
        'Aigerim S.',
        'added',
        { role: null, revoked: false },
        { role: 'editor', revoked: false },
        'new on the team',
      ],
      [
        'Dana',
        'editor',
        'Aigerim S.',
        'revoked',
        { role: 'editor', revoked: false },
        { role: 'editor', revoked: true },
        null,
      ],
      [
        'Dana',
        'editor',
        'Aigerim S.',
        'enabled',
        { role: 'editor', revoked: true },
        { role: 'editor', revoked: false },
        'back',
      ],
    ]);
    expect(await store.setEditorAccess({ editor: 'nobody', enabled: false, by: 'Dana' })).toBeNull();
    expect(await store.setEditorAccess({ editor: '999', enabled: false, by: 'Dana' })).toBeNull();
  });

  it('only an active admin may change editors, and not disable themself', async () => {
    const store = await fresh();
    await store.addEditor('Dana', { role: 'admin' });
    await store.addEditor('aigerim');
    await expect(store.addEditor('berik', { by: 'aigerim' })).rejects.toThrow('by: "aigerim" is not an admin');
    await expect(store.setEditorAccess({ editor: 'Dana', enabled: false, by: 'aigerim' })).rejects.toThrow(
      /not an admin/,
    );
    await expect(store.setEditorAccess({ editor: 'Dana', enabled: false, by: 'Dana' })).rejects.toThrow(
      'editor: an admin cannot disable themself',
    );
    await expect(store.addEditor('berik', { by: 'nobody' })).rejects.toThrow('by: no active editor named "nobody"');
    await expect(store.addEditor('bad\u0000name', { by: 'Dana' })).rejects.toThrow(/editor: not a valid name/);
    await expect(
      store.setEditorAccess({ editor: 'aigerim', enabled: false, by: 'Dana', note: 'x'.repeat(1001) }),
    ).rejects.toThrow(/note: at most 1000/);
    // A revoked admin is no admin.
    await store.addEditor('Erlan', { role: 'admin', by: 'Dana' });
    await store.setEditorAccess({ editor: 'Erlan', enabled: false, by: 'Dana' });
    await expect(store.addEditor('berik', { by: 'Erlan' })).rejects.toThrow('by: no active editor named "Erlan"');
    // Refused changes leave nothing behind.
    expect((await store.listEditors()).map((e) => e.name)).toEqual(['Dana', 'aigerim', 'Erlan']);
    expect((await store.auditLog()).items.map((e) => e.action)).toEqual(['revoked', 'added']);
  });

  it('a command-line revocation is the editor’s own row, as before roles', async () => {
    const store = await fresh();
    const { token } = await store.addEditor('aigerim');
    expect(await store.revokeEditor('aigerim', 'left')).toMatchObject({ revokedAt: expect.any(String) });
    expect(await store.editorByToken(token)).toBeNull();
    const [entry] = (await store.auditLog()).items;
    expect(entry).toMatchObject({ editor: 'aigerim', factKey: 'aigerim', action: 'revoked', note: 'left' });
  });
});
