/**
 * When two quantitative claims from different articles disagree: the same quantity (the same kind
 * and the same counted thing, decided across languages by the kinds of event a unit names:
 * `tests`, `испытаний`, `сынақ` are all tests) with different figures. A figure that is a bound
 * (`over a million`, `up to 1.5 million`), an order of magnitude (`десятки тысяч`) or a round
 * estimate (`about 600`) is no figure to disagree with.
 */
import { eventKinds } from '../events/identity.ts';
import type { Claim } from '../types.ts';

export type Comparison = 'same' | 'conflict' | 'different';

export type ComparableClaim = Pick<Claim, 'kind' | 'value' | 'unit' | 'subject' | 'mod'> & { subjectId?: string };

/** The counted thing as a key that survives translation: its event kinds when it names some, else the unit word. */
export function quantityOf(c: Pick<Claim, 'kind' | 'unit'>): string {
  const key = `${c.kind}\0${c.unit ?? ''}`;
  let quantity = quantities.get(key);
  if (quantity === undefined) {
    if (quantities.size > 20_000) quantities.clear();
    const unit = (c.unit ?? '').toLowerCase();
    const kinds = unit ? eventKinds(unit) : [];
    quantity = `${c.kind}:${kinds.length ? kinds.join('+') : unit}`;
    quantities.set(key, quantity);
  }
  return quantity;
}

/** Quantities by kind and unit: a save compares every claim of an event's sentences, whose units repeat. */
const quantities = new Map<string, string>();

/** Significant digits of a positive number (600 → 1, 18 500 → 3, 456 → 3). */
function significantDigits(value: number): number {
  const digits = String(Math.round(Math.abs(value))).replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Whether a claim gives no exact figure: a bound, an order of magnitude, or a round approximation. */
export function isVague(c: Pick<Claim, 'value' | 'mod'>): boolean {
  if (c.mod && c.mod !== 'APPROX') return true;
  return c.mod === 'APPROX' && significantDigits(c.value) <= 2;
}

/** Two claims of the same quantity, both exact: `same` when equal, `conflict` when not; otherwise `different`. */
export function compareFigures(a: ComparableClaim, b: ComparableClaim): Comparison {
  if (quantityOf(a) !== quantityOf(b)) return 'different';
  if (isVague(a) || isVague(b)) return 'different';
  return a.value === b.value ? 'same' : 'conflict';
}

/**
 * Claims about one named subject outside any dated happening: the same subject (entity id or
 * folded name) and `compareFigures`. Counts of people are not compared this way: people exposed,
 * affected and gathered are all people of one country; only the same happening makes them one
 * quantity.
 */
export function compareClaims(a: ComparableClaim, b: ComparableClaim): Comparison {
  const subjA = a.subjectId ?? a.subject;
  const subjB = b.subjectId ?? b.subject;
  if (!subjA || !subjB || subjA !== subjB) return 'different';
  if (a.kind === 'population' || b.kind === 'population') return 'different';
  return compareFigures(a, b);
}
