/** The Kazakh language pack: everything analysis knows about Kazakh, gathered from this folder. */
import type { LanguagePack } from '../types.ts';
import { abbreviations } from './abbreviations.ts';
import { discourse } from './discourse.ts';
import { entityCues } from './entity-cues.ts';
import { eventKinds } from './event-kinds.ts';
import { kazakhStem } from './name-stem.ts';
import { names } from './names.ts';
import { numbers } from './numbers.ts';
import { stemKazakh } from './stem.ts';
import { stopWords } from './stop-words.ts';
import { kkTime } from './time/index.ts';

export const kk: LanguagePack = {
  code: 'kk',
  script: 'cyrillic',
  otherScripts: { latin: 'en' },
  distinctiveLetters: /[әғқңөұүһі]/,
  abbreviations,
  entityCues,
  names,
  numbers,
  discourse,
  eventKinds,
  nameStem: kazakhStem,
  // No Snowball stemmer exists for Kazakh: our own suffix stripper, with vowel harmony (stem.ts).
  searchStem: stemKazakh,
  stopWords,
  time: kkTime,
};
