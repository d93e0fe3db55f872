/**
 * A Russian sentence that opens with an unfamiliar name and a verb in the past tense (`Вега намекнул`,
 * `Бушар потерпела поражение`, `Старлин приступил к работе`) is about a person, but the model
 * cannot see it: at the start of a sentence every word is capitalised, so the capital tells it
 * nothing, and an unknown surname is all it has. It gives such a name 0.17–0.34 as a person, below
 * what a person nothing else found needs; a common noun there (`Компания разработала`,
 * `Правительство приняло`) gets 0.01–0.04. Here those openings are offered to the merge as names
 * of their own, with the model's own confidence, so a reader sees how sure it is.
 */
import type { Language } from '../../types.ts';
import type { Token } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';

/** The model's least probability of a person for an opening name followed by a past-tense verb. */
export const SUBJECT_AT = 0.15;

/**
 * A Russian past-tense verb form: `-л`, `-ла`, `-ло`, `-ли`, reflexive `-лся`, `-лась`, `-лось`,
 * `-лись`, with a vowel before the `л` (`сказал`, `заявила`, `принял`, `верил`) and a stem long
 * enough that a short noun (`села`, `пила`) is not read as one.
 */
const PAST_VERB = /^\p{Ll}{2,}[аеиоуыяэю](?:л|ла|ло|ли|лся|лась|лось|лись)$/u;

/**
 * Names of one or two capitalised words that open a sentence (`sentenceInitial`: the indices of
 * the tokens the sentence splitter starts sentences with) before a past-tense verb, as the model
 * weighs them.
 */
export function sentenceSubjects(
  text: string,
  tokens: Token[],
  rec: Recognition,
  lang: Language,
  sentenceInitial: ReadonlySet<number>,
): ModelName[] {
  if (lang !== 'ru') return [];
  const out: ModelName[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k] as Token;
    if (!first.capitalized || first.acronym || first.numeric || !sentenceInitial.has(k)) continue;
    for (const n of [1, 2]) {
      const verb = tokens[k + n];
      const last = tokens[k + n - 1] as Token;
      if (!verb || !last.capitalized || !/^[ \u00a0]+$/u.test(text.slice(last.end, verb.start))) break;
      if (n === 2 && !/^[ \u00a0]+$/u.test(text.slice(first.end, last.start))) break;
      if (!PAST_VERB.test(verb.text)) continue;
      const confidence = rec.confidence(first.start, last.end, 'PERSON');
      if (confidence !== undefined && confidence >= SUBJECT_AT)
        out.push({ start: first.start, end: last.end, type: 'PERSON', confidence });
      break;
    }
  }
  return out;
}
