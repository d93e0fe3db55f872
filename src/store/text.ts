/** The store's one door to text analysis (tokens for the index, query parsing, snippets, entity lookup). */
export { getGazetteerEntry, lookupEntityIds } from '../analyze/index.ts';
export {
  indexTokens,
  makeSnippet,
  type ParsedQuery,
  parseQuery,
  QueryError,
  type QueryTerm,
  toFts5Match,
  toFts5Phrase,
  toTsPhrase,
  toTsQuery,
} from '../search/index.ts';
