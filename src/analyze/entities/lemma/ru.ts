/**
 * Russian names in the nominative, by rule: a person's given name and surname from their case
 * endings (checked against the given-name list, and agreeing in case and gender), an organisation's
 * or place's head noun and the adjectives before it (`Банка России` → `Банк России`, `Национального
 * банка` → `Национальный банк`), everything after the head left as written (it is a genitive
 * complement). Each function returns candidate nominatives, the likeliest first; the caller picks
 * the one an entity's mentions agree on.
 *
 * Why rules and not a dictionary: the names that matter here are surnames and foreign names
 * (Пятенко, Набиуллина, Обама, Маск), which a general dictionary such as OpenCorpora mostly lacks
 * and would guess by suffix anyway; head nouns of organisations are a closed list.
 */
import { foldWord } from '../inflection.ts';

type Gender = 'm' | 'f';
/** A case reading of a given name: its nominative and the gender and case the ending tells. */
interface Reading {
  nominative: string;
  gender: Gender;
  oblique: 'gen' | 'dat' | 'acc' | 'ins' | 'pre' | 'nom';
}

/** Given-name endings: oblique ending → nominative ending, gender, case. Longest first. */
const GIVEN: ReadonlyArray<[string, string, Gender, Reading['oblique']]> = [
  ['ией', 'ия', 'f', 'ins'],
  ['ии', 'ия', 'f', 'gen'],
  ['ию', 'ия', 'f', 'acc'],
  ['ом', '', 'm', 'ins'],
  ['ем', 'й', 'm', 'ins'],
  ['ем', 'ь', 'm', 'ins'],
  ['ой', 'а', 'f', 'ins'],
  ['ей', 'я', 'f', 'ins'],
  ['а', '', 'm', 'gen'],
  ['я', 'й', 'm', 'gen'],
  ['я', 'ь', 'm', 'gen'],
  ['у', '', 'm', 'dat'],
  ['ю', 'й', 'm', 'dat'],
  ['ю', 'ь', 'm', 'dat'],
  ['е', '', 'm', 'pre'],
  ['е', 'й', 'm', 'pre'],
  ['ы', 'а', 'f', 'gen'],
  ['и', 'я', 'f', 'gen'],
  ['и', 'а', 'f', 'gen'],
  ['е', 'а', 'f', 'dat'],
  ['е', 'я', 'f', 'dat'],
  ['у', 'а', 'f', 'acc'],
  ['ю', 'я', 'f', 'acc'],
];

/** Readings of a given name; `known` tells whether a form is in the given-name list. */
function givenReadings(word: string, known: (w: string) => boolean): Reading[] {
  const lower = foldWord(word);
  if (known(word)) {
    return [{ nominative: word, gender: /[ая]$/.test(lower) && !/(?:ья|ия)$/.test(lower) ? 'f' : 'm', oblique: 'nom' }];
  }
  const out: Reading[] = [];
  for (const [end, nom, gender, oblique] of GIVEN) {
    if (!lower.endsWith(end) || lower.length - end.length < 2) continue;
    const cand = word.slice(0, word.length - end.length) + nom;
    if (known(cand)) out.push({ nominative: cand, gender, oblique });
    // A fleeting vowel comes back in the nominative (`Льва` → `Лев`, `Павлу` → `Павел`).
    else if (gender === 'm' && nom === '' && /[^аеёиоуыэюя]ь?[^аеёиоуыэюяь]$/u.test(cand)) {
      const fleeting = cand.replace(/ь?([^аеёиоуыэюяь])$/u, 'е$1');
      if (known(fleeting)) out.push({ nominative: fleeting, gender, oblique });
    }
  }
  if (out.length > 0) return out;
  // Not in the list: feminine oblique endings are the telling ones (`Эльвиры`, `Полиной`); a
  // masculine name in the dative loses its `у` (`Илону`). Anything else is taken as written.
  if (/[^аеиоуыэюя]ы$/.test(lower)) out.push({ nominative: `${word.slice(0, -1)}а`, gender: 'f', oblique: 'gen' });
  else if (/[^аеиоуыэюя]ой$/.test(lower))
    out.push({ nominative: `${word.slice(0, -2)}а`, gender: 'f', oblique: 'ins' });
  else if (/[^аеиоуыэюя]у$/.test(lower)) out.push({ nominative: word.slice(0, -1), gender: 'm', oblique: 'dat' });
  out.push({ nominative: word, gender: /[ая]$/.test(lower) ? 'f' : 'm', oblique: 'nom' });
  return out;
}

