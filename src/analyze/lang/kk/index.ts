/** The Kazakh language pack: everything analysis knows about Kazakh, gathered from this folder. */
import type { LanguagePack } from '../types.ts';
import { entityCues } from './entity-cues.ts';
import { names } from './names.ts';

export const kk: LanguagePack = {
  code: 'kk',
  entityCues,
  names,
};
