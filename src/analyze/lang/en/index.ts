/** The English language pack: everything analysis knows about English, gathered from this folder. */
import type { LanguagePack } from '../types.ts';
import { entityCues } from './entity-cues.ts';
import { names } from './names.ts';

export const en: LanguagePack = {
  code: 'en',
  entityCues,
  names,
};
