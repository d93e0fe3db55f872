/** How Russian builds names (see `NameGrammar`). */
import { actAsWritten } from '../acts.ts';
import type { NameGrammar } from '../types.ts';

const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ым|им|ую|юю|ской|ского|ском)$/;

export const names: NameGrammar = {
  connectors: new Set(['по', 'о', 'и']),
  // `X и Y` lists two names unless a connector already joined the first (`Совет по … и …`).
  joins: (seen, joined) => !(seen.includes('и') && !joined),
  // Russian names lead with their head: `Организация Объединённых Наций`, `Совет Безопасности`.
  cueHead: 'first',
  endsAtCue: false,
  keepsSentenceInitialPair: false,
  lowercaseHeads: {
    // `Алматинский акт`, `Национальный ядерный центр`: an acronym or an adjective starts the name.
    startsName: (word, acronym) => acronym || ADJECTIVE.test(word.toLowerCase()),
    innerWord: () => true,
    placeHeads: false,
    rejectsHead: () => false,
    mayPrecedeHead: (word) => ADJECTIVE.test(word),
    capitalisedComplements: true,
  },
  // `Министерство финансов`, `Агентство по статистике`, `Декларация принципов …`.
  complements: {
    preposition: /^(?:по|о|об)$/,
    genitiveWord: /^\p{Ll}+(?:ов|ев|ей|ий|ых|их|ии|ы|и|а|я)$/u,
    verbShape: /(?:ла|ло|ли|ал|ил|ет|ит|ют|ят|ся|сь)$/u,
  },
  // `депутат Первой Государственной думы`: an office or body, not a name.
  adjective: ADJECTIVE,
  // Adjectives from city names: `Ташкентский`, `Астанинский`, `Бишкекского`, `Алматинской`.
  cityAdjective: /(?:инск|ск)(?:ий|ая|ое|ого|ому|ом|ой|ую|им|ие|их)$/u,
  acronymIntroducers: ['далее\\s*[–—-]?'],
  summitWords: ['саммит\\p{L}*'],
  capitalisedTitles: false,
  surnames: {
    // Also as English transliterates them (`Nazarbayev` has `ev`, `Sokolsky`).
    latin: ['ov', 'ev', 'yev', 'ova', 'eva', 'yeva', 'sky', 'skiy', 'skaya', 'enko'],
    cyrillic: ['ов', 'ев', 'ёв', 'ин', 'ын', 'ова', 'ева', 'ина', 'ына', 'ский', 'ская', 'енко'],
    caseEndings: ['а', 'у', 'ым', 'ом', 'е', 'ой', 'ых', 'ого', 'ому'],
    patronymics: ['ович', 'евич', 'овна', 'евна'],
  },
  titlesAfterName: [],
  // `консерватория имени Курмангазы`; `от имени Президента` is "on the President's behalf".
  namedAfter: { before: ['имени', 'им'], notAfter: ['от'] },
  // `Касым-хан`.
  hyphenatedTitles: ['хан'],
  quotedTitleCues: [
    [/^(?:монумент|памятник|мемориал|мавзоле)/u, 'PLACE'],
    [/^(?:кодекс|устав|закон)/u, 'DOCUMENT'],
    [/^(?:роман|поэм|эпопе|повест|книг|газет|журнал|мемуар|фильм|опер|песн|корабл)/u, 'WORK'],
    [/^(?:станци)/u, 'PLACE'],
    // A body named in quotes (`клуб «Иртыш»`, `партия «Алаш»`): the body, not the river or the place its name is.
    [
      /^(?:клуб|команд(?:а|ы|е|у|ой|ам|ами|ах)$|парти(?:я|и|ю|ей|ям|ях|ями)$|компани|корпораци|концерн|холдинг|банк|фонд[аеуы]?$|фондом$|движени|издательств|агентств|телеканал)/u,
      'ORG',
    ],
  ],
  // `роман «…»`.
  quotedTitleCueAfter: false,
  documentNumbers: [/[Рр]езолюци(?:я|и|ю|ей)\s+(?:№\s*)?(\d{1,3}\/\d{1,4}|\d{3,4})/gu],
  numberedActs: [
    actAsWritten(
      /(Указ\p{L}*|Закон\p{L}*|Постановлени\p{L}*|Распоряжени\p{L}*)\s+(?:№|N)\s*(\d{1,5})/gu,
      { указ: 'decree', закон: 'law', постановлени: 'resolution', распоряжени: 'order' },
      1,
      2,
    ),
  ],
};
