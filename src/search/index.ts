// The search analyser: how texts become index tokens and queries become match expressions.
export { indexTokens } from './analyzer.ts';
export { toFts5Match, toFts5Phrase, toTsPhrase, toTsQuery } from './match.ts';
export { type ParsedQuery, parseQuery, QueryError, type QueryTerm } from './query.ts';
export { makeSnippet } from './snippet.ts';
