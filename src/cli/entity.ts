// `chronicle entity show|rename|retype|merge|split|unlink|delete|undo`: an editor's edits of an
// entity from the command line, the same assertions (and audit rows) as the review page and API.
import type { Command } from 'commander';
import { z } from 'zod';
import type { EntityType, Language } from '../analyze/types.ts';
import type { AuditEntry, EntityEditInput, MentionChoice } from '../store/index.ts';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';
import { parseOptions } from './options.ts';
import { printableLine } from './printable.ts';
import { formatEntry } from './review.ts';

const common = {
  editor: z.string().min(1, 'must name an editor'),
  note: z.string().max(1000, 'at most 1000 characters').optional(),
  json: z.boolean().optional(),
};
const FLAGS = {
  editor: '--editor',
  note: '--note',
  language: '--language',
  into: '--into',
  mention: '--mention',
  name: '--name',
  type: '--type',
  becomes: '--becomes',
};
const TYPES = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'] as const;

/** `--mention ARTICLE:TEXT` (or `*:TEXT` for every article), repeatable. */
function mentionChoices(values: string[] | undefined): MentionChoice[] {
  if (!values?.length) throw new UserError('--mention: give at least one, as ARTICLE_ID:TEXT or *:TEXT');
  return values.map((v) => {
    const colon = v.indexOf(':');
    const article = v.slice(0, colon);
    const text = v.slice(colon + 1);
    if (colon < 1 || !text || (article !== '*' && !/^\d{1,12}$/.test(article))) {
      throw new UserError(`--mention: not ARTICLE_ID:TEXT or *:TEXT: ${JSON.stringify(printableLine(v.slice(0, 80)))}`);
    }
    return { articleId: article === '*' ? null : Number(article), text };
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function edit(cmd: Command, input: EntityEditInput, json: boolean | undefined): Promise<void> {
  const entry = await withStore(cmd, (store) => store.editEntity(input));
  if (!entry) throw new UserError(`no entity ${printableLine(input.entityId.slice(0, 80))}`);
  print(entry, json);
}

function print(entry: AuditEntry, json: boolean | undefined): void {
  const edit = entry.editId !== undefined ? ` (edit ${entry.editId})` : '';
  process.stdout.write(json ? `${JSON.stringify(entry, null, 2)}\n` : `${formatEntry(entry)}${edit}\n`);
}

export function registerEntity(program: Command): void {
  const entity = program
    .command('entity')
    .description('edit entities as an editor: rename, retype, merge, split, unlink, delete, undo');
  entity
    .command('show')
    .description('an entity as an editor reviews it: its mention groups, the edits in force and its history')
    .argument('<entity-id>', 'entity id, e.g. person:abylai-khan')
    .option('--json', 'print {entity, mentionGroups, edits, history} as JSON')
    .action(async (id: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object({ json: z.boolean().optional() }), raw, {});
      const review = await withStore(cmd, (store) => store.entityReview(id));
      if (!review) throw new UserError(`no entity ${printableLine(id.slice(0, 80))}`);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
        return;
      }
      const e = review.entity;
      const out = [
        `${e.id}  ${e.type}  ${printableLine(e.name)}  (${e.mentionCount} mentions in ${e.articleCount} articles)`,
      ];
      for (const g of review.mentionGroups) out.push(`  mention ${g.articleId}:${printableLine(g.text)}  ×${g.count}`);
      for (const x of review.edits)
        out.push(`  edit ${x.id}: ${x.action}${x.target ? ` → ${x.target}` : ''} by ${x.editor}`);
      for (const h of review.history) out.push(`  ${formatEntry(h)}`);
      process.stdout.write(`${out.join('\n')}\n`);
    });
  entity
    .command('rename')
    .description('give an entity another name, in one interface language or everywhere')
    .argument('<entity-id>')
    .argument('<name>')
    .requiredOption('--editor <name>', 'the editor')
    .option('--language <kk|ru|en>', 'only in this interface language')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, name: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object({ ...common, language: z.enum(['kk', 'ru', 'en']).optional() }), raw, FLAGS);
      await edit(
        cmd,
        {
          entityId: id,
          editor: opts.editor,
          action: 'renamed',
          name,
          ...(opts.language ? { language: opts.language as Language } : {}),
          ...(opts.note ? { note: opts.note } : {}),
        },
        opts.json,
      );
    });
  entity
    .command('retype')
    .description('give an entity another type')
    .argument('<entity-id>')
    .argument('<type>', TYPES.join(', '))
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, type: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object(common), raw, FLAGS);
      if (!(TYPES as readonly string[]).includes(type))
        throw new UserError(
          `type: not one of ${TYPES.join(', ')}: ${JSON.stringify(printableLine(type.slice(0, 40)))}`,
        );
      await edit(
        cmd,
        {
          entityId: id,
          editor: opts.editor,
          action: 'retyped',
          type: type as EntityType,
          ...(opts.note ? { note: opts.note } : {}),
        },
        opts.json,
      );
    });
  entity
    .command('merge')
    .description('merge an entity into another: its mentions, events and links follow, its id redirects')
    .argument('<entity-id>')
    .requiredOption('--into <entity-id>', 'the entity that stays')
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object({ ...common, into: z.string().min(1) }), raw, FLAGS);
      await edit(
        cmd,
        {
          entityId: id,
          editor: opts.editor,
          action: 'merged',
          into: opts.into,
          ...(opts.note ? { note: opts.note } : {}),
        },
        opts.json,
      );
    });
  entity
    .command('split')
    .description('move the chosen mentions, with their events, to a new entity')
    .argument('<entity-id>')
    .requiredOption('--mention <article:text>', 'a mention group, ARTICLE_ID:TEXT or *:TEXT (repeatable)', collect)
    .requiredOption('--name <name>', "the new entity's name")
    .option('--type <type>', `the new entity's type (${TYPES.join(', ')})`)
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(
        z.object({ ...common, mention: z.array(z.string()), name: z.string().min(1), type: z.enum(TYPES).optional() }),
        raw,
        FLAGS,
      );
      await edit(
        cmd,
        {
          entityId: id,
          editor: opts.editor,
          action: 'split',
          mentions: mentionChoices(opts.mention),
          name: opts.name,
          ...(opts.type ? { type: opts.type } : {}),
          ...(opts.note ? { note: opts.note } : {}),
        },
        opts.json,
      );
    });
  entity
    .command('unlink')
    .description('take the chosen mentions off the entity: for no entity, or each for an entity of its own')
    .argument('<entity-id>')
    .requiredOption('--mention <article:text>', 'a mention group, ARTICLE_ID:TEXT or *:TEXT (repeatable)', collect)
    .option('--becomes <none|own>', 'what the mentions become (default none)', 'none')
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(
        z.object({ ...common, mention: z.array(z.string()), becomes: z.enum(['none', 'own']) }),
        raw,
        FLAGS,
      );
      await edit(
        cmd,
        {
          entityId: id,
          editor: opts.editor,
          action: 'unlinked',
          mentions: mentionChoices(opts.mention),
          becomes: opts.becomes,
          ...(opts.note ? { note: opts.note } : {}),
        },
        opts.json,
      );
    });
  entity
    .command('delete')
    .description('delete a false entity: its mentions are unlinked everywhere')
    .argument('<entity-id>')
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (id: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object(common), raw, FLAGS);
      await edit(
        cmd,
        { entityId: id, editor: opts.editor, action: 'deleted', ...(opts.note ? { note: opts.note } : {}) },
        opts.json,
      );
    });
  entity
    .command('undo')
    .description('undo an entity edit (its number in `entity show` or the audit entry)')
    .argument('<edit-id>')
    .requiredOption('--editor <name>', 'the editor')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (rawId: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object(common), raw, FLAGS);
      const editId = Number(rawId);
      if (!/^\d{1,12}$/.test(rawId) || editId < 1)
        throw new UserError(`edit: not an edit id: ${JSON.stringify(printableLine(rawId.slice(0, 40)))}`);
      const entry = await withStore(cmd, (store) =>
        store.undoEntityEdit({ editId, editor: opts.editor, ...(opts.note ? { note: opts.note } : {}) }),
      );
      if (!entry) throw new UserError(`no entity edit ${editId}`);
      print(entry, opts.json);
    });
}
