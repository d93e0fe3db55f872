import { extractClaims } from './claims/index.ts';
import { recognizeEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';
import { tagTimexes } from './time/index.ts';
import type { Analysis, Language, TimexOptions } from './types.ts';

export { getGazetteerEntry, lookupEntityIds } from './entities/index.ts';

export interface AnalyzeOptions extends TimexOptions {}

/**
 * Everything analysis finds in one text: sentences, temporal expressions, entities (linked to
 * canonical ids), dated events and quantitative claims. Pure and synchronous; spans are UTF-16.
 * @example analyzeText(article.text, { lang: 'en', dct: '2016-05-01' }).events
 */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  const language: Language = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, { lang: language, dct: opts.dct });
  const entities = recognizeEntities(text, language, { sentences });
  const events = extractEvents(text, sentences, timexes, entities, language);
  const claims = extractClaims({ text, sentences, timexes, entities, lang: language });
  return { language, sentences, timexes, entities, events, claims };
}
