import { detectLanguage } from './language.ts';
import type { Analysis, Language, TimexOptions } from './types.ts';

export interface AnalyzeOptions extends TimexOptions {}

/** STUB until the extractors land: language only, every fact list empty. */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  const language: Language = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
  return { language, sentences: [], timexes: [], entities: [], events: [], claims: [] };
}
