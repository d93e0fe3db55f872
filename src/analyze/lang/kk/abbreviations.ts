/** Kazakh words that end with a dot without ending the sentence, lower-cased, without the final dot. */
export const abbreviations: readonly string[] = [
  'ж',
  'жж',
  'ғ',
  'ғғ',
  'т.б',
  'б.з.д',
  'б.з',
  'з.б',
  'т.с.с',
  'мыс',
  'бет',
  'қ',
  'ө',
  'шақ',
];
