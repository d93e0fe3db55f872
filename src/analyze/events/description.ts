/**
 * An event's description: its dated clause as a reader can take it alone. A clause cut from a
 * sentence loses what joined it to the rest: a leading conjunction goes (`and on 31 May 1995 …` →
 * `On 31 May 1995 …`, `а в июне …` → `В июне …`); a clause that cannot stand alone — a subordinate
 * (`which also agreed …`, `провозгласившую 29 августа …`), a list item (`the OSCE in 2010`) or a
 * date with a word or two (`III съезд 2009 жылы`) — gets the sentence up to its end, or the
 * sentence's head and the clause when that is too long.
 */
import { ALL_PACKS } from '../lang/index.ts';
import type { Span, TemporalExpression } from '../types.ts';

/** Longest `what` an event carries; a run-on clause (a list of hundreds of dates) is cut there. */
export const MAX_WHAT_CHARS = 300;

const DISCOURSE = ALL_PACKS.map((p) => p.discourse);
/** A word or phrase as a pattern that matches it literally, any run of spaces between its words. */
export const asPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const byLength = (ws: readonly string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map(asPattern);
// Longest first, so `and then` wins over `and`, `а также` over `а`.
const CONJUNCTION = new RegExp(
  `^(?:${byLength(DISCOURSE.flatMap((d) => d.clauseConjunctions)).join('|')})(?!\\p{L})[\\s,]*`,
  'iu',
);
const SUBORDINATOR = new RegExp(
  `^(?:${byLength(DISCOURSE.flatMap((d) => d.subordinators)).join('|')})(?!\\p{L})`,
  'iu',
);

/** The text of a span as one line: spaces collapsed, cut at a word boundary with an ellipsis past the cap. */
export function oneLine(text: string, s: Span): string {
  // Slice a little more than the cap before collapsing spaces, so a long clause costs O(cap).
  const raw = text.slice(s.start, Math.min(s.end, s.start + 4 * MAX_WHAT_CHARS)).replace(/\s+/g, ' ');
  if (raw.length <= MAX_WHAT_CHARS && s.end - s.start <= 4 * MAX_WHAT_CHARS) return raw;
  const head = raw.slice(0, MAX_WHAT_CHARS);
  const space = head.lastIndexOf(' ');
  const cut = space > MAX_WHAT_CHARS / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

const upperFirst = (s: string) =>
  s.replace(/^([\s"«“(]*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());

/** Words of a text that are not digits or punctuation. */
const wordCount = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

/**
 * The description of the event dated `t` whose clause is `clause` (trimmed) in `sentence`.
 * @example describeClause(text, sentence, clause, t) // 'On 31 May 1995 the last nuclear explosive device … was destroyed'
 */
export function describeClause(text: string, sentence: Span, clause: Span, t: TemporalExpression): string {
  if (clause.start <= sentence.start) return oneLine(text, clause);
  let start = clause.start;
  const conjunction = CONJUNCTION.exec(text.slice(start, clause.end));
  if (conjunction) start += conjunction[0].length;
  const body = text.slice(start, clause.end);
  const beforeDate = text.slice(start, Math.max(start, t.start));
  const dateText = text.slice(t.start, t.end);
  // `on 29 August 2017, …`, `в мае 2014 года …`: the date, after a preposition at most, opens the clause.
  const opensWithDate = t.start >= start && /^\s*(?:\p{Ll}{1,6}\s+)?$/u.test(beforeDate);
  // What follows a conjunction is a clause of its own (`and the last explosion took place …`).
  const standsAlone =
    !SUBORDINATOR.test(body) &&
    (conjunction !== null || opensWithDate || /^[\s"«“(]*[\p{Lu}\d]/u.test(body)) &&
    wordCount(body) - wordCount(dateText) >= 3;
  if (standsAlone) return upperFirst(oneLine(text, { start, end: clause.end }));
  const upTo = { start: sentence.start, end: clause.end };
  if (clause.end - sentence.start <= MAX_WHAT_CHARS) return oneLine(text, upTo);
  // Too long with everything before it: the sentence's head (up to its first `:` or `;`, else its
  // first comma) and the clause.
  const lead = text.slice(sentence.start, clause.start);
  const stop = lead.search(/[:;]/);
  const comma = lead.indexOf(',');
  const headEnd = sentence.start + (stop >= 0 ? stop + 1 : comma >= 0 ? comma : lead.length);
  const head = oneLine(text, { start: sentence.start, end: headEnd }).replace(/…$/, '');
  const gap = headEnd === clause.start ? ' ' : stop >= 0 && text[headEnd - 1] === ':' ? ' ' : ' … ';
  return oneLine(`${head}${gap}${text.slice(clause.start, clause.end)}`, {
    start: 0,
    end: head.length + gap.length + clause.end - clause.start,
  });
}
