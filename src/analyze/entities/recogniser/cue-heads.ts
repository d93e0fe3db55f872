/**
 * A model PERSON whose head word is the cue word of an organisation (`Архив Президента`, `Музей
 * Абая`, `Абай музейі`, `Nazarbayev University`) is that organisation: the model reads a name it
 * does not know, with a person's name inside (`Президента`, `Абая`), as a person. Counted in the
 * annotated corpora first: no gold person of two words or more has a cue head at its head position
 * in Russian or Kazakh (factRuEval, PUD, KazNERD: 0 of about 700 such names), so there every cue
 * type retypes; in English surnames are place and event heads too (`Michael Bay`, `George Strait`,
 * `Andra Day`), but never organisation heads, so English retypes to organisations only.
 */

import { languagePack } from '../../lang/index.ts';
import type { Language } from '../../types.ts';
import { cueType } from '../cues.ts';
import { isFirstName } from '../first-names.ts';
import { entityLemma } from '../lemma/index.ts';
import { firstTokenAt, type Token, tokenize } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';
import { PLACE_AT, retypedAs } from './place-heads.ts';

/**
 * The cue type of a head that opens the name in an oblique case the stemmer keys apart from its
 * nominative (`Музеем` → `музе`, `Музей` → `муз`): the head of the name's dictionary form. A name
 * that opens with a given name is a person's, and skipped (most are, and they need no lemma).
 */
function nominativeCue(tokens: Token[], from: number, to: number, lang: Language) {
  const head = tokens[from] as Token;
  if (isFirstName(head.key, lang)) return undefined;
  const words = tokens.slice(from, to).map((t) => t.text);
  const lemma = entityLemma('ORG', [words.join(' ')], lang).split(/\s+/)[0];
  if (!lemma || lemma === head.text) return undefined;
  const key = tokenize(lemma, lang)[0]?.key;
  return key ? cueType(key, lang) : undefined;
}

/** `names` with each PERSON headed by a cue word retyped, when the model does not rule that type out. */
export function retypedByCueHead(names: ModelName[], tokens: Token[], rec: Recognition, lang: Language): ModelName[] {
  const first = languagePack(lang).names.cueHead === 'first';
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const from = firstTokenAt(tokens, name.start);
    let to = from;
    while (to < tokens.length && (tokens[to] as Token).end <= name.end) to++;
    if (to - from < 2) return name;
    const head = tokens[first ? from : to - 1] as Token;
    const type = cueType(head.key, lang) ?? (first ? nominativeCue(tokens, from, to, lang) : undefined);
    if (!type || type === 'PERSON' || (lang === 'en' && type !== 'ORG')) return name;
    const other = rec.confidence(name.start, name.end, type);
    if (other === undefined || other < PLACE_AT) return name;
    return retypedAs(name, type, other);
  });
}
