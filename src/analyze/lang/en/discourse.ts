/** How English sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  countryReference: '\\b(?:the|my|our|this) country\\b',
  demonstratives: ['This', 'These', 'That', 'Those'],
  afterSuspendedHyphen: ['and', 'or', 'nor', 'to'],
  // Not the stop words: they hold `the`, which starts names (The Hague).
  nameOpeners: `also however then meanwhile but and yesterday today tomorrow moreover furthermore later thus so
    nevertheless instead besides`
    .split(/\s+/)
    .filter(Boolean),
};
