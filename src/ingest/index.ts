// The public face of ingest: source files → ParsedArticle → analysis → store.
export { analyzeArticle } from './analyze.ts';
export { compareRevisions, describeChange, type RevisionChange } from './changes.ts';
export { normalizeDate, normalizeLanguage } from './declared.ts';
export { DEFAULT_MAX_FILES, type Discovery, discoverSources, TooManyFilesError } from './discover.ts';
export { parseEHistory } from './ehistory.ts';
export { formatForPath, parseSource, SOURCE_FORMATS, sniffFormat } from './format.ts';
export { parseHtml } from './html/index.ts';
export { ingestMany } from './ingest-many.ts';
export { parseJsonArticle } from './json.ts';
export { maskMarkdown, parseMarkdown } from './markdown.ts';
export { alignToOriginal, type Mending, mendForAnalysis, mendScanArtefacts } from './mend.ts';
export {
  articleInput,
  type IngestOptions,
  type IngestOutcome,
  ingestFile,
  type LoadOptions,
  type LoadResult,
  loadArticle,
  type PreparedFile,
  parseLoaded,
  prepareFile,
  prepareSource,
  storePreparedBatch,
} from './pipeline.ts';
export { parsePlainText } from './plaintext.ts';
export {
  DEFAULT_MAX_FILE_BYTES,
  decodeSource,
  formatBytes,
  type ReadResult,
  readSourceFile,
  type SourceText,
} from './read.ts';
export type * from './types.ts';
