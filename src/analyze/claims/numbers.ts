/**
 * Number words, ordinals, scales and quantity modifiers in en/ru/kk, as data. Russian entries are
 * prefixes (they decline: `девятая`, `девятый`, `девятой`); English and Kazakh are whole words.
 */
import { EN_CARDINAL_WORDS } from '../lexicon/en-numbers.ts';
import type { TimexMod } from '../types.ts';

export const EN_CARDINALS: Record<string, number> = { ...EN_CARDINAL_WORDS, dozens: 12 };
export const EN_ORDINALS: Record<string, number> = {
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
export const RU_CARDINAL_PREFIXES: Array<[string, number]> = [
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
export const RU_ORDINAL_PREFIXES: Array<[string, number]> = [
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
export const KK_CARDINALS: Record<string, number> = {
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
export const KK_ORDINALS: Record<string, number> = {
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
export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
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
  мың: 1e3,
  миллиард_: 1e9,
};

/** Words before a number that qualify it (`over 130`, `более 130`, `шамамен 130`). */
export const MODS_BEFORE: Record<string, TimexMod> = {
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
  более: 'MORE_THAN',
  свыше: 'MORE_THAN',
  'больше чем': 'MORE_THAN',
  'не менее': 'EQUAL_OR_MORE',
  около: 'APPROX',
  примерно: 'APPROX',
  почти: 'LESS_THAN',
  менее: 'LESS_THAN',
  до: 'EQUAL_OR_LESS',
  шамамен: 'APPROX',
  жуық: 'APPROX',
};
/** Words after a Kazakh number (`130-дан астам`). */
export const MODS_AFTER: Record<string, TimexMod> = {
  астам: 'MORE_THAN',
  артық: 'MORE_THAN',
  аса: 'MORE_THAN',
  жуық: 'LESS_THAN',
  жуығы: 'LESS_THAN',
  шамасында: 'APPROX',
  дейін: 'EQUAL_OR_LESS',
};

/** Units of time: a number before them is a duration (the temporal tagger's), never a count. */
export const TIME_UNITS =
  /^(?:years?|decades?|months?|weeks?|days?|hours?|minutes?|centur(?:y|ies)|millenni(?:um|a)|год\p{L}*|лет|век\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|час\p{L}*|г|гг|жыл\p{L}*|ай\p{L}*|апта\p{L}*|күн\p{L}*|ғасыр\p{L}*|ж|жж)$/u;

export function readNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const en = lookup(EN_CARDINALS, w);
  if (en !== undefined) return en;
  const kk =
    lookup(KK_CARDINALS, w) ??
    lookup(KK_CARDINALS, w.replace(/(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|ге|де|да|те|та)$/, ''));
  if (kk !== undefined) return kk;
  if (/^[а-яё]+$/.test(w) && w.length >= 3) {
    // Russian cardinals decline; match a known stem at the start, but only in number-shaped words.
    if (!/^(?:од|дв|тр|чет|пят|шест|сем|вос|девят|десят|двадцат|тридцат|сорок|сто|ста)/.test(w)) return undefined;
    if (!/(?:ин|на|но|ва|ве|ух|ум|умя|ри|рех|рёх|ем|ех|ёх|ь|и|ью|ырьмя|ырех|ырёх|ыре|ок|ока|о|а|десят|десяти)$/.test(w))
      return undefined;
    if (/^(?:дв|тр|пят|шест|сем)(?:ой|ая|ое|ые|ого|ую|ым)/.test(w)) return undefined;
    for (const [p, n] of RU_CARDINAL_PREFIXES) if (w.startsWith(p) && w.length <= p.length + 6) return n;
  }
  return undefined;
}

/** Own-property lookup: ordinary words such as `constructor` must not find Object.prototype members. */
export function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const KK_ORDINAL_LIST = Object.entries(KK_ORDINALS);
const CYRILLIC_START = /^[а-яёәіңғүұқөһ]/;

export function readOrdinalWord(word: string): number | undefined {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const m = /^(\d+)(?:st|nd|rd|th|-?(?:й|я|е|ой|ая|ое|ый|ий|ші|шы|ыншы|інші|ншы|нші))$/.exec(word.toLowerCase());
    return m ? Number(m[1]) : undefined;
  }
  const w = word.toLowerCase();
  if (!CYRILLIC_START.test(w)) return lookup(EN_ORDINALS, w);
  if (/(?:ншы|нші)/.test(w)) {
    for (const [k, n] of KK_ORDINAL_LIST) if (w.startsWith(k)) return n;
  }
  if (/^[а-яё]+(?:ый|ой|ий|ая|ое|ые|ого|ую|ым|ом|ых|ей|ья|ье|ьей|ьего)$/.test(w)) {
    for (const [p, n] of RU_ORDINAL_PREFIXES) if (w.startsWith(p)) return n;
  }
  return undefined;
}
