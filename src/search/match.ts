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

/** Where an FTS5 expression looks: the text's columns, and tokens that also make a match. */
export interface Fts5Scope {
  /** Columns the query's words are looked for in (all columns when absent). */
  columns?: string[];
  /** Tokens that match on their own, whatever the words (an entity the query names), in this column. */
  alsoIn?: { column: string; tokens: string[] };
}

/**
 * The FTS5 MATCH expression of a parsed query, over a column of space-joined `indexTokens`:
 * each term's alternatives OR'ed, terms AND'ed, excluded terms NOT'ed (whichever way the text
 * matched). Empty when the query has no terms: the caller then skips the text match (FTS5
 * rejects an empty MATCH).
 *
 * @example toFts5Match(parseQuery('nuclear tests')) // '("nuclear") AND ("test" OR "tests")'
 * @example toFts5Match(parseQuery('OSCE'), { columns: ['body'], alsoIn: { column: 'entities', tokens: ['e1'] } })
 *   // '(({body} : ("osce")) OR (entities : ("e1")))'
 */
export function toFts5Match(parsed: ParsedQuery, scope: Fts5Scope = {}): string {
  const wanted = parsed.terms.filter((t) => !t.excluded).map(fts5Term);
  const unwanted = parsed.terms.filter((t) => t.excluded).map(fts5Term);
  if (wanted.length === 0) return '';
  const inColumns = (expression: string) =>
    scope.columns ? `{${scope.columns.join(' ')}} : (${expression})` : expression;
  let positive = inColumns(wanted.length === 1 ? wanted[0]! : `(${wanted.join(' AND ')})`);
  const also = scope.alsoIn?.tokens.length ? scope.alsoIn : null;
  if (also) positive = `((${positive}) OR (${also.column} : (${also.tokens.map(fts5String).join(' OR ')})))`;
  return unwanted.length === 0 ? positive : `${positive} NOT (${inColumns(unwanted.join(' OR '))})`;
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
 * terms, `<->` inside phrases, `& !` for excluded terms. Tokens in `also` (an entity the query
 * names) match on their own, whatever the words. Empty when the query has no terms.
 *
 * @example toTsQuery(parseQuery('nuclear tests')) // "'nuclear' & ('test' | 'tests')"
 * @example toTsQuery(parseQuery('OSCE'), ['e1']) // "('osce' | 'e1')"
 */
export function toTsQuery(parsed: ParsedQuery, also: string[] = []): string {
  const wanted = parsed.terms.filter((t) => !t.excluded).map(tsTerm);
  if (!wanted.length) return '';
  const positive = also.length ? [`(${[wanted.join(' & '), ...also.map(tsLexeme)].join(' | ')})`] : wanted;
  return [...positive, ...parsed.terms.filter((t) => t.excluded).map((t) => `!${tsTerm(t)}`)].join(' & ');
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
