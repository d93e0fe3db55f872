// The public face of ingest: source files → ParsedArticle → analysis → store.
export { analyzeArticle } from './analyze.ts';
export { describeChange, type RevisionChange } from './changes.ts';
export { normalizeDate } from './declared.ts';
export { DEFAULT_MAX_FILES, type Discovery, discoverSources, TooManyFilesError } from './discover.ts';
export { formatForPath, parseSource, SOURCE_FORMATS } from './format.ts';
export { ingestMany } from './ingest-many.ts';
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
export {
  DEFAULT_MAX_FILE_BYTES,
  decodeSource,
  formatBytes,
  notRegular,
  type ReadResult,
  readRegularFile,
  readSourceFile,
  type SourceText,
} from './read.ts';
export type * from './types.ts';
export {
  ingestUploads,
  UPLOAD_FOLDER,
  UPLOAD_LIMITS,
  type UploadedFile,
  type UploadLimits,
  type UploadOutcome,
  uploadCounts,
  uploadName,
} from './upload.ts';
