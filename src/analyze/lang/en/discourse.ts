/** How English sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  countryReference: '\\b(?:the|my|our|this) country\\b',
  demonstratives: ['This', 'These', 'That', 'Those'],
  afterSuspendedHyphen: ['and', 'or', 'nor', 'to'],
  dateFrames: {
    since: '\\b(?:since)\\b',
    until: '\\b(?:until|till|up to)\\b',
    anchoredOnHappening: '\\b(?:before|after)\\s+(?!(?:that|this|then|it|them)\\b)\\p{L}',
    vaguePeriod:
      '\\b(?:period|periods|time|times|era|epoch)\\b|\\b(?:those|these|the same|that)\\s+(?:years|months|days|decades)\\b',
    hedge: '\\b(?:almost|nearly|about|around|roughly|approximately|some|less than|more than|over|under)\\b',
  },
  clauseConjunctions: ['and then', 'and', 'but', 'or', 'yet', 'then'],
  subordinators: `which who whom whose that when while where whereas although though because as if whether
    declaring resulting following including`
    .split(/\s+/)
    .filter(Boolean),
  creditLabels: [
    'source',
    'sources',
    'photo',
    'photos',
    'image',
    'images',
    'illustration',
    'author',
    'authors',
    'editor',
    'translation',
    'translated by',
    'published',
    'updated',
    'views',
    'tel',
    'phone',
    'e-mail',
    'email',
  ],
  // Not the stop words: they hold `the`, which starts names (The Hague).
  nameOpeners: `also however then meanwhile but and yesterday today tomorrow moreover furthermore later thus so
    nevertheless instead besides`
    .split(/\s+/)
    .filter(Boolean),
};
