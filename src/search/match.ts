import type { ParsedQuery, QueryTerm } from './query.ts';

// Tokens hold only letters and digits, but quoting stays defensive: a stray quote is doubled
// (FTS5) or escaped (tsquery), so no input can change the expression's structure.
function fts5String(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

function fts5Term(term: QueryTerm): string {
  // A phrase is written as one FTS5 string; its tokens must stand next to each other.
  const alts = term.alternatives.map((seq) => fts5String(seq.join(' ')));
  return alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression of a parsed query, over a column of space-joined `indexTokens`:
 * each term's alternatives OR'ed, terms AND'ed, excluded terms NOT'ed. Empty when the query has
 * no terms: the caller then skips the text match (FTS5 rejects an empty MATCH).
 *
 * @example toFts5Match(parseQuery('nuclear tests')) // '("nuclear") AND ("test" OR "tests")'
 */
export function toFts5Match(parsed: ParsedQuery): string {
  const wanted = parsed.terms.filter((t) => !t.excluded).map(fts5Term);
  const unwanted = parsed.terms.filter((t) => t.excluded).map(fts5Term);
  if (wanted.length === 0) return '';
  const positive = wanted.length === 1 ? wanted[0]! : `(${wanted.join(' AND ')})`;
  return unwanted.length === 0 ? positive : `${positive} NOT (${unwanted.join(' OR ')})`;
}

function tsLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function tsTerm(term: QueryTerm): string {
  const alts = term.alternatives.map((seq) => {
    const phrase = seq.map(tsLexeme).join(' <-> ');
    return seq.length > 1 ? `(${phrase})` : phrase;
  });
  return alts.length === 1 ? alts[0]! : `(${alts.join(' | ')})`;
}

/**
 * The same query for PostgreSQL's `to_tsquery('simple', …)` over a tsvector built with
 * `to_tsvector('simple', <space-joined indexTokens>)`: `|` between alternatives, `&` between
 * terms, `<->` inside phrases, `& !` for excluded terms. Empty when the query has no terms.
 *
 * @example toTsQuery(parseQuery('nuclear tests')) // "'nuclear' & ('test' | 'tests')"
 */
export function toTsQuery(parsed: ParsedQuery): string {
  if (!parsed.terms.some((t) => !t.excluded)) return '';
  const parts = parsed.terms.map((t) => (t.excluded ? `!${tsTerm(t)}` : tsTerm(t)));
  return parts.join(' & ');
}

/** Most token sequences one phrase expression may spell out before it is not worth asking. */
const MAX_PHRASE_COMBINATIONS = 32;

function wantedPhraseTerms(parsed: ParsedQuery): QueryTerm[] | null {
  const wanted = parsed.terms.filter((t) => !t.excluded);
  return wanted.length >= 2 ? wanted : null;
}

/**
 * An FTS5 expression matching texts where the wanted terms stand next to each other in query
 * order (`nuclear tests` → "nuclear test"), for ranking such texts above ones that only contain
 * the words somewhere. Empty when the query has fewer than two wanted terms or too many ways to
 * spell the phrase.
 *
 * @example toFts5Phrase(parseQuery('nuclear tests')) // '"nuclear test" OR "nuclear tests"'
 */
export function toFts5Phrase(parsed: ParsedQuery): string {
  const wanted = wantedPhraseTerms(parsed);
  if (!wanted) return '';
  let combos: string[][] = [[]];
  for (const term of wanted) {
    if (combos.length * term.alternatives.length > MAX_PHRASE_COMBINATIONS) return '';
    combos = combos.flatMap((prefix) => term.alternatives.map((alt) => [...prefix, ...alt]));
  }
  return combos.map((seq) => fts5String(seq.join(' '))).join(' OR ');
}

/**
 * The same adjacency test for PostgreSQL's `to_tsquery('simple', …)`: the terms' alternatives
 * joined by `<->`. Empty when the query has fewer than two wanted terms.
 *
 * @example toTsPhrase(parseQuery('nuclear tests')) // "'nuclear' <-> ('test' | 'tests')"
 */
export function toTsPhrase(parsed: ParsedQuery): string {
  const wanted = wantedPhraseTerms(parsed);
  return wanted ? wanted.map(tsTerm).join(' <-> ') : '';
}
