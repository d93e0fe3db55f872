import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

const ARSENAL = new URL('../../samples/en/renouncing-the-arsenal.txt', import.meta.url).pathname;

interface QueueItem {
  id: string;
  when: string;
  what: string;
  confidence: number;
  sources: { sentenceText: string }[];
}

describe('chronicle editor and review', { timeout: 180_000 }, () => {
  const db = join(tempDir('review'), 'chronicle.db');
  const run = (args: string[]) => chronicle(['--db', db, ...args]);
  let postgres: TestBackend | undefined;

  afterAll(async () => {
    await postgres?.drop();
  });

  it('adds editors, queues the uncertain events, applies decisions and logs them', async () => {
    expect((await run(['ingest', ARSENAL])).code).toBe(0);

    const added = await run(['editor', 'add', 'aigerim']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^chr_[\w-]{32}\n$/);
    expect(added.stderr).toMatch(/editor aigerim added.*shown only now/);
    const list = await run(['editor', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id: 1, name: 'aigerim' })]);
    expect(list.stdout).not.toContain(added.stdout.trim());

    const queue = await run(['review', 'queue', '--json']);
    expect(queue.code, queue.stderr).toBe(0);
    const page: { total: number; items: QueueItem[] } = JSON.parse(queue.stdout);
    // The sample's two doubtful statements: "less than four years after independence" resolved to
    // 1999 (from context, anchored on a happening, far from the sentence's April 1995) and "the 1990s" (nobody named).
    expect(page.items.map((e) => [e.confidence, e.when])).toEqual([
      [0.2, '1999'],
      [0.55, '199'],
    ]);
    expect(page.items[0]?.sources[0]?.sentenceText).toContain('in the following years the missile silos');
    const [silos, nineties] = page.items as [QueueItem, QueueItem];

    const corrected = await run([
      'review',
      'correct',
      silos.id,
      '--editor',
      'aigerim',
      '--when',
      '1995/1999',
      '--what',
      'The missile silos were blown up one by one',
      '--note',
      'range, not a year',
    ]);
    expect(corrected.code, corrected.stderr).toBe(0);
    expect(corrected.stdout).toContain(`${silos.id} corrected by aigerim: 1999 → 1995/1999;`);
    const rejected = await run(['review', 'reject', nineties.id, '--editor', 'aigerim', '--json']);
    expect(JSON.parse(rejected.stdout)).toMatchObject({ action: 'rejected', editor: 'aigerim', factKey: nineties.id });

    expect(JSON.parse((await run(['review', 'queue', '--json'])).stdout).total).toBe(0);
    expect((await run(['review', 'queue'])).stdout).toBe('Nothing to review.\n');
    const timeline = JSON.parse((await run(['export', 'timelinejs'])).stdout);
    const texts = JSON.stringify(timeline);
    expect(texts).toContain('The missile silos were blown up one by one');
    expect(texts).not.toContain('story of the 1990s is often told');

    const log = await run(['review', 'log']);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`${nineties.id} rejected by aigerim$`)),
      expect.stringMatching(
        new RegExp(`${silos.id} corrected by aigerim: 1999 → 1995/1999; .* \\(range, not a year\\)$`),
      ),
      '1–2 of 2',
    ]);
  });

  it('refuses unknown editors and events, bad dates and bad flags in one line naming them', async () => {
    const queue = JSON.parse((await run(['review', 'queue', '--json', '--below', '1'])).stdout);
    const id: string = queue.items[0].id;
    const cases: [string[], string][] = [
      [['review', 'confirm', id, '--editor', 'nobody'], 'chronicle: editor: no editor named "nobody"\n'],
      [
        ['review', 'confirm', 'ev-0000000000000000', '--editor', 'aigerim'],
        'chronicle: no event ev-0000000000000000\n',
      ],
      [['review', 'confirm', 'nonsense', '--editor', 'aigerim'], 'chronicle: event: not an event id: "nonsense"\n'],
      [
        ['review', 'correct', id, '--editor', 'aigerim', '--when', '1991-13'],
        'chronicle: when: not a TIMEX3 date or ISO interval: "1991-13" (e.g. 1991-08-29, 2010, 2017/2018, XXXX-08-29)\n',
      ],
      [['review', 'correct', id, '--editor', 'aigerim'], 'chronicle: correct: give --when or --what\n'],
      [['review', 'queue', '--limit', '0'], 'chronicle: --limit: must be at least 1\n'],
      [['review', 'queue', '--below', 'high'], 'chronicle: --below: must be a confidence from 0 to 1\n'],
      [['editor', 'add', 'aigerim'], 'chronicle: editor: "aigerim" already exists\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await run(args);
      expect({ args, code: r.code === 0 ? 0 : 'failed', stderr: r.stderr }).toEqual({ args, code: 'failed', stderr });
    }
    // Nothing refused reached the audit log.
    expect(JSON.parse((await run(['review', 'log', '--json'])).stdout).total).toBe(2);
  });

  it('works the same on PostgreSQL', async () => {
    postgres = await postgresBackend();
    const env = { DATABASE_URL: postgres.location };
    const pg = (args: string[]) => chronicle(args, { env });
    expect((await pg(['ingest', ARSENAL])).code).toBe(0);
    expect((await pg(['editor', 'add', 'aigerim'])).code).toBe(0);
    const page = JSON.parse((await pg(['review', 'queue', '--json'])).stdout);
    expect(page.items.map((e: QueueItem) => e.when)).toEqual(['1999', '199']);
    const rejected = await pg(['review', 'reject', page.items[1].id, '--editor', 'aigerim']);
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(JSON.parse((await pg(['review', 'log', '--json'])).stdout).items[0]).toMatchObject({
      action: 'rejected',
      editor: 'aigerim',
      before: { decision: null, when: '199' },
    });
  });
});
