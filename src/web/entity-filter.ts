import { EntityIdSchema } from '../domain/inputs.ts';
import type { EntitySummary, Store } from '../store/index.ts';

/** What the timeline's entity box resolved to: an id to filter by, and what to tell the reader. */
export interface EntityFilter {
  /** The entity id to filter by; undefined when the box was empty or nothing matched. */
  id?: string;
  /** The entity a typed name was taken to mean, for "Events of …". */
  chosen?: EntitySummary;
  /** Other entities the name also matches, offered as links. */
  others: EntitySummary[];
  /** The name typed, when nothing matched it. */
  unmatched?: string;
}

const MAX_OTHERS = 5;

/**
 * The entity box takes a name in any language ("OSCE", "ОБСЕ", "Сулейменов") or an id
 * (`org:osce`, as links and old URLs carry). A name means the entity whose name or alias it is
 * exactly, else the most mentioned one with a word starting so; the others are offered.
 */
export async function resolveEntityFilter(store: Store, typed: string | undefined): Promise<EntityFilter> {
  const value = typed?.trim();
  if (!value) return { others: [] };
  if (EntityIdSchema.safeParse(value).success) return { id: value, others: [] };
  const matches = (await store.listEntities({ q: value, limit: MAX_OTHERS + 1 })).items;
  if (!matches.length) return { others: [], unmatched: value };
  const key = value.normalize('NFC').toLowerCase();
  const exact = matches.find((e) => [e.name, ...e.aliases].some((n) => n.normalize('NFC').toLowerCase() === key));
  const chosen = exact ?? matches[0]!;
  return { id: chosen.id, chosen, others: matches.filter((e) => e !== chosen).slice(0, MAX_OTHERS) };
}
