import { extractClaims } from './claims/index.ts';
import { recognizeEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';
import { tagTimexes } from './time/index.ts';
import type { Analysis, Language, TimexOptions } from './types.ts';

export {
  type ComparableClaim,
  compareClaims,
  compareFigures,
  isVague,
  quantityOf,
} from './claims/compare.ts';
export { getGazetteerEntry, lookupEntityIds } from './entities/index.ts';
export {
  agreedWhen,
  clusterStatements,
  dateRelation,
  type Statement,
  sameHappening,
  statementKinds,
} from './events/identity.ts';
export { type StatementLinks, statementLinks } from './events/links.ts';
export { detectLanguage } from './language.ts';

export interface AnalyzeOptions extends TimexOptions {}

/**
 * Most temporal expressions one text may have. A long history book has a few thousand; a file of
 * nothing but dates (a million `1991`s) would make hundreds of thousands of events and exhaust
 * memory, so it is refused instead. Raise this once event extraction is linear per sentence.
 */
export const MAX_TIMEXES_PER_TEXT = 20_000;

/** A text too big or too dense to analyse in bounded time and memory; the message says why. */
export class AnalysisLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisLimitError';
  }
}

/**
 * Everything analysis finds in one text: sentences, temporal expressions, entities (linked to
 * canonical ids), dated events and quantitative claims. Pure and synchronous; spans are UTF-16.
 * @example analyzeText(article.text, { lang: 'en', dct: '2016-05-01' }).events
 */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  const language: Language = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, { lang: language, dct: opts.dct });
  if (timexes.length > MAX_TIMEXES_PER_TEXT) {
    throw new AnalysisLimitError(
      `too many dates to analyse: ${timexes.length} temporal expressions, at most ${MAX_TIMEXES_PER_TEXT} per article (split the file)`,
    );
  }
  const entities = recognizeEntities(text, language, { sentences });
  const events = extractEvents(text, sentences, timexes, entities, language);
  const claims = extractClaims({ text, sentences, timexes, entities, lang: language });
  return { language, sentences, timexes, entities, events, claims };
}
