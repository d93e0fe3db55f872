import { analyzeText } from '../analyze/index.ts';
import type { Analysis, Language } from '../analyze/types.ts';
import { alignToOriginal, mendScanArtefacts } from './mend.ts';
import type { ParsedArticle } from './types.ts';

/**
 * Analyses an article: reads the markup-free, scan-mended text (same length as the stored text)
 * and returns spans that are exact in the stored text.
 */
export function analyzeArticle(article: ParsedArticle, opts: { lang?: Language; dct?: string } = {}): Analysis {
  const { text, repairs } = mendScanArtefacts(article.analysisText ?? article.text);
  const analysis = analyzeText(text, { lang: opts.lang ?? article.meta.language, dct: opts.dct });
  return alignToOriginal(analysis, article.text, repairs);
}
