/** How English sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  countryReference: '\\b(?:the|my|our|this) country\\b',
  demonstratives: ['This', 'These', 'That', 'Those'],
  afterSuspendedHyphen: ['and', 'or', 'nor', 'to'],
};
