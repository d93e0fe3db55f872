import type { Command } from 'commander';
import { z } from 'zod';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';
import { parseOptions } from './options.ts';
import { printableLine } from './printable.ts';

const listOptions = z.object({ json: z.boolean().optional() });
const addOptions = z.object({ admin: z.boolean().optional() });
const revokeOptions = z.object({ note: z.string().max(1000, '--note: at most 1000 characters').optional() });

/** `chronicle editor add NAME [--admin]` (prints the token once), `editor revoke NAME`, `editor enable NAME` and `editor list`. */
export function registerEditor(program: Command): void {
  const editor = program.command('editor').description('editor accounts for the review workflow');
  editor
    .command('add')
    .description('create an editor; prints their API token once (only its hash is stored)')
    .argument('<name>', 'editor name (letters, digits, spaces, . _ @ -; at most 64)')
    .option('--admin', 'an admin: may also add, disable and enable editors on the site (/review/editors) and API')
    .action(async (name: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(addOptions, raw, {});
      const role = opts.admin ? 'admin' : 'editor';
      const created = await withStore(cmd, (store) => store.addEditor(name, { role }));
      // The token alone on stdout, so `TOKEN=$(chronicle editor add NAME)` works; the advice on stderr.
      process.stderr.write(
        `${role} ${printableLine(created.editor.name)} added. Their token is shown only now; send it as "Authorization: Bearer TOKEN":\n`,
      );
      process.stdout.write(`${created.token}\n`);
    });
  editor
    .command('revoke')
    .description(
      'revoke an editor: their token stops working at once; their decisions stay, and the audit log records it',
    )
    .argument('<name>', 'editor name')
    .option('--note <text>', 'why, kept in the audit log')
    .action(async (name: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(revokeOptions, raw, {});
      const revoked = await withStore(cmd, (store) => store.revokeEditor(name, opts.note));
      if (!revoked) throw new UserError(`editor revoke: no editor named ${printableLine(JSON.stringify(name))}`);
      process.stderr.write(`editor ${printableLine(revoked.name)} revoked at ${revoked.revokedAt}\n`);
    });
  editor
    .command('enable')
    .description('enable a revoked editor again: their old token works again; the audit log records it')
    .argument('<name>', 'editor name')
    .option('--note <text>', 'why, kept in the audit log')
    .action(async (name: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(revokeOptions, raw, {});
      const enabled = await withStore(cmd, (store) =>
        store.setEditorAccess({ editor: name, enabled: true, ...(opts.note !== undefined ? { note: opts.note } : {}) }),
      );
      if (!enabled) throw new UserError(`editor enable: no editor named ${printableLine(JSON.stringify(name))}`);
      process.stderr.write(`editor ${printableLine(enabled.name)} enabled\n`);
    });
  editor
    .command('list')
    .description('list editors: id, name, role (editor or admin), created, revoked')
    .option('--json', 'print the editors as JSON')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(listOptions, raw, {});
      const editors = await withStore(cmd, (store) => store.listEditors());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(editors, null, 2)}\n`);
        return;
      }
      if (!editors.length) {
        process.stdout.write('No editors yet. Add one with: chronicle editor add NAME\n');
        return;
      }
      for (const e of editors) {
        const revoked = e.revokedAt ? `\trevoked ${e.revokedAt}` : '';
        process.stdout.write(`${e.id}\t${printableLine(e.name)}\t${e.role}\t${e.createdAt}${revoked}\n`);
      }
    });
}
