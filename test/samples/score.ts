import type { Analysis, Entity } from '../../src/analyze/types.ts';
import type { Gold, GoldEntity, GoldTimex } from './gold.ts';
import { locate } from './gold.ts';

/** How many required items of one kind an analysis got right, and which it missed (one line each). */
export interface PartScore {
  found: number;
  total: number;
  misses: string[];
}

export type Part = 'timex' | 'entities' | 'events' | 'claims';
export type SampleScore = Record<Part, PartScore>;

/** Names compare without case, spacing or typographic apostrophes, as the founding scorer does. */
export function normName(s: string): string {
  return s.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function overlaps(a: number, b: number, start: number, end: number): boolean {
  return start < b && a < end;
}

/** An annual date (`XXXX-08-29`) may be read as a DATE or a SET: TIMEX3 allows both. */
function timexTypeOk(type: string, gold: GoldTimex): boolean {
  return type === gold.type || (gold.value.startsWith('XXXX') && (type === 'DATE' || type === 'SET'));
}

function scoreTimexes(text: string, analysis: Analysis, gold: Gold): PartScore {
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.timex.required) {
    const a = locate(text, g);
    if (a < 0) {
      misses.push(`timex ${JSON.stringify(g.text)} is not in the ingested text`);
      continue;
    }
    const b = a + g.text.length;
    const near = analysis.timexes.filter((t) => overlaps(a, b, t.start, t.end));
    if (near.some((t) => timexTypeOk(t.type, g) && t.value.toUpperCase() === g.value.toUpperCase())) found++;
    else
      misses.push(
        `timex ${JSON.stringify(g.text)} ${g.type} ${g.value}; got ${near.map((t) => `${t.type} ${t.value} "${t.text}"`).join(', ') || 'nothing'}`,
      );
  }
  return { found, total: gold.timex.required.length, misses };
}

/** Every way an extracted entity is named: canonical name, aliases, mention texts. */
function surfaceForms(e: Entity): string[] {
  return [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)];
}

function scoreEntities(analysis: Analysis, gold: Gold): PartScore {
  const typesByName = new Map<string, Set<string>>();
  for (const e of analysis.entities) {
    for (const form of surfaceForms(e)) {
      const key = normName(form);
      const types = typesByName.get(key) ?? new Set<string>();
      types.add(e.type);
      typesByName.set(key, types);
    }
  }
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.entities.required) {
    const accept = g.accept ?? [g.type];
    const names = [g.name, ...(g.aliases ?? [])].map(normName);
    if (names.some((n) => accept.some((t) => typesByName.get(n)?.has(t)))) found++;
    else {
      const got = names.flatMap((n) => [...(typesByName.get(n) ?? [])].map((t) => `${n}:${t}`));
      misses.push(`entity ${g.name} ${g.type}; got ${got.join(', ') || 'nothing'}`);
    }
  }
  return { found, total: gold.entities.required.length, misses };
}

function scoreEvents(text: string, analysis: Analysis, gold: Gold): PartScore {
  const goldEntity = new Map<string, GoldEntity>(gold.entities.required.map((e) => [e.name, e]));
  // An event names its participants canonically; any form of that entity counts as the same participant.
  const formsOf = (name: string): string[] => {
    const e = analysis.entities.find((x) => x.name === name);
    return (e ? surfaceForms(e) : [name]).map(normName);
  };
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.events.required) {
    const at = text.indexOf(g.sentenceStartsWith);
    if (at < 0) {
      misses.push(`event sentence "${g.sentenceStartsWith}" is not in the ingested text`);
      continue;
    }
    const wanted = new Set(
      g.entities.flatMap((n) => {
        const e = goldEntity.get(n);
        return (e ? [e.name, ...(e.aliases ?? [])] : [n]).map(normName);
      }),
    );
    const inSentence = analysis.events.filter((e) => e.sentence.start <= at && at < e.sentence.end);
    const hit = inSentence.some(
      (e) =>
        e.when.toUpperCase() === g.when.toUpperCase() && e.entities.some((n) => formsOf(n).some((f) => wanted.has(f))),
    );
    if (hit) found++;
    else
      misses.push(
        `event ${g.when} "${g.what.slice(0, 60)}"; in that sentence: ${inSentence.map((e) => `${e.when} [${e.entities.join(', ')}]`).join('; ') || 'nothing'}`,
      );
  }
  return { found, total: gold.events.required.length, misses };
}

function scoreClaims(text: string, analysis: Analysis, gold: Gold): PartScore {
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.claims.required) {
    const a = locate(text, g);
    if (a < 0) {
      misses.push(`claim ${JSON.stringify(g.text)} is not in the ingested text`);
      continue;
    }
    const b = a + g.text.length;
    const near = analysis.claims.filter((c) => overlaps(a, b, c.start, c.end));
    if (near.some((c) => c.value === g.value)) found++;
    else
      misses.push(
        `claim ${JSON.stringify(g.text)} = ${g.value}; got ${near.map((c) => `${c.kind} ${c.value}`).join(', ') || 'nothing'}`,
      );
  }
  return { found, total: gold.claims.required.length, misses };
}

/** Scores one analysed article against its gold, in the manner of ../shared/tools/seedgold.py. */
export function scoreSample(text: string, analysis: Analysis, gold: Gold): SampleScore {
  return {
    timex: scoreTimexes(text, analysis, gold),
    entities: scoreEntities(analysis, gold),
    events: scoreEvents(text, analysis, gold),
    claims: scoreClaims(text, analysis, gold),
  };
}

export function recall(scores: PartScore[]): number {
  const total = scores.reduce((n, s) => n + s.total, 0);
  return total === 0 ? 1 : scores.reduce((n, s) => n + s.found, 0) / total;
}

const pct = (s: PartScore[]): string => `${(100 * recall(s)).toFixed(0)}%`.padStart(5);

/** A table a reader can act on: recall per sample and part, then every miss. */
export function report(rows: { name: string; score: SampleScore }[], withMisses: Part[]): string {
  const parts: Part[] = ['timex', 'entities', 'events', 'claims'];
  const lines = [`${'sample'.padEnd(48)} ${parts.map((p) => p.padStart(9)).join('')}`];
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(48)} ${parts.map((p) => `${r.score[p].found}/${r.score[p].total}`.padStart(9)).join('')}`,
    );
  }
  lines.push(`${'overall'.padEnd(48)} ${parts.map((p) => pct(rows.map((r) => r.score[p])).padStart(9)).join('')}`);
  for (const r of rows) {
    for (const p of withMisses) for (const m of r.score[p].misses) lines.push(`  ${r.name}: MISS ${m}`);
  }
  return lines.join('\n');
}
