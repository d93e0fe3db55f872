export {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportFormatName,
} from './formats.ts';
export { type ExportNeeds, loadExportData } from './load.ts';
export { exportPieces } from './stream.ts';
export type { ExportData, ExportFilter } from './types.ts';
