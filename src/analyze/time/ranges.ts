/**
 * Refiners that join neighbouring points into ranges, for languages to pick from: each adds an
 * INTERVAL spanning both points (and the words that join them).
 */
import { parseDateValue } from './anchor.ts';
import { DASH_CLASS } from './dashes.ts';
import type { Refiner, Resolved } from './rule.ts';
import { intervalValue } from './values.ts';

/**
 * Two neighbouring dates that form a range in words (`с 22 июня 1941 года по 9 мая 1945 года`):
 * the points as the range reports them (without `с`, `дейін` and their mods), or null when `gap`
 * does not join them.
 */
export type RangeInWords = (text: string, a: Resolved, gap: string, b: Resolved) => [Resolved, Resolved] | null;

const DASH_ONLY = new RegExp(`^\\s*${DASH_CLASS}\\s*$`);
const byStart = (a: Resolved, b: Resolved) => a.start - b.start || b.end - a.end;

/**
 * Two dates of the same precision, each found by its own rule, with only a dash between them
 * (`В конце 1950-х — начале 1960-х годов`) or joined in words as `inWords` says, are also a
 * range: adds their INTERVAL line (ru, kk).
 */
export function joinSamePrecision(inWords?: RangeInWords): Refiner {
  return (text, unsorted) => {
    const lines = [...unsorted].sort(byStart);
    const intervals = lines.filter((l) => l.type === 'INTERVAL');
    const free = lines.filter((l) => l.type === 'DATE' && !intervals.some((i) => i.start <= l.start && l.end <= i.end));
    const added: Resolved[] = [];
    const replaced = new Map<Resolved, Resolved>();
    for (let i = 0; i + 1 < free.length; i++) {
      const a = free[i]!;
      const b = free[i + 1]!;
      if (b.start - a.end > 8) continue;
      const pa = parseDateValue(a.value);
      const pb = parseDateValue(b.value);
      if (!pa || !pb || pa.granularity !== pb.granularity || pa.year > pb.year) continue;
      const gap = text.slice(a.end, b.start);
      const dashed = DASH_ONLY.test(gap);
      const worded = dashed ? null : (inWords?.(text, a, gap, b) ?? null);
      if (!dashed && !worded) continue;
      if (worded) replaced.set(a, worded[0]).set(b, worded[1]);
      added.push({ start: a.start, end: b.end, type: 'INTERVAL', value: `${a.value}/${b.value}` });
      i++;
    }
    if (added.length === 0) return lines;
    return [...lines.map((l) => replaced.get(l) ?? l), ...added].sort(byStart);
  };
}

/**
 * Adds an INTERVAL for each pair of neighbouring DATE points joined by a range word (`connector`
 * matches the text between them, `opener` the text just before the first, e.g. "from ") (en).
 * The interval spans opener, both points and the connector.
 */
export function addIntervals(
  text: string,
  points: Resolved[],
  connector: RegExp,
  opener: RegExp,
  needsOpener: (between: string) => boolean,
): Resolved[] {
  const out = [...points];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Resolved;
    const b = points[i + 1] as Resolved;
    if (a.type !== 'DATE' || b.type !== 'DATE' || b.start - a.end > 12) continue;
    const between = text.slice(a.end, b.start);
    if (!connector.test(between)) continue;
    const before = opener.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if (!before && needsOpener(between)) continue;
    const start = before ? a.start - before[0].length : a.start;
    out.push({ start, end: b.end, type: 'INTERVAL', value: intervalValue(a.value, b.value) });
    i++;
  }
  return out;
}
