/** The store's one door to text analysis (tokens for the index, query parsing, snippets, entity lookup). */
export {
  type InterimParsedQuery as ParsedQuery,
  indexTokens,
  lookupEntityIds,
  makeSnippet,
  parseQuery,
  toFts5Match,
  toTsQuery,
} from './interim.ts';
