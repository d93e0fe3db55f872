/**
 * A name next to the common noun of a place (`штат Северная Каролина`, `в районах Вигёр`, `the town
 * of Bellingham`, `Жамбыл ауданында`) is that place, whatever the model guessed from the name alone;
 * so is a name of several words that opens with a descriptive word (`Малая Алматинка`).
 * The model reads unfamiliar foreign names (`Кастельфранко Венето`, `Беллингхем`) as people, because
 * people are the commonest unknown names in news; the head noun is evidence it weighs too little.
 * Only a model PERSON is retyped: the head noun says "a place", and an organisation or a work next
 * to one (`город Москва` in `мэрия города Москвы`) is left to the model and the patterns.
 */
import type { EntityType, Language } from '../../types.ts';
import { isFirstName } from '../first-names.ts';
import { firstTokenAt, type Token } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';

/**
 * Russian place nouns that stand before the name, in every case form (`город`, `городе`, `городам`).
 * `область` and `край` come after an adjective (`Московская область`), not before a name, so they
 * are not here; `княжество`, `королевство` are states, which some corpora call organisations.
 */
const RU_BEFORE =
  /^(?:город|штат|район|остров|провинци|деревн|посёл|посел|регион|округ|аббатств|залив|полуостров|уезд|волост|аул)\p{L}*$|^(?:сел[оаеу]|селом|сёл|сел|рек[аиеуо]|рекой|озер[оау]?|озером|гор[аыеу]|горой|столиц[аыеу]|столицей|улиц[аыеу]|улицей|площад[ьию]|площадью|долин[аыеу]|долиной|пустын[ьию]|пустыней|порт[ауе]?|портом)$/u;
/** English: `the city of X`, `the state of X` (the noun, then `of`). */
const EN_BEFORE_OF =
  /^(?:city|cities|town|towns|village|villages|state|province|county|island|islands|region|district|republic|kingdom|port|valley|municipality|capital)$/;
/** Kazakh place nouns come after the name, with the possessive ending (`Алматы қаласы`, `ауданында`). */
const KK_AFTER = /^(?:қаласы|ауданы|ауылы|өзені|көлі|облысы|кенті|елді|шаһары|аймағы|ауылдық)\p{L}*$/u;

/**
 * Descriptive words that begin names of places and bodies but never a person's name of several
 * words (`Малая Алматинка`, `Верхняя Масловка`, `Солтүстік Қазақстан`, `Upper Volta`): in the
 * annotated corpora not one of the 1 000 such names of two words or more is a person in Russian, one
 * in Kazakh (`Новак Джокович`, a given name the word list below does not hold). English is left to
 * compass points and `Upper/Lower/Greater`, since `Little Richard` and `Little Walter` are people.
 */
const RU_DESCRIPTIVE =
  /^(?:мал|больш|велик|верхн|нижн|нов|стар|северн|южн|западн|восточн|красн|бел|ч[её]рн|средн|ближн|дальн|центральн)(?:ая|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ых|их|ым|им|ыми|ими|ей)$/u;
const KK_DESCRIPTIVE = /^(?:кіші|орта|жаңа|ескі|солтүстік|оңтүстік|батыс|шығыс|жоғарғы|төменгі|үлкен)$/u;
const EN_DESCRIPTIVE = /^(?:north|south|east|west|northern|southern|eastern|western|upper|lower|greater)$/;
const DESCRIPTIVE: Record<Language, RegExp> = { ru: RU_DESCRIPTIVE, kk: KK_DESCRIPTIVE, en: EN_DESCRIPTIVE };

/** Prepositions of place in small letters (`родилась в Кастельфранко Венето`, `flower shops around Norman`). */
const LOCATIVE: Record<Language, Set<string>> = {
  ru: new Set(['в', 'во']),
  en: new Set(['in', 'near', 'around']),
  kk: new Set(),
};

/**
 * After a preposition a person stands too (`in Virgil's Aeneid`, `brought in Liz Mitchell`): not
 * when a possessive follows or the name begins with a given name.
 */
function looksLikePerson(text: string, first: Token | undefined, name: ModelName, lang: Language): boolean {
  // The model's span may hold the possessive (`Virgil's`), or stop before it.
  if (/['’]s?$/u.test(text.slice(name.start, name.end)) || /^['’]s?\b/u.test(text.slice(name.end, name.end + 2)))
    return true;
  return !!first && first.end < name.end && isFirstName(first.key, lang);
}

