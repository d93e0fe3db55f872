import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../domain/languages.ts';
import { RESOURCES_DIR } from '../paths.ts';

/** A named period of Kazakhstan's history, drawn as an optional labelled band on the timeline. */
export interface NamedPeriod {
  id: string;
  from: number;
  /** Null: it lasts to this day. */
  to: number | null;
  name: string;
}

type RawPeriod = { id: string; from: number; to: number | null } & Record<Language, string>;

let raw: RawPeriod[] | undefined;

/**
 * The periods of `resources/periods.json` (the states on Kazakhstan's territory, from encyclopaedic
 * dates; see resources/SOURCES.md), named in the interface language.
 */
export function namedPeriods(ui: Language): NamedPeriod[] {
  raw ??= JSON.parse(readFileSync(join(RESOURCES_DIR, 'periods.json'), 'utf8')) as RawPeriod[];
  return raw.map((p) => ({ id: p.id, from: p.from, to: p.to, name: p[ui] }));
}
