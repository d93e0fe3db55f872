/**
 * How sure an event is of its date: a base for how the date was found (alone in its sentence, or one
 * of several clauses) lowered for each thing that can go wrong — a date resolved from context, a
 * relative date anchored on a happening or on no calendar unit, a hedged offset, a "since"/"until"
 * boundary rather than the happening's own date, a resolved date far from or before its sentence's
 * written dates, a description that is a fragment, nobody named. Calibrated on the samples'
 * event-date gold (`test/samples/event-confidence.test.ts`) against the review threshold (0.6).
 */
import { ALL_PACKS } from '../lang/index.ts';
import type { Span, TemporalExpression } from '../types.ts';

const FRAMES = ALL_PACKS.map((p) => p.discourse.dateFrames);
const anyOf = (pick: (f: (typeof FRAMES)[number]) => string) =>
  new RegExp(FRAMES.map((f) => `(?:${pick(f)})`).join('|'), 'iu');
const SINCE = anyOf((f) => f.since);
const UNTIL = anyOf((f) => f.until);
const ANCHORED_ON_HAPPENING = anyOf((f) => f.anchoredOnHappening);
const VAGUE_PERIOD = anyOf((f) => f.vaguePeriod);
const HEDGE = anyOf((f) => f.hedge);

/** Mods that say the value is a bound or a guess, not the date. */
const HEDGING_MODS = new Set([
  'APPROX',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
]);

/** What can go wrong, each a general rule; the sum is taken off the base. */
export const PENALTY = {
  /** The date's text names no year, the value has one: it came from the text around it. */
  fromContext: 0.15,
  /** …from a written date of the same sentence and year: a smaller risk. */
  fromSentence: 0.05,
  /** A relative date counted from a happening (`after independence`), which analysis cannot date. */
  anchoredOnHappening: 0.2,
  /** A relative date with no calendar unit (`the same period`): its precision is a guess. */
  vaguePeriod: 0.2,
  /** A hedged offset or bound (`almost three years`, mod APPROX/ON_OR_AFTER…). */
  hedged: 0.1,
  /** A "since"/"until" boundary: the start or end of a state, or another happening's date. */
  boundary: 0.15,
  /** …inside the sentence rather than framing it: it qualifies something said before it. */
  innerBoundary: 0.15,
  /** A date from context more than a year from every date its sentence writes out. */
  farFromSentence: 0.15,
  /** A date from context that took a written date's year and falls before it: the year is suspect. */
  beforeItsAnchor: 0.2,
  /** The description is a clause fragment (it opens with a subordinator or lower case). */
  fragment: 0.05,
  /** Nobody is named in the clause, its sentence or the one before. */
  noParticipant: 0.25,
} as const;

/** A written year or century: `1991`, `2017- 18`, `XX ғасыр`, `ХХ века` (Latin or Cyrillic X). */
const WRITTEN_YEAR = /\d{3,4}|(?<!\p{L})[IVXLХ]{1,5}(?!\p{L})/u;

/** Whether the date's own text gives its year (or needs none: an annual `XXXX-08-29`). */
export function writesItsYear(t: TemporalExpression): boolean {
  return WRITTEN_YEAR.test(t.text) || !/^\d/.test(t.value);
}

function yearsOf(value: string): [number, number] | null {
  const m = /^(\d{2,4})(?:[^/]*\/(\d{2,4}))?/.exec(value);
  if (!m) return null;
  const widen = (y: string, end: boolean) => {
    const n = Number(y);
    const span = 10 ** (4 - y.length);
    return end ? n * span + span - 1 : n * span;
  };
  const a = m[1] as string;
  const b = m[2] ?? a;
  return [widen(a, false), widen(b, true)];
}

export interface ConfidenceInput {
  text: string;
  sentence: Span;
  /** The date of the event. */
  timex: TemporalExpression;
  /** Every event date of the sentence, this one included. */
  sentenceDates: readonly TemporalExpression[];
  /** Start of the clause the date is in (where its frame words are read from). */
  clauseStart: number;
  /** The event's description as it will be shown. */
  what: string;
  participants: number;
  /** 0.8 for a sentence with one date, 0.65 for one of several clauses. */
  base: number;
}

/**
 * An event's confidence in [0.1, 0.95], rounded to hundredths.
 * @example eventConfidence({ …, timex: `four months before the union itself collapsed` }) // 0.45: from context, anchored on a happening
 */
export function eventConfidence(input: ConfidenceInput): number {
  const { text, sentence, timex: t } = input;
  let c = input.base;
  const explicit = writesItsYear(t);
  // A month or a day, written out with its year: the statement is specific.
  if (explicit && (/^\d{4}-\d{2}/.test(t.value) || /^XXXX-\d{2}-\d{2}/.test(t.value))) c += 0.1;
  if (!explicit) {
    const own = yearsOf(t.value);
    const written = input.sentenceDates.filter((d) => d !== t && writesItsYear(d) && /^\d/.test(d.value));
    const sameYear = written.find((d) => {
      const y = yearsOf(d.value);
      return own && y && y[0] <= own[0] && own[1] <= y[1];
    });
    c -= sameYear ? PENALTY.fromSentence : PENALTY.fromContext;
    if (ANCHORED_ON_HAPPENING.test(t.text)) c -= PENALTY.anchoredOnHappening;
    if (VAGUE_PERIOD.test(t.text)) c -= PENALTY.vaguePeriod;
    if (HEDGE.test(t.text) || (t.mod && HEDGING_MODS.has(t.mod))) c -= PENALTY.hedged;
    const far =
      written.length > 0 &&
      own !== null &&
      written.every((d) => {
        const y = yearsOf(d.value);
        return y !== null && (own[1] < y[0] - 1 || own[0] > y[1] + 1);
      });
    if (far) c -= PENALTY.farFromSentence;
    // `2 December 2009 … proclaimed 29 August`: a month or day that took the year of a written date
    // before it and falls earlier than it (a year alone, `that year`, contains its anchor instead).
    if (sameYear && sameYear.start < t.start && /^\d{4}-\d{2}/.test(t.value) && t.value < sameYear.value) {
      c -= PENALTY.beforeItsAnchor;
    }
  } else if (t.mod && HEDGING_MODS.has(t.mod)) {
    c -= PENALTY.hedged;
  }
  if (t.type === 'DATE') {
    const frame = text.slice(input.clauseStart, t.end) + (/^\s*\p{L}+/u.exec(text.slice(t.end, t.end + 24))?.[0] ?? '');
    if (SINCE.test(frame) || UNTIL.test(frame)) {
      c -= PENALTY.boundary;
      // `Since 2010 the day has been observed`: the boundary frames the sentence; `…, since the
      // Istanbul Summit of 1999` qualifies what was said before it.
      const opens = /^[\s"«“]*(?:\p{L}+\s+)?$/u.test(text.slice(sentence.start, t.start));
      if (!opens) c -= PENALTY.innerBoundary;
    }
  }
  if (/^[\s"«“(]*\p{Ll}/u.test(input.what)) c -= PENALTY.fragment;
  if (input.participants === 0) c -= PENALTY.noParticipant;
  return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100;
}
