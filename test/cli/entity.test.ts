import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

const CLOSURE = 'samples/en/semipalatinsk-test-site-closure.txt';

describe('chronicle entity', { timeout: 180_000 }, () => {
  const db = join(tempDir('entity'), 'chronicle.db');
  const run = (args: string[]) => chronicle(['--db', db, ...args]);
  const entity = async (id: string) => JSON.parse((await run(['entity', 'show', id, '--json'])).stdout);

  it('renames, merges, splits and undoes, each an audit row, and refuses bad input in one line', async () => {
    expect((await run(['ingest', CLOSURE])).code).toBe(0);
    expect((await run(['editor', 'add', 'aigerim'])).code).toBe(0);
    const site = await entity('place:semipalatinsk-test-site');
    expect(site.entity.name).toBe('Semipalatinsk Test Site');

    const renamed = await run([
      'entity',
      'rename',
      'place:semipalatinsk-test-site',
      'Semey test site',
      '--editor',
      'aigerim',
      '--language',
      'en',
    ]);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toMatch(/place:semipalatinsk-test-site renamed by aigerim.* \(edit \d+\)\n$/);
    expect((await entity('place:semipalatinsk-test-site')).entity.names).toEqual({ en: 'Semey test site' });

    const merged = JSON.parse(
      (
        await run([
          'entity',
          'merge',
          'place:semipalatinsk-test-site',
          '--into',
          'place:kazakhstan',
          '--editor',
          'aigerim',
          '--json',
        ])
      ).stdout,
    );
    expect(merged).toMatchObject({ factType: 'entity', action: 'merged', target: 'place:kazakhstan' });
    expect((await run(['entity', 'show', 'place:semipalatinsk-test-site'])).stderr).toBe(
      'chronicle: no entity place:semipalatinsk-test-site\n',
    );
    const undo = await run(['entity', 'undo', String(merged.editId), '--editor', 'aigerim']);
    expect(undo.code, undo.stderr).toBe(0);
    expect((await entity('place:semipalatinsk-test-site')).entity.mentionCount).toBe(site.entity.mentionCount);

    const group = site.mentionGroups[0];
    const split = JSON.parse(
      (
        await run([
          'entity',
          'split',
          'place:semipalatinsk-test-site',
          '--mention',
          `${group.articleId}:${group.text}`,
          '--name',
          'The polygon',
          '--type',
          'PLACE',
          '--editor',
          'aigerim',
          '--json',
        ])
      ).stdout,
    );
    expect(split).toMatchObject({ action: 'split', target: expect.stringMatching(/^place:/) });
    const moved = (await entity(split.target)).mentionGroups.map((g: { text: string }) => g.text.toLowerCase());
    expect(moved).toContain(group.text.toLowerCase());

    const history = (await entity('place:semipalatinsk-test-site')).history.map((h: { action: string }) => h.action);
    expect(history).toEqual(['split', 'undone', 'merged', 'renamed']);

    const cases: [string[], string][] = [
      [
        ['entity', 'retype', 'place:kazakhstan', 'COUNTRY', '--editor', 'aigerim'],
        'chronicle: type: not one of PERSON, ORG, PLACE, EVENT, DOCUMENT, WORK: "COUNTRY"\n',
      ],
      [
        ['entity', 'unlink', 'place:kazakhstan', '--mention', 'Kazakhstan', '--editor', 'aigerim'],
        'chronicle: --mention: not ARTICLE_ID:TEXT or *:TEXT: "Kazakhstan"\n',
      ],
      [['entity', 'delete', 'place:nowhere', '--editor', 'aigerim'], 'chronicle: no entity place:nowhere\n'],
      [['entity', 'undo', 'x', '--editor', 'aigerim'], 'chronicle: edit: not an edit id: "x"\n'],
      [
        ['entity', 'rename', 'place:kazakhstan', 'Qazaqstan', '--editor', 'nobody'],
        'chronicle: editor: no editor named "nobody"\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = await run(args);
      expect({ args, code: r.code === 0 ? 0 : 'failed', stderr: r.stderr }).toEqual({ args, code: 'failed', stderr });
    }
  });
});
