/**
 * Which side of the document date a Kazakh clause looks at, read from its verb, which ends the
 * clause: `Дүйсенбі күні министр Астанаға оралады` (will return: the coming Monday), `… оралды`
 * (returned: the last one).
 */
import { sentenceAround, type Tense } from '../../../time/days.ts';
import { PAST_VERB } from './words.ts';

/** A clause ends at `;`, a sentence end, or `, ал`/`, бірақ` before the next clause. */
const CLAUSE_BREAK = /,\s+(?:ал|бірақ|алайда)\s/u;

export function kazakhTense(text: string, start: number, end: number): Tense {
  const { after } = sentenceAround(text, start, end);
  const clause = after.split(CLAUSE_BREAK)[0] ?? '';
  const words = clause.toLowerCase().match(/\p{L}+/gu);
  const verb = words?.[words.length - 1];
  if (!verb) return 'present';
  return PAST_VERB.test(verb) ? 'past' : 'future';
}
