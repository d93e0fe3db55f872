/** How English refers back to what came before (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  countryReference: '\\b(?:the|my|our|this) country\\b',
  demonstratives: ['This', 'These', 'That', 'Those'],
};
