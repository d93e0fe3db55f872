// The search analyser: how texts become index tokens and queries become match expressions.
export { type AnalysedWord, analyseWords, indexTokens } from './analyzer.ts';
export { toFts5Match, toFts5Phrase, toTsPhrase, toTsQuery } from './match.ts';
export {
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  type ParsedQuery,
  parseQuery,
  QueryError,
  type QueryTerm,
  wantedTokens,
} from './query.ts';
export { makeSnippet } from './snippet.ts';
