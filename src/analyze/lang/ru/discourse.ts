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
  dateFrames: {
    since:
      '(?<!\\p{L})(?:начиная\\s+)?со?\\s+(?:\\d|(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\\p{L}))',
    until: '(?<!\\p{L})(?:вплоть\\s+)?до\\s+(?:\\d|(?:конца|начала|середины)(?!\\p{L}))',
    anchoredOnHappening: '(?<!\\p{L})(?:до|после)\\s+(?!(?:этого|того|него|неё|нее|них)(?!\\p{L}))\\p{L}',
    vaguePeriod:
      '(?<!\\p{L})(?:период\\p{L}*|время|времени|времена|эпох\\p{L}*|пору)(?!\\p{L})|(?<!\\p{L})(?:те|эти|тех|этих)\\s+(?:годы|годах|месяцы|дни)(?!\\p{L})',
    hedge: '(?<!\\p{L})(?:почти|около|примерно|приблизительно|менее|более|свыше|без малого)(?!\\p{L})',
  },
  clauseConjunctions: ['а также', 'а', 'и', 'но', 'однако', 'или', 'либо', 'да', 'затем', 'также'],
  subordinators: `который которая которое которые которого которой которому которым которых которую котором
    где когда пока хотя поскольку чтобы если как`
    .split(/\s+/)
    .filter(Boolean),
  adjectiveBeforeNoun: {
    oblique: /(?:ей|ой|ого|его|ому|ему|ых|их|ым|им|ую|юю)$/u,
    verbLike: /(?:л|ла|ло|ли|ть|ться|ся|сь|ет|ит|ют|ут|ат|ят|ал|ил)$/u,
  },
};
