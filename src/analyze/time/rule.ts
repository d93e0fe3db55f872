/**
 * The shapes every language's temporal rules are written in, and what a language hands the engine
 * (`engine.ts`). Nothing here knows a language or a script.
 */
import type { TimexMod, TimexType } from '../types.ts';
import type { NarrativeAnchor } from './anchor.ts';

/** One output line once its value is known; offsets are UTF-16 positions in the text. */
export interface Resolved {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** False when the value should not become the narrative anchor (deictic, vague, resolved relative ones). */
  anchors?: boolean;
  /** A passing mention that should not displace a finer narrative date (see `NarrativeAnchor.update`). */
  weakAnchor?: boolean;
  /** Whether the year was written in the text (en: a range shares its second point's year). */
  explicitYear?: boolean;
}

/** What a candidate sees when it is resolved, in text order. */
export interface ResolveContext {
  /** The whole text. */
  readonly text: string;
  /** Document creation date `YYYY-MM-DD`, when given. */
  readonly dct?: string;
  /** The dates read so far: the narrative anchor, falling back to `dct`. */
  readonly anchor: NarrativeAnchor;
  /** True when the date that last moved the anchor is in the same sentence as this candidate. */
  readonly anchorInSentence: boolean;
  /** True when the previous candidate was a SET (`ежегодно 29 августа` stays annual). */
  readonly afterSet: boolean;
}

/** A proposed span; `resolve` runs in text order and may return nothing (a guard failed). */
export interface Candidate {
  start: number;
  end: number;
  resolve(ctx: ResolveContext): Resolved[];
}

/** A rule: a global regular expression and what to make of each match, or null to refuse it. */
export interface Rule {
  /** What the rule finds, for whoever reads or debugs the rule list. */
  name?: string;
  re: RegExp;
  make(m: RegExpExecArray, text: string): Candidate | null;
  /**
   * For a rule run over the whole text as written (no `TimeLanguage.triggers`): words one of which
   * is in every match, at most `KEY_WORD_TOKENS_BEFORE` tokens after the match starts (see scan.ts).
   * The rule then runs only on the stretches of text around them and finds what it finds over the
   * whole text. Rules with one reason to match share one array.
   */
  keyWords?: readonly string[];
  /**
   * For a rule run near triggers (`TimeLanguage.triggers`): strings of the lower-cased text one of
   * which every match contains (its unit, `век`, `ғасыр`), so a region holding none is skipped.
   */
  needs?: readonly string[];
}

/** A step over the resolved lines of a whole text, in text order (joining ranges, tidying spans). */
export type Refiner = (text: string, lines: Resolved[]) => Resolved[];

/** Everything the engine needs from a language. */
export interface TimeLanguage {
  /** Every rule, in priority order. */
  rules: readonly Rule[];
  /**
   * Which of two overlapping candidates of the same length wins: the one from the earlier rule
   * (then the earlier start), or the one that starts earlier (then the earlier rule).
   */
  onEqualLength: 'earlier-rule' | 'earlier-start';
  /**
   * Words, besides digits and upper-case Roman numerals, that every rule needs near its match.
   * When given, the rules run only a few tokens around them, are written in lower case and run on
   * a lower-cased copy of the text, and match only at a word start, which the engine checks.
   * Without, every rule runs over the whole text as written.
   */
  triggers?: readonly string[];
  /** Drops a kept candidate before resolution (a look-alike that won its place: the verb "may"). */
  keep?: (text: string, c: Candidate) => boolean;
  /** Steps run in order on the resolved lines. */
  refiners?: readonly Refiner[];
}
