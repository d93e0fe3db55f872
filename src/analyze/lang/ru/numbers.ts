/**
 * Russian number words for claims (see `NumberWords`): stems, since they decline (`девятая`,
 * `девятый`, `девятой`), read only in number-shaped words.
 */
import type { NumberWords } from '../types.ts';

const CARDINAL_PREFIXES: Array<[string, number]> = [
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['пятнадцат', 15],
  ['двадцат', 20],
  ['тридцат', 30],
  ['сорок', 40],
  ['пятьдесят', 50],
  ['пятидесят', 50],
  ['сто', 100],
  ['ста', 100],
  ['один', 1],
  ['одн', 1],
  ['дв', 2],
  ['тр', 3],
  ['четыр', 4],
  ['пят', 5],
  ['шест', 6],
  ['сем', 7],
  ['восем', 8],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
];
const ORDINAL_PREFIXES: Array<[string, number]> = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четв', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
];

function cardinal(w: string): number | undefined {
  if (!/^[а-яё]+$/.test(w) || w.length < 3) return undefined;
  // Match a known stem at the start, but only in number-shaped words.
  if (!/^(?:од|дв|тр|чет|пят|шест|сем|вос|девят|десят|двадцат|тридцат|сорок|сто|ста)/.test(w)) return undefined;
  if (!/(?:ин|на|но|ва|ве|ух|ум|умя|ри|рех|рёх|ем|ех|ёх|ь|и|ью|ырьмя|ырех|ырёх|ыре|ок|ока|о|а|десят|десяти)$/.test(w))
    return undefined;
  if (/^(?:дв|тр|пят|шест|сем)(?:ой|ая|ое|ые|ого|ую|ым)/.test(w)) return undefined;
  for (const [p, n] of CARDINAL_PREFIXES) if (w.startsWith(p) && w.length <= p.length + 6) return n;
  return undefined;
}

function ordinal(w: string): number | undefined {
  if (/^[а-яё]+(?:ый|ой|ий|ая|ое|ые|ого|ую|ым|ом|ых|ей|ья|ье|ьей|ьего)$/.test(w)) {
    for (const [p, n] of ORDINAL_PREFIXES) if (w.startsWith(p)) return n;
  }
  return undefined;
}

export const numbers: NumberWords = {
  cardinal,
  ordinal,
  digitOrdinalEnding: '-?(?:й|я|е|ой|ая|ое|ый|ий)',
  scales: {
    тыс: 1e3,
    тысяч: 1e3,
    тысячи: 1e3,
    тысяча: 1e3,
    млн: 1e6,
    миллион: 1e6,
    миллиона: 1e6,
    миллионов: 1e6,
    млрд: 1e9,
    миллиард: 1e9,
    миллиарда: 1e9,
    миллиардов: 1e9,
  },
  scaleStems: { миллион: 1e6, миллиард: 1e9, тысяч: 1e3 },
  modifiersBefore: {
    более: 'MORE_THAN',
    свыше: 'MORE_THAN',
    'больше чем': 'MORE_THAN',
    'не менее': 'EQUAL_OR_MORE',
    около: 'APPROX',
    примерно: 'APPROX',
    почти: 'LESS_THAN',
    менее: 'LESS_THAN',
    до: 'EQUAL_OR_LESS',
  },
  modifiersAfter: {},
  claimWords: {
    superlatives: ['крупнейш\\p{L}*', 'величайш\\p{L}*'],
    // `девятая по величине`, `на девятом месте в мире`.
    rankContext: {
      words: [
        'по',
        'величине',
        'площади',
        'территории',
        'численности',
        'размеру',
        'крупнейш\\p{L}*',
        'место',
        'мире',
        'мира',
      ],
      before: false,
    },
    fractions: [
      ['треть|трети', 33.3, 66.7],
      ['четверть|четверти', 25, 75],
    ],
    half: ['половин\\p{L}*'],
    percent: ['процент\\p{L}*'],
    currencies: ['долл\\p{L}*', 'евро', 'тенге', 'рубл\\p{L}*'],
    currencyCountries: ['сша'],
    areaUnits: ['км2', 'км²'],
    people: ['жител\\p{L}*', 'человек'],
    square: ['кв'],
    kilometre: ['км', 'километр\\p{L}*'],
    superlativeModifiers: [],
    inTheWorld: ['в мире', 'мира'],
    partitive: { prepositions: ['из'], objects: ['них', 'их', 'этих'] },
    functionWords: ['и'],
    adjectiveEndings: ['ых', 'их', 'ый', 'ий', 'ая', 'ое', 'ые', 'ой'],
    notCounted: ['и', 'из', 'с', 'в', 'на'],
    trigger: '[а-яё]',
  },
  vagueNumerals: [
    'десятк\\p{L}*',
    'дюжин\\p{L}*',
    'сотни',
    'сотен',
    'сотнями',
    'тысячи',
    'тысячами',
    'миллионы',
    'миллионами',
  ],
  timeUnits: [
    'год\\p{L}*',
    'лет',
    'век\\p{L}*',
    'месяц\\p{L}*',
    'недел\\p{L}*',
    'дн\\p{L}*',
    'день',
    'час\\p{L}*',
    'г',
    'гг',
  ],
};
