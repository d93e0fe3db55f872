import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articleInput, prepareFile } from '../../ingest/pipeline.ts';
import { PROJECT_ROOT } from '../../paths.ts';
import { postgresBackend, refuseClaimsSaying, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { closure } from '../testing/corpus.ts';
import type { ArticleInput, Store } from '../types.ts';

/**
 * `saveArticles` stores a batch in one transaction and shares what the event merge has read
 * between the batch's articles. Whatever the batching, the store must end up exactly as if each
 * article had been saved alone: same events, sources, participants, conflicts and counts.
 */

/** Every sample article, analysed for real: many dated events in three languages that merge and disagree. */
async function sampleInputs(): Promise<ArticleInput[]> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.gold.json') || e.name === 'README.md'
          ? []
          : [join(dir, e.name)],
    );
  const inputs: ArticleInput[] = [];
  for (const path of files(join(PROJECT_ROOT, 'samples')).sort()) {
    const prepared = await prepareFile(path);
    if (!prepared.ok) throw new Error(`${path}: ${prepared.reason}`);
    inputs.push(articleInput(prepared));
  }
  return inputs;
}

/** A second revision of `input`: one sentence dropped, so its facts are withdrawn and merged again. */
function revised(input: ArticleInput): ArticleInput {
  const kept = input.analysis.events.slice(1);
  return {
    ...input,
    hash: 'f'.repeat(64),
    analysis: { ...input.analysis, events: kept },
  };
}

/** Every item of a paged listing. */
async function all<T>(page: (q: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>) {
  const items: T[] = [];
  for (let offset = 0; ; offset += 200) {
    const got = await page({ limit: 200, offset });
    items.push(...got.items);
    if (!got.items.length || items.length >= got.total) return items;
  }
}

/** Everything a reader can see of the merged facts. */
async function snapshot(store: Store) {
  return {
    timeline: await all((q) => store.timeline(q)),
    conflicts: await all((q) => store.listConflicts(q)),
    entities: await all((q) => store.listEntities(q)),
    stats: await store.stats(),
  };
}

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('saving a batch on $name', ({ make }) => {
  let inputs: ArticleInput[];
  const open: { backend: TestBackend; store: Store }[] = [];

  beforeAll(async () => {
    inputs = await sampleInputs();
  });

  async function fresh(): Promise<Store> {
    return (await freshBackend()).store;
  }

  async function freshBackend(): Promise<{ backend: TestBackend; store: Store }> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    return { backend, store };
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  it('stores the same events, sources, participants and conflicts as one save per article', async () => {
    // A revision inside the batch withdraws facts the batch's earlier articles merged with.
    const sequence = [...inputs, revised(inputs[2] as ArticleInput), ...inputs.slice(0, 3)];
    const alone = await fresh();
    for (const input of sequence) await alone.saveArticle(input);
    const batched = await fresh();
    const outcomes = await batched.saveArticles(sequence);

    expect(outcomes.every((o) => o.ok)).toBe(true);
    const merged = await snapshot(alone);
    expect(merged.timeline.some((e) => e.sources.length > 1)).toBe(true);
    expect(merged.conflicts.length).toBeGreaterThan(0);
    expect(await snapshot(batched)).toEqual(merged);
  });

  it('compares each claim with the claims saved before it in the same batch', async () => {
    // 450, then 456 (a conflict), then 450 again: the third agrees with the first but not with
    // the second, which it only sees if the batch's earlier saves are visible to it.
    const sequence = [
      closure('501', '1991-08-29', '29 August 1991', 450),
      closure('502', '1991-08-29', '29 August 1991', 456),
      closure('503', '1991-08-29', '29 August 1991', 450),
    ];
    const alone = await fresh();
    for (const input of sequence) await alone.saveArticle(input);
    const batched = await fresh();
    await batched.saveArticles(sequence);

    const conflicts = await all((q) => alone.listConflicts(q));
    const values = conflicts
      .find((c) => c.kind === 'value')
      ?.values.map((v) => v.value)
      .sort();
    expect(values).toEqual(['450', '450', '456']);
    expect(await all((q) => batched.listConflicts(q))).toEqual(conflicts);
  });

  it('skips an article it cannot store and stores the rest of the batch', async () => {
    const { backend, store } = await freshBackend();
    const [first, second, third, fourth] = inputs as [ArticleInput, ArticleInput, ArticleInput, ArticleInput];
    // Refused by validation, before the transaction.
    const outside = structuredClone(second);
    outside.analysis.sentences.push({ start: 0, end: outside.text.length + 5 });
    // Refused by the database half-way through its save, after its events were merged.
    const claim = third.analysis.claims[0];
    expect(claim).toBeDefined();
    await refuseClaimsSaying(backend, (claim?.text ?? '').replaceAll("'", "''"));

    const outcomes = await store.saveArticles([first, outside, third, fourth]);

    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false, true]);
    expect(outcomes[1]?.ok === false && outcomes[1].error.message).toMatch(/analysis\.sentences\.\d+: span/);
    expect(outcomes[2]?.ok === false && outcomes[2].error.message).toMatch(/refused by test trigger/);
    expect((await store.stats()).articles).toBe(2);
    // One save per article, the refused one included (a refused save may use up an id on PostgreSQL).
    const { backend: aloneBackend, store: alone } = await freshBackend();
    await refuseClaimsSaying(aloneBackend, (claim?.text ?? '').replaceAll("'", "''"));
    await alone.saveArticle(first);
    await expect(alone.saveArticle(third)).rejects.toThrow(/refused by test trigger/);
    const aloneFourth = await alone.saveArticle(fourth);
    expect(await snapshot(store)).toEqual(await snapshot(alone));
    // The save after the refused one was made again (its writes went ahead and were refused too), with the same id.
    expect(outcomes[3]?.ok && outcomes[3].result.id).toBe(aloneFourth.id);
    expect(await store.findArticleId({ path: fourth.path, site: fourth.site, sourceId: fourth.sourceId })).toBe(
      aloneFourth.id,
    );
  });
});
