/** Kazakh number words for claims (see `NumberWords`): whole words, which may carry a case ending. */
import { lookup } from '../lookup.ts';
import type { NumberWords } from '../types.ts';

const CARDINALS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
  алпыс: 60,
  жетпіс: 70,
  сексен: 80,
  тоқсан: 90,
  жүз: 100,
};
const ORDINALS: Record<string, number> = {
  бірінші: 1,
  екінші: 2,
  үшінші: 3,
  төртінші: 4,
  бесінші: 5,
  алтыншы: 6,
  жетінші: 7,
  сегізінші: 8,
  тоғызыншы: 9,
  оныншы: 10,
};
const ORDINAL_LIST = Object.entries(ORDINALS);

function cardinal(w: string): number | undefined {
  return (
    lookup(CARDINALS, w) ??
    lookup(CARDINALS, w.replace(/(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|ге|де|да|те|та)$/, ''))
  );
}

function ordinal(w: string): number | undefined {
  if (/(?:ншы|нші)/.test(w)) {
    for (const [k, n] of ORDINAL_LIST) if (w.startsWith(k)) return n;
  }
  return undefined;
}

export const numbers: NumberWords = {
  cardinal,
  ordinal,
  digitOrdinalEnding: '-?(?:ші|шы|ыншы|інші|ншы|нші)',
  scales: { мың: 1e3 },
  scaleStems: { мың: 1e3 },
  modifiersBefore: { шамамен: 'APPROX', жуық: 'APPROX' },
  modifiersAfter: {
    астам: 'MORE_THAN',
    артық: 'MORE_THAN',
    аса: 'MORE_THAN',
    жуық: 'LESS_THAN',
    жуығы: 'LESS_THAN',
    шамасында: 'APPROX',
    дейін: 'EQUAL_OR_LESS',
  },
  claimWords: {
    superlatives: ['ірі', 'үлкен', 'ең'],
    // `әлемдегі тоғызыншы`, `аумағы жөнінен тоғызыншы`.
    rankContext: {
      words: [
        'әлемдегі',
        'дүниежүзіндегі',
        'дүниедегі',
        'ірі',
        'үлкен',
        'орын\\p{L}*',
        'аумағы',
        'көлемі',
        'бойынша',
        'жөнінен',
      ],
      before: true,
    },
    fractions: [],
    half: ['жартыс\\p{L}*'],
    percent: ['пайыз\\p{L}*'],
    currencies: ['теңге'],
    currencyCountries: ['ақш'],
    areaUnits: [],
    people: ['адам', 'тұрғын\\p{L}*'],
    square: ['шаршы'],
    kilometre: ['шақырым'],
    superlativeModifiers: ['ең'],
    inTheWorld: ['әлемдегі'],
    partitive: { prepositions: ['ішінде'], objects: [] },
    functionWords: ['және'],
    adjectiveEndings: ['ті', 'тік', 'лық', 'лік', 'дық', 'дік', 'ғы', 'гі'],
    notCounted: ['және'],
    trigger: '[әіңғүұқөһ]',
  },
  // `үштен бірі` (one of three), `төрттен үші`, `оннан бірі`: the denominator in the ablative.
  shares: {
    denominator: /(?:ден|дан|тен|тан|нен|нан)$/u,
    numerators: [
      [/^бір/u, 1],
      [/^екі/u, 2],
      [/^үш/u, 3],
      [/^төрт/u, 4],
    ],
  },
  vagueNumerals: ['\\p{L}+(?:даған|деген|таған|теген)'],
  timeUnits: ['жыл\\p{L}*', 'ай\\p{L}*', 'апта\\p{L}*', 'күн\\p{L}*', 'ғасыр\\p{L}*', 'ж', 'жж'],
};
