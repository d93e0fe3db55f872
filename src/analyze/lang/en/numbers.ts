/** English number words for claims (see `NumberWords`): whole words. */

import { lookup } from '../lookup.ts';
import type { NumberWords } from '../types.ts';
import { EN_CARDINAL_WORDS } from './number-words.ts';

const CARDINALS: Record<string, number> = { ...EN_CARDINAL_WORDS, dozens: 12 };
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fifteenth: 15,
  twentieth: 20,
};

export const numbers: NumberWords = {
  cardinal: (w) => lookup(CARDINALS, w),
  ordinal: (w) => lookup(ORDINALS, w),
  digitOrdinalEnding: 'st|nd|rd|th',
  scales: { thousand: 1e3, million: 1e6, billion: 1e9 },
  scaleStems: {},
  modifiersBefore: {
    over: 'MORE_THAN',
    'more than': 'MORE_THAN',
    'upwards of': 'MORE_THAN',
    'at least': 'EQUAL_OR_MORE',
    about: 'APPROX',
    around: 'APPROX',
    approximately: 'APPROX',
    some: 'APPROX',
    nearly: 'LESS_THAN',
    almost: 'LESS_THAN',
    'less than': 'LESS_THAN',
    'fewer than': 'LESS_THAN',
    'up to': 'EQUAL_OR_LESS',
  },
  modifiersAfter: {},
  claimWords: {
    superlatives: [
      'largest',
      'biggest',
      'greatest',
      'highest',
      'longest',
      'deepest',
      'oldest',
      'richest',
      'smallest',
      'fastest',
      'most',
      'leading',
    ],
    fractions: [
      ['third', 33.3, 66.7],
      ['thirds', 66.7, 66.7],
      ['quarter', 25, 75],
      ['quarters', 75, 75],
    ],
    half: ['half'],
    percent: ['percent'],
    currencies: ['usd', 'dollars?', 'euros?', 'tenge', 'rubles?', 'roubles?'],
    currencyCountries: ['us'],
    areaUnits: ['km2', 'km²'],
    people: ['people', 'inhabitants', 'residents', 'citizens'],
  },
  pluralCountedNouns: true,
  timeUnits: [
    'years?',
    'decades?',
    'months?',
    'weeks?',
    'days?',
    'hours?',
    'minutes?',
    'centur(?:y|ies)',
    'millenni(?:um|a)',
  ],
};
