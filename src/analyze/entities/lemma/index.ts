/**
 * Names in dictionary form, for entity names and ids: Russian persons and organisations in the
 * nominative (`Владимира Пятенко` → `Владимир Пятенко`, `Банка России` → `Банк России`), Kazakh case
 * endings removed (`Трамптың` → `Трамп`), English possessives removed (`Obama's` → `Obama`). Each
 * word is read by the language of its script in the text (a Cyrillic name in an English text as
 * Russian); an entity's name is the reading most of its longest mentions agree on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../../../paths.ts';
import type { EntityType, Language } from '../../types.ts';
import { kazakhNominative } from './kk.ts';
import { nameNominative, personNominative, singleNameReadings } from './ru.ts';

let given: Set<string> | undefined;
/** Whether `word` is, exactly as written, a given name of the list (resources/first-names.json). */
function isGivenName(word: string): boolean {
  given ??= new Set(
    (JSON.parse(readFileSync(join(RESOURCES_DIR, 'first-names.json'), 'utf8')) as { names: string[] }).names,
  );
  return given.has(word) || given.has(word.replace(/ё/g, 'е'));
}

const CYRILLIC = /[\u0400-\u04FF]/;
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

/** The words of a name as written: quotes dropped, one space between words. */
function nameWords(text: string): string[] {
  return text
    .replace(/[«»"“”„]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The language whose rules give the dictionary form of a name written `words` in a `lang` text. */
function readingLanguage(words: string[], lang: Language): Language {
  const joined = words.join(' ');
  if (!CYRILLIC.test(joined)) return 'en';
  if (lang === 'kk' || KAZAKH_LETTERS.test(joined)) return 'kk';
  return 'ru';
}

/**
 * Candidate dictionary forms of one mention's text, likeliest first.
 * @example dictionaryForms('PERSON', 'Бараку Обаме', 'ru') // ['Барак Обама', …]
 */
export function dictionaryForms(type: EntityType, text: string, lang: Language): string[] {
  const words = nameWords(text);
  if (words.length === 0) return [text.trim()];
  const reader = readingLanguage(words, lang);
  let readings: string[][];
  if (reader === 'en') readings = [words.map((w) => w.replace(/[’']s?$/u, ''))];
  else if (reader === 'kk') readings = [kazakhNominative(words)];
  else if (type === 'PERSON') readings = personNominative(words, isGivenName);
  else if (words.length === 1 && (type === 'ORG' || type === 'PLACE'))
    readings = singleNameReadings(words[0] as string).map((w) => [w]);
  else readings = [nameNominative(words)];
  const out = [...new Set(readings.map((r) => r.join(' ')))].filter((r) => r.length > 0);
  return out.length > 0 ? out : [words.join(' ')];
}

/**
 * The dictionary form of an entity from the texts of its mentions: among its longest mentions (in
 * words), the reading most of them allow, the likeliest of a mention first when they tie.
 */
export function entityLemma(type: EntityType, mentions: readonly string[], lang: Language): string {
  const count = (t: string) => nameWords(t).length;
  const longest = Math.max(...mentions.map(count));
  const chosen = mentions.filter((m) => count(m) === longest);
  const votes = new Map<string, { n: number; rank: number; first: number }>();
  chosen.forEach((m, i) => {
    dictionaryForms(type, m, lang).forEach((form, rank) => {
      const v = votes.get(form) ?? { n: 0, rank: 0, first: i * 100 + rank };
      v.n++;
      v.rank += rank;
      votes.set(form, v);
    });
  });
  const best = [...votes].sort((a, b) => b[1].n - a[1].n || a[1].rank - b[1].rank || a[1].first - b[1].first)[0];
  return best?.[0] ?? (mentions[0] ?? '').trim();
}
