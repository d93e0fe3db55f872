/** How Russian sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';
import { stopWords } from './stop-words.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:страна|страны|стране|страной)(?!\\p{L})',
  demonstratives: ['Этот', 'Эта', 'Это', 'Эти', 'Данн\\p{L}+', 'Указанн\\p{L}+'],
  afterSuspendedHyphen: ['и', 'или', 'либо', 'а', 'да', 'не', 'я'],
  nameOpeners: [
    ...`также однако кроме ещё еще затем тогда поэтому впрочем сначала потом теперь сейчас вчера сегодня
    завтра именно даже лишь только уже причём причем зато итак вообще словом кстати между`
      .split(/\s+/)
      .filter(Boolean),
    // Function words never open a name either.
    ...stopWords,
  ],
  adjectiveBeforeNoun: {
    oblique: /(?:ей|ой|ого|его|ому|ему|ых|их|ым|им|ую|юю)$/u,
    verbLike: /(?:л|ла|ло|ли|ть|ться|ся|сь|ет|ит|ют|ут|ат|ят|ал|ил)$/u,
  },
};
