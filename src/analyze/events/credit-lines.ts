/**
 * A page's credit lines: `Источник: Казахстанская правда, №85, 15 мая 2019 года`, `Photo: Presidential
 * Archive`, `Дереккөз: …`. They say where an article, a photo or a quotation comes from; the date
 * on one is when a paper was printed, not when anything happened, so it dates no event. The
 * labels are every language's (`lang/<code>/discourse.ts`): a Russian page may credit in English.
 * @example isCreditLine('Source: Kazinform, 12 May 2019') // true
 */
import { ALL_PACKS } from '../lang/index.ts';
import { asPattern } from './description.ts';

/** A label, then a full stop for an abbreviation (`Тел.`), a colon: at the start of the line. */
const CREDIT = new RegExp(
  `^[\\s"«“]*(?:${[...new Set(ALL_PACKS.flatMap((p) => p.discourse.creditLabels))].map(asPattern).join('|')})\\.?\\s*:`,
  'iu',
);

/** Whether `sentence` (its text as written) is a credit line. */
export function isCreditLine(sentence: string): boolean {
  return CREDIT.test(sentence);
}