/**
 * Kazakh has no prepositions: the locative case says "in" (`Екатеринбургте`, `Миланда`), and with
 * `-ғы/-гі` "the one in" (`Бородулихадағы`). A person takes the locative only to say "someone has"
 * (`Асанда кітап бар`), which news rarely writes; the ablative (`Асаннан сұрады`) it takes often,
 * so that one is not here. Four letters of stem at least, so a short word is not all ending.
 */
const KK_LOCATIVE = /^\p{L}{4,}(?:да|де|та|те|нда|нде)(?:ғы|гі)?$/u;

/**
 * Whether a place noun stands right next to the name, as this language places it, or else the
 * name opens with a descriptive word of place names.
 */
export function placeContext(
  text: string,
  tokens: Token[],
  name: ModelName,
  lang: Language,
): 'noun' | 'locative' | 'descriptive' | undefined {
  const beside = besidePlaceWord(text, tokens, name, lang);
  if (beside) return beside;
  const first = tokens[firstTokenAt(tokens, name.start)];
  return first && first.end < name.end && DESCRIPTIVE[lang].test(first.text.toLowerCase()) ? 'descriptive' : undefined;
}

function besidePlaceWord(
  text: string,
  tokens: Token[],
  name: ModelName,
  lang: Language,
): 'noun' | 'locative' | undefined {
  // Only what stands right next to the name, with nothing but a space between (no comma, no quote).
  const spaceOnly = (from: number, to: number) => /^[ \u00a0]+$/u.test(text.slice(from, to));
  const i = firstTokenAt(tokens, name.start);
  const first = tokens[i];
  if (lang === 'kk') {
    const t = tokens[firstTokenAt(tokens, name.end)];
    if (t && spaceOnly(name.end, t.start) && KK_AFTER.test(t.text.toLowerCase())) return 'noun';
    const last = text.slice(name.start, name.end).match(/\p{L}+$/u)?.[0] ?? '';
    return KK_LOCATIVE.test(last) && !looksLikePerson(text, first, name, lang) ? 'locative' : undefined;
  }
  const t = i >= 1 ? tokens[i - 1] : undefined;
  if (!t || !spaceOnly(t.end, name.start)) return undefined;
  if (LOCATIVE[lang].has(t.text)) return looksLikePerson(text, first, name, lang) ? undefined : 'locative';
  if (lang === 'ru') return RU_BEFORE.test(t.text.toLowerCase()) ? 'noun' : undefined;
  // English puts the noun before `of` (`the town of X`).
  const head = i >= 2 ? tokens[i - 2] : undefined;
  const noun =
    t.text.toLowerCase() === 'of' &&
    !!head &&
    spaceOnly(head.end, t.start) &&
    !head.capitalized &&
    EN_BEFORE_OF.test(head.text.toLowerCase());
  return noun ? 'noun' : undefined;
}

/**
 * The model's names with every PERSON next to a place noun, after a preposition of place or opening
 * with a descriptive word made a PLACE (the last an organisation when the model finds that likelier:
 * `Новая газета`), when the model does not rule a place out (at least `PLACE_AT`; 0.1 lost every gain after a
 * preposition: the model gives an unfamiliar place 0.01-0.1). Its confidence is the model's that a
 * name stands there at all (person or place), since the type now comes from the context: a name it
 * was unsure of stays unsure.
 */
export const PLACE_AT = 0.01;

/**
 * `name` as a `type` its context says it is: its confidence is the model's that a name stands there
 * at all (as what it read it, or as `type`, with probability `other`), so a name it was unsure of
 * stays unsure.
 */
export function retypedAs(name: ModelName, type: EntityType, other: number): ModelName {
  return { ...name, type, confidence: Math.min(1, Math.round((other + name.confidence) * 1000) / 1000) };
}

export function placesByHeadNoun(text: string, tokens: Token[], rec: Recognition, lang: Language): ModelName[] {
  return rec.names.map((name) => {
    const context = name.type === 'PERSON' ? placeContext(text, tokens, name, lang) : undefined;
    if (!context) return name;
    const place = rec.confidence(name.start, name.end, 'PLACE');
    const org = context === 'descriptive' ? rec.confidence(name.start, name.end, 'ORG') : undefined;
    const type = org !== undefined && org > (place ?? 0) ? 'ORG' : 'PLACE';
    const other = type === 'ORG' ? org : place;
    if (other === undefined || other < PLACE_AT) return name;
    return retypedAs(name, type, other);
  });
}
