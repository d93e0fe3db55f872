// The founding document against its hand annotation: the same checks as
// /work/shared/tools/seedgold.py (entities, events, claims), run on analyzeText directly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);
const text = readFileSync(new URL('e-history-1509.txt', FIXTURES), 'utf8');
const gold = JSON.parse(readFileSync(new URL('e-history-1509.gold.json', FIXTURES), 'utf8'));
const analysis = analyzeText(text, { lang: 'en' });
const norm = (s: string) => s.replace(/’/g, "'").split(/\s+/).filter(Boolean).join(' ').toLowerCase();

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  accept?: string[];
}

describe('founding document (e-history 1509)', () => {
  it('finds at least 90% of the required entities with the right type, and no false person', () => {
    const names = new Map<string, Set<string>>();
    for (const e of analysis.entities) {
      for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
        const k = norm(n);
        if (!names.has(k)) names.set(k, new Set());
        names.get(k)?.add(e.type);
      }
    }
    const required: GoldEntity[] = gold.entities.required;
    const missed = required.filter((g) => {
      const types = new Set(g.accept ?? [g.type]);
      return ![g.name, ...(g.aliases ?? [])].some((n) => [...(names.get(norm(n)) ?? [])].some((t) => types.has(t)));
    });
    expect(required.length - missed.length).toBeGreaterThanOrEqual(Math.ceil(0.9 * required.length));
    const goldNames = new Set(
      [...gold.entities.required, ...gold.entities.stretch].flatMap((g: GoldEntity) =>
        [g.name, ...(g.aliases ?? [])].map(norm),
      ),
    );
    const strangers = analysis.entities.filter((e) => e.type === 'PERSON' && !goldNames.has(norm(e.name)));
    expect(strangers.map((e) => e.name)).toEqual([]);
  });

  it('finds every required event with its date, sentence and a right participant', () => {
    const misses = gold.events.required.filter(
      (g: { when: string; sentenceStartsWith: string; entities: string[] }) => {
        const at = text.indexOf(g.sentenceStartsWith);
        const want = new Set(g.entities.map(norm));
        return !analysis.events.some(
          (e) =>
            e.when.toUpperCase() === g.when.toUpperCase() &&
            e.sentence.start <= at &&
            at < e.sentence.end &&
            e.entities.some((n) => want.has(norm(n))),
        );
      },
    );
    expect(misses.map((g: { when: string }) => g.when)).toEqual([]);
  });

  it('finds every required claim with its value', () => {
    const misses = gold.claims.required.filter((g: { text: string; value: number }) => {
      const a = text.indexOf(g.text);
      const b = a + g.text.length;
      return !analysis.claims.some((c) => c.start < b && a < c.end && c.value === g.value);
    });
    expect(misses.map((g: { text: string }) => g.text)).toEqual([]);
  });

  it('never reports a year as a count', () => {
    expect(analysis.claims.filter((c) => c.value >= 1000 && c.value <= 2100)).toEqual([]);
  });
});
