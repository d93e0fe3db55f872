/** The Russian language pack: everything analysis knows about Russian, gathered from this folder. */
import type { LanguagePack } from '../types.ts';
import { entityCues } from './entity-cues.ts';
import { names } from './names.ts';

export const ru: LanguagePack = {
  code: 'ru',
  entityCues,
  names,
};