type Case = Reading['oblique'];
const V = 'аеиоуыэюя';
/** Surname paradigms by gender and case: oblique ending → nominative ending. A case may allow two readings. */
const SURNAME: Record<Gender, Partial<Record<Case, ReadonlyArray<[RegExp, string]>>>> = {
  m: {
    gen: [
      [/(ск|цк)ого$/u, '$1ий'],
      [/(ов|ев|ёв|ин|ын)а$/u, '$1'],
      [/(ович|евич)а$/u, '$1'],
      [/([кгхжшч])ого$/u, '$1ий'],
      // Unstressed -ый surnames (Белый) are rarer than stressed -ой ones (Толстой, Трубецкой, Боровой).
      [/ого$/u, 'ой'],
      [/его$/u, 'ий'],
      [new RegExp(`([^${V}])[ыи]$`, 'u'), '$1а'],
      [new RegExp(`([^${V}й])а$`, 'u'), '$1'],
      [new RegExp(`([^${V}])я$`, 'u'), '$1ь'],
      [/([аеоу])я$/u, '$1й'],
    ],
    dat: [
      [/(ск|цк)ому$/u, '$1ий'],
      [/(ов|ев|ёв|ин|ын)у$/u, '$1'],
      [/(ович|евич)у$/u, '$1'],
      [/([кгхжшч])ому$/u, '$1ий'],
      [/ому$/u, 'ой'],
      [/ему$/u, 'ий'],
      [new RegExp(`([^${V}])е$`, 'u'), '$1а'],
      [new RegExp(`([^${V}й])у$`, 'u'), '$1'],
      [new RegExp(`([^${V}])ю$`, 'u'), '$1ь'],
      [/([аеоу])ю$/u, '$1й'],
    ],
    ins: [
      [/(ск|цк)им$/u, '$1ий'],
      [/(ов|ев|ёв|ин|ын)ым$/u, '$1'],
      [/(ович|евич)ем$/u, '$1'],
      [/ым$/u, 'ый'],
      [/им$/u, 'ий'],
      [new RegExp(`([^${V}])ой$`, 'u'), '$1а'],
      [new RegExp(`([^${V}й])(?:ом|ем)$`, 'u'), '$1'],
    ],
    pre: [
      [/(ск|цк)ом$/u, '$1ий'],
      [/(ов|ев|ёв|ин|ын)е$/u, '$1'],
      [/(ович|евич)е$/u, '$1'],
      [new RegExp(`([^${V}й])е$`, 'u'), '$1'],
      [new RegExp(`([^${V}])е$`, 'u'), '$1а'],
    ],
  },
  f: {
    gen: [
      [/(ск|цк)ой$/u, '$1ая'],
      [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
      [/(овн|евн)[ыеуой]+$/u, '$1а'],
      [new RegExp(`([^${V}])(?:ы|ой)$`, 'u'), '$1а'],
      [new RegExp(`([^${V}])(?:и|ей)$`, 'u'), '$1я'],
    ],
    acc: [
      [/(ск|цк)ую$/u, '$1ая'],
      [/(ов|ев|ёв|ин|ын)у$/u, '$1а'],
      [/(овн|евн)у$/u, '$1а'],
      [new RegExp(`([^${V}])у$`, 'u'), '$1а'],
      [new RegExp(`([^${V}])ю$`, 'u'), '$1я'],
    ],
  },
};
SURNAME.m.acc = SURNAME.m.gen;
SURNAME.f.dat = [...(SURNAME.f.gen ?? []), [new RegExp(`([^${V}])е$`, 'u'), '$1а']];
SURNAME.f.ins = SURNAME.f.gen;
SURNAME.f.pre = SURNAME.f.dat;

/** Surnames that never decline: Ukrainian -енко/-ко, -их/-ых, and -о, -и, -э. */
const INDECLINABLE = /(?:ко|их|ых|аго|яго|[оиэ])$/u;

/** The nominative readings of a surname in the given gender and case (as written when none applies). */
function surnamesFor(word: string, gender: Gender, oblique: Case): string[] {
  if (oblique === 'nom') return [word];
  const lower = foldWord(word);
  if (INDECLINABLE.test(lower) && !/(?:ого|его)$/.test(lower)) return [word];
  const out: string[] = [];
  for (const [re, rep] of SURNAME[gender][oblique] ?? []) {
    const m = re.exec(lower);
    if (!m) continue;
    const form = word.slice(0, m.index) + m[0].replace(re, rep);
    if (!out.includes(form)) out.push(form);
    // Only the pre-case -е is truly two-way (`Трампе` → Трамп, `Обаме` → Обама).
    if (oblique !== 'pre' || out.length >= 2) break;
  }
  return out.length > 0 ? out : [word];
}

function surnameFor(word: string, gender: Gender, oblique: Case): string {
  return surnamesFor(word, gender, oblique)[0] as string;
}

/** A surname written alone: the readings its ending allows, as written first where it could be a nominative. */
function loneSurname(word: string): string[] {
  const lower = foldWord(word);
  const out: string[] = [];
  const add = (w: string) => {
    if (!out.includes(w)) out.push(w);
  };
  if (/(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ой)$/.test(lower) || INDECLINABLE.test(lower)) {
    add(word);
  }
  if (/(?:ову|ым|ове|ого|ому|ском)$/.test(lower)) add(surnameFor(word, 'm', 'gen'));
  if (/(?:овой|евой|иной|ыной|ской)$/.test(lower)) add(surnameFor(word, 'f', 'gen'));
  if (/(?:ова|ева|ина|ына)$/.test(lower)) add(word.slice(0, -1));
  if (/[^аеиоуыэюяй]$/.test(lower)) add(word);
  add(surnameFor(word, 'm', 'gen'));
  add(word);
  return out;
}

/**
 * Nominative readings of a Russian person's name written `words` (given name first, or a surname
 * alone). @example personNominative(['Бараку', 'Обаме'], isGiven) // [['Барак', 'Обама'], …]
 */
export function personNominative(words: string[], known: (w: string) => boolean): string[][] {
  if (words.length === 0) return [words];
  if (words.length === 1) return loneSurname(words[0] as string).map((w) => [w]);
  const first = words[0] as string;
  const rest = words.slice(1);
  const out: string[][] = [];
  const push = (ws: string[]) => {
    if (!out.some((o) => o.join(' ') === ws.join(' '))) out.push(ws);
  };
  const last = foldWord(words[words.length - 1] as string);
  const readings = givenReadings(first, known);
  // An unknown given name before a feminine oblique surname (`Эльвире Набиуллиной`) is feminine too.
  if (
    readings.every((r) => r.oblique === 'nom') &&
    /(?:ой|ую)$/.test(last) &&
    /[^аеиоуыэюя][еыу]$|[^аеиоуыэюя]ой$/.test(foldWord(first))
  ) {
    readings.unshift({ nominative: `${first.replace(/(?:ой|[еыу])$/u, '')}а`, gender: 'f', oblique: 'gen' });
  }
  for (const r of readings) {
    // The surname must agree: a feminine oblique surname (`-ой`, `-ую`) wants a feminine reading.
    if (r.gender === 'm' && r.oblique !== 'nom' && /(?:ой|ую)$/.test(last) && !/(?:ск|цк)ой$/.test(last)) continue;
    const middle = rest
      .slice(0, -1)
      .map((w) => (/(?:ович|евич|овн|евн)/.test(foldWord(w)) ? surnameFor(w, r.gender, r.oblique) : w));
    for (const s of surnamesFor(rest[rest.length - 1] as string, r.gender, r.oblique))
      push([r.nominative, ...middle, s]);
  }
  push(words);
  return out;
}

/** Head nouns of organisations, places, events and documents, in the nominative. */
const HEADS = `банк министерство комитет комиссия агентство служба дума партия организация союз фонд совет
  институт университет академия ассоциация общество центр музей движение ассамблея управление департамент
  компания корпорация правительство администрация суд прокуратура палата собрание федерация конгресс
  парламент сенат церковь армия флот дивизия полк бригада батальон фронт экспедиция станция река озеро море
  хребет остров пустыня степь полуостров залив губерния область район уезд край республика конференция
  съезд саммит форум сессия совещание фестиваль выставка война восстание революция битва курултай договор
  хартия устав конвенция декларация соглашение протокол резолюция конституция меморандум указ закон кодекс
  театр библиотека архив биржа холдинг завод комбинат газета журнал телеканал училище школа лицей гимназия
  орден орда ханство каганат империя княжество государство`
  .split(/\s+/)
  .filter(Boolean);

type HeadGender = 'm' | 'n' | 'f';
/** Oblique form (lower case) of a head noun → its nominative and gender. */
let headForms: Map<string, { nominative: string; gender: HeadGender }> | undefined;

function forms(nom: string): { gender: HeadGender; forms: string[] } {
  if (nom.endsWith('ия')) {
    const s = nom.slice(0, -1);
    return { gender: 'f', forms: [`${s}и`, `${s}ю`, `${s}ей`] };
  }
  if (nom.endsWith('ие')) {
    const s = nom.slice(0, -1);
    return { gender: 'n', forms: [`${s}я`, `${s}ю`, `${s}ем`, `${s}и`] };
  }
  if (nom.endsWith('о')) {
    const s = nom.slice(0, -1);
    return { gender: 'n', forms: [`${s}а`, `${s}у`, `${s}ом`, `${s}е`] };
  }
  if (nom.endsWith('а')) {
    const s = nom.slice(0, -1);
    const soft = /[кгхжшчщ]$/.test(s);
    return { gender: 'f', forms: [`${s}${soft ? 'и' : 'ы'}`, `${s}е`, `${s}у`, `${s}ой`] };
  }
  if (nom.endsWith('я')) {
    const s = nom.slice(0, -1);
    return { gender: 'f', forms: [`${s}и`, `${s}е`, `${s}ю`, `${s}ей`] };
  }
  if (nom.endsWith('й')) {
    const s = nom.slice(0, -1);
    return { gender: 'm', forms: [`${s}я`, `${s}ю`, `${s}ем`, `${s}е`] };
  }
  if (nom.endsWith('ь')) {
    // Feminine in -ь among these heads: степь, церковь, область.
    const s = nom.slice(0, -1);
    if (/(?:степь|церковь|область)$/.test(nom)) {
      return { gender: 'f', forms: [`${s}и`, nom === 'церковь' ? 'церковью' : `${s}ью`] };
    }
    return { gender: 'm', forms: [`${s}я`, `${s}ю`, `${s}ем`, `${s}е`] };
  }
  const soft = /[жшчщц]$/.test(nom);
  return { gender: 'm', forms: [`${nom}а`, `${nom}у`, `${nom}${soft ? 'ем' : 'ом'}`, `${nom}е`] };
}

function headOf(word: string): { nominative: string; gender: HeadGender } | undefined {
  if (!headForms) {
    headForms = new Map();
    for (const h of HEADS) {
      const f = forms(h);
      for (const form of f.forms) if (!headForms.has(form)) headForms.set(form, { nominative: h, gender: f.gender });
      if (h === 'церковь') headForms.set('церкви', { nominative: h, gender: 'f' });
    }
  }
  return headForms.get(foldWord(word));
}

/** An adjective before a head noun, back in the nominative of the head's gender. */
function adjectiveNominative(word: string, gender: HeadGender): string {
  const lower = foldWord(word);
  const m = /(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю)$/.exec(lower);
  if (!m) return word;
  const stem = word.slice(0, word.length - (m[1] as string).length);
  const last = foldWord(stem).slice(-1);
  const hushing = /[жшчщ]/.test(last);
  const velar = /[кгх]/.test(last);
  const soft = /^(?:его|ему|им|ем|ей|юю)$/.test(m[1] as string) && !hushing && !velar;
  if (gender === 'f') return stem + (soft ? 'яя' : 'ая');
  if (gender === 'n') return stem + (soft || hushing ? 'ее' : 'ое');
  return stem + (soft || hushing || velar ? 'ий' : 'ый');
}

/**
 * Readings of a one-word organisation or place name, as written first except where the ending is
 * never a nominative (`России` → `Россия`, `Китая` → `Китай`; `Корея` is one). The other readings undo one case
 * ending (`Газпрома` → `Газпром`, `Москвы` → `Москва`); an entity is named by the reading most of
 * its mentions allow (`Газпром`, `Газпрома`, `Газпромом` agree on `Газпром`), so a lone oblique
 * mention keeps its form rather than a guess.
 * @example singleNameReadings('России') // ['Россия', 'России']
 */
export function singleNameReadings(word: string): string[] {
  const lower = foldWord(word);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lower.length < 4) return [word];
  const stem = (k: number) => word.slice(0, word.length - k);
  const sure: string[] = [];
  const maybe: string[] = [];
  if (/ии$/u.test(lower)) sure.push(`${stem(1)}я`);
  else if (/ию$/u.test(lower)) sure.push(`${stem(1)}я`);
  else if (/ией$/u.test(lower)) sure.push(`${stem(2)}я`);
  else if (/[аоу]я$/u.test(lower)) sure.push(`${stem(1)}й`);
  else if (/[аеоу][юея]$/u.test(lower)) maybe.push(`${stem(1)}й`);
  else if (/[аеоу]ем$/u.test(lower)) maybe.push(`${stem(2)}й`);
  const C = '[^аеёиоуыэюяйь]';
  if (new RegExp(`${C}а$`, 'u').test(lower)) maybe.push(stem(1));
  if (new RegExp(`${C}[уе]$`, 'u').test(lower)) maybe.push(stem(1), `${stem(1)}а`);
  if (new RegExp(`${C}(?:ом|ем)$`, 'u').test(lower)) maybe.push(stem(2));
  if (new RegExp(`${C}[ыи]$`, 'u').test(lower) || new RegExp(`${C}ой$`, 'u').test(lower))
    maybe.push(`${stem(lower.endsWith('ой') ? 2 : 1)}а`);
  return [...new Set([...sure, word, ...maybe])];
}

/**
 * An organisation, place, event or document name with its head noun (and the adjectives before it)
 * in the nominative; unchanged when no head noun is found among its first four words.
 * @example nameNominative(['Национального', 'банка', 'Казахстана']) // ['Национальный', 'банк', 'Казахстана']
 */
export function nameNominative(words: string[]): string[] {
  for (let h = 0; h < Math.min(words.length, 4); h++) {
    const head = headOf(words[h] as string);
    if (!head) continue;
    const before = words.slice(0, h);
    // Only adjectives stand before the head (`Государственной думы`, not `России Банка`).
    if (!before.every((w) => /(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю)$/.test(foldWord(w)))) return words;
    const w = words[h] as string;
    const nom = /^\p{Lu}/u.test(w)
      ? head.nominative.charAt(0).toUpperCase() + head.nominative.slice(1)
      : head.nominative;
    return [...before.map((b) => adjectiveNominative(b, head.gender)), nom, ...words.slice(h + 1)];
  }
  return words;
}
