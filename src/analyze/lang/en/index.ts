/** The English language pack: everything analysis knows about English, gathered from this folder. */
import { snowballStemmer } from '../snowball.ts';
import type { LanguagePack } from '../types.ts';
import { abbreviations } from './abbreviations.ts';
import { discourse } from './discourse.ts';
import { entityCues } from './entity-cues.ts';
import { eventKinds } from './event-kinds.ts';
import { englishBase } from './name-stem.ts';
import { names } from './names.ts';
import { numbers } from './numbers.ts';
import { stopWords } from './stop-words.ts';
import { enTime } from './time/index.ts';

export const en: LanguagePack = {
  code: 'en',
  script: 'latin',
  otherScripts: { cyrillic: 'ru' },
  abbreviations,
  entityCues,
  names,
  numbers,
  discourse,
  eventKinds,
  nameStem: englishBase,
  // Porter2.
  searchStem: snowballStemmer('english'),
  stopWords,
  time: enTime,
};
