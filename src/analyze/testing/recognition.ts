/**
 * A stand-in for the trained recogniser in tests of the rules around it: it read `name` in `text`
 * as a person and gives each type the probability in `as` for exactly that span (0 elsewhere).
 */
import type { ModelName, Recognition } from '../entities/recogniser/index.ts';
import type { EntityType } from '../types.ts';

export function personRead(
  text: string,
  name: string,
  as: Partial<Record<EntityType, number>>,
  person = 0.5,
): Recognition {
  const start = text.indexOf(name);
  const found: ModelName = { start, end: start + name.length, type: 'PERSON', confidence: as.PERSON ?? person };
  return {
    names: [found],
    confidence: (s, e, type: EntityType) => (s === found.start && e === found.end ? (as[type] ?? 0) : 0),
  };
}
