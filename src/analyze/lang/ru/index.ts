/** The Russian language pack: everything analysis knows about Russian, gathered from this folder. */
import { snowballStemmer } from '../snowball.ts';
import type { LanguagePack } from '../types.ts';
import { abbreviations } from './abbreviations.ts';
import { discourse } from './discourse.ts';
import { entityCues } from './entity-cues.ts';
import { eventKinds } from './event-kinds.ts';
import { russianStem } from './name-stem.ts';
import { names } from './names.ts';
import { numbers } from './numbers.ts';
import { stopWords } from './stop-words.ts';
import { ruTime } from './time/index.ts';

export const ru: LanguagePack = {
  code: 'ru',
  script: 'cyrillic',
  otherScripts: { latin: 'en' },
  abbreviations,
  entityCues,
  names,
  numbers,
  discourse,
  eventKinds,
  nameStem: russianStem,
  searchStem: snowballStemmer('russian'),
  stopWords,
  time: ruTime,
};
