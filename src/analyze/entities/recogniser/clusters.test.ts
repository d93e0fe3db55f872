import { describe, expect, it } from 'vitest';
import { buildClusters, decodeClusters, encodeClusters } from './clusters.ts';

// Towns after `in`, people before `said`: two kinds of word in two kinds of place.
const towns = ['Paris', 'Rome', 'Berlin', 'Madrid', 'Vienna', 'Prague'];
const people = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Evans'];
const sentences: string[][] = [];
for (let r = 0; r < 4; r++) {
  for (const t of towns) sentences.push(['They', 'lived', 'in', t, '.']);
  for (const p of people) sentences.push(['Then', 'Mr', p, 'said', 'so', '.']);
}
const options = { fine: 4, coarse: 2, minCount: 2, contexts: 20, iterations: 10, seed: 7 };

describe('word clusters', () => {
  it('puts words that stand in the same places in one cluster, and tells capitalised words', () => {
    const t = buildClusters(sentences, options);
    const fine = (w: string) => t.get(w)?.fine;
    expect(new Set(towns.map((w) => fine(w.toLowerCase()))).size).toBe(1);
    expect(new Set(people.map((w) => fine(w.toLowerCase()))).size).toBe(1);
    expect(fine('paris')).not.toBe(fine('smith'));
    expect(t.get('paris')?.caps).toBe(1);
    expect(t.get('lived')?.caps).toBe(4);
    expect(t.get('unseen')).toBeUndefined();
  });

  it('is deterministic and survives encoding', () => {
    const a = encodeClusters(buildClusters(sentences, options));
    const b = encodeClusters(buildClusters(sentences, options));
    expect(a.equals(b)).toBe(true);
    const back = decodeClusters(a);
    expect(encodeClusters(back).equals(a)).toBe(true);
    expect(back.get('rome')).toEqual(buildClusters(sentences, options).get('rome'));
  });
});
