import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

describe('chronicle review undo, history and conflicts', { timeout: 180_000 }, () => {
  const db = join(tempDir('review-undo'), 'chronicle.db');
  const run = (args: string[]) => chronicle(['--db', db, ...args]);

  it('undoes the latest decision, refuses an older one naming the later, and prints the history', async () => {
    expect((await run(['ingest', 'samples/*/*.{txt,md,html}'])).code).toBe(0);
    expect((await run(['editor', 'add', 'aigerim'])).code).toBe(0);
    const [event] = JSON.parse((await run(['review', 'queue', '--json', '--limit', '1'])).stdout).items;
    const confirmed = JSON.parse((await run(['review', 'confirm', event.id, '--editor', 'aigerim', '--json'])).stdout);
    const rejected = await run(['review', 'reject', event.id, '--editor', 'aigerim', '--note', 'not an event']);
    expect(rejected.stdout).toMatch(new RegExp(`#${confirmed.id + 1}  ${event.id} rejected by aigerim`));

    const older = await run(['review', 'undo', String(confirmed.id), '--editor', 'aigerim']);
    expect(older.code).not.toBe(0);
    expect(older.stderr).toMatch(
      new RegExp(
        `^chronicle: decision: ${confirmed.id} \\(confirmed on ${event.id}\\) is not the latest: ${confirmed.id + 1} \\(rejected by aigerim at .*\\) came after it; undo ${confirmed.id + 1} first\\n$`,
      ),
    );
    const undo = await run([
      'review',
      'undo',
      `#${confirmed.id + 1}`,
      '--editor',
      'aigerim',
      '--note',
      'real after all',
    ]);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toMatch(
      new RegExp(`${event.id} undone #${confirmed.id + 1} by aigerim: .*\\(real after all\\)\\n$`),
    );
    const history = await run(['review', 'history', event.id]);
    expect(
      history.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[3]),
    ).toEqual(['confirmed', 'rejected', 'undone']);
    expect((await run(['review', 'undo', '999', '--editor', 'aigerim'])).stderr).toBe('chronicle: no decision #999\n');
    expect((await run(['review', 'undo', 'x', '--editor', 'aigerim'])).stderr).toBe(
      'chronicle: decision: not a decision id: "x"\n',
    );
    expect((await run(['review', 'history', 'ev-0000000000000000'])).stderr).toBe(
      'chronicle: no event ev-0000000000000000\n',
    );
  });

  it('dismisses a conflict, which readers then no longer see, and undoes it', async () => {
    const dismiss = await run(['review', 'dismiss-conflict', '1', '--editor', 'aigerim', '--json']);
    expect(dismiss.code, dismiss.stderr).toBe(0);
    const entry = JSON.parse(dismiss.stdout);
    expect(entry).toMatchObject({ factType: 'conflict', action: 'dismissed', after: { decision: 'dismissed' } });
    const undo = await run(['review', 'undo', String(entry.id), '--editor', 'aigerim', '--json']);
    expect(JSON.parse(undo.stdout)).toMatchObject({
      factType: 'conflict',
      action: 'undone',
      after: { decision: null },
    });
    expect((await run(['review', 'dismiss-conflict', '999', '--editor', 'aigerim'])).stderr).toBe(
      'chronicle: no conflict 999\n',
    );
  });
});
