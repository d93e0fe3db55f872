/**
 * The vocabulary of analysis: what `analyze` produces from a text. Every span is a pair of
 * offsets into the original text in UTF-16 code units (JavaScript string indices), end exclusive.
 */

import type { EntityType } from '../domain/entity-types.ts';
import type { Language } from '../domain/languages.ts';
import type { Span } from '../domain/span.ts';
import { MODEL_VERSION } from './entities/recogniser/version.ts';

export type { EntityType, Language, Span };

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'INTERVAL';

/** TIMEX3 modifiers we emit (a subset of TimeML's list). */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER';

/**
 * One temporal expression, as printed by `chronicle timex`.
 * `value` is TIMEX3/ISO 8601: `2013-09`, `199` (1990s), `14` (15th century), `XXXX-08-29`, `P25Y`,
 * `BC0500`, `PRESENT_REF`; an INTERVAL's value is `2013/2022`.
 */
export interface TemporalExpression extends Span {
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
}

export interface TimexOptions {
  /** `auto` (default) detects the language of the text. */
  lang?: Language | 'auto';
  /** Document creation date `YYYY-MM-DD`, anchor of "today", "last year", "22 years ago". */
  dct?: string;
}

export interface Mention extends Span {
  text: string;
  /** How sure the trained recogniser is of this name and span, in [0, 1] (when it ran). */
  confidence?: number;
}

export interface Entity {
  /** Canonical id, shared across articles and languages (`org:osce`, `person:nursultan-nazarbayev`). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  /** Places: WGS84 coordinates when the gazetteer knows them. */
  coordinates?: { lat: number; lon: number };
  /** The highest confidence of its mentions (when the trained recogniser ran). */
  confidence?: number;
}

export interface DatedEvent {
  /** TIMEX3 value or ISO interval (`2010/2011`). */
  when: string;
  /** Span of the temporal expression that dates the event. */
  start?: number;
  end?: number;
  /** The dated clause, as text. */
  what: string;
  sentence: Span;
  /** Names of the participating entities (canonical names). */
  entities: string[];
  /** Canonical ids of the participating entities, parallel to `entities`. */
  entityIds?: string[];
  confidence: number;
}

export type ClaimKind = 'count' | 'rank' | 'percent' | 'money' | 'area' | 'population' | 'quantity';

export interface Claim extends Span {
  text: string;
  subject?: string;
  kind: ClaimKind;
  value: number;
  unit?: string;
  mod?: TimexMod;
}

/** Everything analysis finds in one text (the `extract` contract minus `article`). */
export interface Analysis {
  language: Language;
  sentences: Span[];
  timexes: TemporalExpression[];
  entities: Entity[];
  events: DatedEvent[];
  claims: Claim[];
}

/**
 * Bumped whenever an extractor's output changes meaningfully; stored with every fact. It names the
 * trained recogniser's model version, so a fact says which weights found it.
 */
export const EXTRACTOR_VERSION = `0.2.4+${MODEL_VERSION}`;
