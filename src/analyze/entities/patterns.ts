/**
 * Recognition beyond the gazetteer: capitalised names headed by a cue word (organisations, events,
 * documents, works), people (a title, a ru/kk surname shape with a first name or initials), and UN
 * documents by number. Every rule looks at kinds of expression; none names a particular entity.
 */
import type { EntityType, Language } from '../types.ts';
import { cueType, isNotName, isPersonTitle } from './cues.ts';
import { isFirstName } from './first-names.ts';
import { isCityAdjective } from './summits.ts';
import type { Token } from './tokens.ts';

export interface Candidate {
  type: EntityType;
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** Optional fixed id/name (documents by number). */
  id?: string;
  name?: string;
  /** Token index of the cue word that types the name. */
  head?: number;
}

const CONNECTORS: Record<Language, Set<string>> = {
  en: new Set(['of', 'for', 'on', 'and', 'in', 'against', 'the', 'de', 'to']),
  ru: new Set(['по', 'о', 'и']),
  kk: new Set(['және']),
};
const NAME_GAP = /^[ \u00a0«»"“”„-]{0,3}$/;
const SURNAME_LATIN = /(?:ov|ev|yev|ova|eva|yeva|uly|ulu|kyzy|qyzy|sky|skiy|skaya|enko)$/;
const SURNAME_CYR =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ұлы|улы|қызы|кызы|ский|ская|енко)(?:а|у|ым|ом|е|ой|ых|ого|ому|тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|та|те|да|де|ты|ті|ды|ді|ны|ні|мен|пен|бен|тан|тен|нан|нен|дан|ден)?$/;
export const PATRONYMIC = /(?:ович|евич|овна|евна|ұлы|улы|қызы|кызы)\p{L}*$/u;

// Titles written after the name in Kazakh and Central Asian history (`Kasym Khan`, `Қасым хан`,
// `Касым-хан`, `Төле би`, `Қабанбай батыр`).
const POSTNOMINAL = new Set(['khan', 'bi', 'batyr', 'хан', 'би', 'батыр']);
const POSTNOMINAL_SUFFIX = /[-‑](?:хан|khan)$/iu;

function isPostnominal(t: Token | undefined): boolean {
  return !!t && POSTNOMINAL.has(t.text.toLowerCase());
}

function isNameToken(t: Token | undefined): boolean {
  return !!t && (t.capitalized || t.acronym);
}

function isSurnameShape(t: Token): boolean {
  if (!t.capitalized || t.acronym) return false;
  const w = t.text.toLowerCase().replace(/[’']s?$/, '');
  return SURNAME_LATIN.test(w) || SURNAME_CYR.test(w);
}

function isInitial(text: string, t: Token): boolean {
  return t.text.length === 1 && t.capitalized && text[t.end] === '.';
}

/** Capitalised names joined by `of/for/on/in/and/the` and headed by a cue word. */
export function findCueNames(text: string, tokens: Token[], lang: Language, sentenceInitial: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const connectors = CONNECTORS[lang];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isNameToken(first) || isNotName(first.key, lang)) {
      i++;
      continue;
    }
    // Grow a chunk: name tokens, digits after a name (`Expo 2017`), connector chains before a name.
    let j = i + 1;
    let sawConnector = false;
    const runs: Array<[number, number]> = [];
    let runStart = i;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const t = tokens[j] as Token;
      const gap = text.slice(prev.end, t.start);
      if (!NAME_GAP.test(gap)) break;
      // A number belongs to a name only after an event word or an acronym: `Expo 2017`, `COP 21`.
      const numberPart = t.numeric && /^\d{2,4}$/.test(t.text) && (prev.acronym || cueType(prev.key, lang) === 'EVENT');
      if (isNameToken(t) || numberPart) {
        j++;
        continue;
      }
      // A lower-case word inside a name (`Confidence-building`, `Turkic speaking countries`) is not
      // taken; connectors are, when a name word follows them.
      let k = j;
      const seen: string[] = [];
      while (k < tokens.length && connectors.has((tokens[k] as Token).text) && k - j < 3) {
        seen.push((tokens[k] as Token).text);
        k++;
      }
      const after = tokens[k];
      if (seen.length === 0 || !after || !isNameToken(after) || isNotName(after.key, lang)) break;
      if (!NAME_GAP.test(text.slice((tokens[k - 1] as Token).end, after.start))) break;
      // A bare `the` joins nothing (`Battle of Britain the Royal Air Force`).
      if (seen.length === 1 && seen[0] === 'the') break;
      // `X and the Y` lists two names; `X of A and B` is one.
      if (seen.includes('and') && (seen.length > 1 || !sawConnector)) break;
      if (seen.includes('и') && !sawConnector) break;
      runs.push([runStart, j]);
      runStart = k;
      sawConnector = true;
      j = k;
    }
    runs.push([runStart, j]);
    const cand = headCandidate(tokens, runs, lang, sentenceInitial);
    if (cand) out.push(cand);
    i = j;
  }
  return out;
}

function headCandidate(
  tokens: Token[],
  runs: Array<[number, number]>,
  lang: Language,
  sentenceInitial: Set<number>,
): Candidate | undefined {
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r] as [number, number];
    let type: EntityType | undefined;
    let head = -1;
    if (lang === 'ru') {
      // Russian names lead with their head: `Организация Объединённых Наций`, `Совет Безопасности`.
      for (let k = a; k < b && !type; k++) {
        type = cueType((tokens[k] as Token).key, lang);
        head = k;
      }
    } else {
      // English and Kazakh names end with it: `… Treaty Organization`, `Қауіпсіздік Кеңесі`; a
      // Kazakh name ends exactly there (`Кеңеске Қытай …` is "to the Council, China …").
      for (let k = b - 1; k >= a && !type; k--) {
        if (lang === 'kk' && k < b - 1 && !(tokens[b - 1] as Token).numeric) break;
        type = cueType((tokens[k] as Token).key, lang);
        head = k;
      }
    }
    if (!type) continue;
    const end = (runs[runs.length - 1] as [number, number])[1];
    let from = a;
    // A lone sentence-initial word before the head is usually not part of the name.
    while (from < end && isNotName((tokens[from] as Token).key, lang)) from++;
    if (end - from < 2) return undefined;
    if (
      end - from === 2 &&
      sentenceInitial.has(from) &&
      cueType((tokens[from + 1] as Token).key, lang) &&
      lang !== 'en'
    ) {
      return undefined;
    }
    return { type, from, to: end, head };
  }
  return undefined;
}

/** Whether a sentence ends right after `t` (a lone capitalised word there is rarely a name). */
function sentenceEnds(text: string, t: Token): boolean {
  return /^[.!?]/.test(text.slice(t.end, t.end + 1));
}

const KK_OBLIQUE = /\p{Ll}(?:да|де|та|те|нда|нде|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$/u;
const KK_ACCUSATIVE = /\p{Ll}(?:ты|ті|ды|ді|ны|ні)$/u;
const KK_INSTRUMENTAL = /(?:мен|бен|пен)$/;
const KK_VERB = /(?:ған|ген|қан|кен|ып|іп|еді|ады|еді|атын|етін)$/;

/** Whether token k follows the one before it after plain spaces (no comma, bracket or stop). */
function spaced(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return !!a && !!b && /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
}

const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ым|им|ую|юю|ской|ского|ском)$/;

/**
 * Russian and Kazakh names whose head noun is written in lower case: `Алматинский акт`,
 * `Национальный ядерный центр Республики Казахстан`, `Ыстамбұл саммиті`, `ЕҚЫҰ Сыртқы істер
 * министрлері кеңесі`. A capitalised start, at most two lower-case words, then the head.
 */
export function findLowercaseHeadNames(
  text: string,
  tokens: Token[],
  lang: Language,
  sentenceInitial: Set<number>,
  known: Uint8Array,
): Candidate[] {
  if (lang === 'en') return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isNameToken(first) || isNotName(first.key, lang)) continue;
    if (lang === 'ru' && !(first.acronym || RU_ADJECTIVE.test(first.text.toLowerCase()))) continue;
    // `Астанада ЕҚЫҰ-ның саммиті`: a word in the locative, dative or ablative is the setting, not the name.
    if (lang === 'kk' && (KK_OBLIQUE.test(first.text) || (!known[i] && KK_ACCUSATIVE.test(first.text)))) continue;
    let j = i + 1;
    while (j < tokens.length && isNameToken(tokens[j]) && j - i < 4) j++;
    // The words of one name are separated by spaces only, and none but the head takes a case ending.
    let ok = true;
    for (let k = i + 1; k < j && ok; k++)
      ok = spaced(text, tokens, k) && !(lang === 'kk' && KK_OBLIQUE.test((tokens[k] as Token).text));
    if (!ok) continue;
    let head = -1;
    for (let k = j; k < j + 3 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.capitalized || t.acronym || t.numeric || !spaced(text, tokens, k)) break;
      const type = cueType(t.key, lang);
      // A Kazakh place word after an unknown name (`Шыңғыс тауы`, `Ақсу өзені`) makes a place; after a
      // known one (`Семей қаласы`) it only repeats what the gazetteer found.
      const place = type === 'PLACE' && lang === 'kk' && !known.subarray(i, k).some((x) => x === 1);
      if (type && (type !== 'PLACE' || place) && !(lang === 'kk' && KK_INSTRUMENTAL.test(t.text))) {
        head = k;
        break;
      }
      if (lang === 'ru' && !RU_ADJECTIVE.test(t.text)) break;
      // Kazakh participles and converbs (`мойындаған`, `қабылдап`) are verbs, not name words.
      if (lang === 'kk' && (KK_VERB.test(t.text) || KK_OBLIQUE.test(t.text))) break;
    }
    if (head < 0) continue;
    // An ordinary word at the start of a sentence does not begin a name (`Бұл ұйым`, `Дәл осы жерде
    // ұйымның`); a known name or an acronym there does.
    if (sentenceInitial.has(i) && !first.acronym && !known[i] && !(lang === 'ru' && isCityAdjective(first.text)))
      continue;
    let end = head + 1;
    // Russian genitive complements in capitals: `… центр Республики Казахстан`.
    if (lang === 'ru') {
      while (end < tokens.length && isNameToken(tokens[end]) && end - head < 3 && spaced(text, tokens, end)) end++;
    }
    out.push({ type: cueType((tokens[head] as Token).key, lang) as EntityType, from: i, to: end, head });
    i = end - 1;
  }
  return out;
}

/** People: `President X Y`, `академик Сатпаев`, `Adil Akhmetov`, `Н. Назарбаев`, `Абишевич` chains. */
export function findPersons(text: string, tokens: Token[], lang: Language, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const usable = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      !taken[k] &&
      t.capitalized &&
      !t.acronym &&
      !isNotName(t.key, lang) &&
      !cueType(t.key, lang) &&
      // `Сұлтан` is a title and a given name: before a surname it is the name (`Сұлтан Сартаев`).
      (!isPersonTitle(t.key, lang) ||
        (isFirstName(t.key, lang) && !!tokens[k + 1] && isSurnameShape(tokens[k + 1] as Token)))
    );
  };
  const adjacent = (k: number): boolean => {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (!a || !b) return false;
    const gap = text.slice(a.end, b.start);
    // A full stop joins only an initial to what follows (`Franklin D. Roosevelt`, `Н. Назарбаев`).
    return gap === ' ' || gap === '\u00a0' || (/^\.[ \u00a0]?$/.test(gap) && a.text.length === 1);
  };
  // A capitalised word the text also writes in lower case is a common word (`Staff`, `Peace`).
  const lowerKeys = new Set<string>();
  for (const t of tokens) if (!t.capitalized && !t.numeric) lowerKeys.add(t.key);
  const common = (k: number) => lowerKeys.has((tokens[k] as Token).key);
  // A Russian word with an adjective ending after a title is the start of an office or body
  // (`депутат Первой Государственной думы`), not a name; surnames in -ский/-ская are names.
  const adjectival = (k: number): boolean =>
    lang === 'ru' && RU_ADJECTIVE.test((tokens[k] as Token).text.toLowerCase()) && !isSurnameShape(tokens[k] as Token);
  // A surname ends a name (`Айдын Айымбетов Халықаралық …`); a patronymic does not.
  const ended = (x: number) => isSurnameShape(tokens[x] as Token) && !PATRONYMIC.test((tokens[x] as Token).text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i]) continue;
    // Name + title after it: `Esen Buqa Khan`, `Қасым хан`, `Касым-хан`.
    // A Kazakh word with a case ending (`Жиынға`) is not the start of a name before a title.
    const cased = lang === 'kk' && (KK_OBLIQUE.test(t.text) || KK_ACCUSATIVE.test(t.text));
    if (usable(i) && !cased && tokens[i - 1]?.text.toLowerCase() !== 'the') {
      let k = i;
      while (k < tokens.length && k - i < 3 && usable(k) && (k === i || adjacent(k))) k++;
      const hyphened = POSTNOMINAL_SUFFIX.test((tokens[k - 1] as Token).text);
      if (hyphened || (k > i && isPostnominal(tokens[k]) && adjacent(k) && !taken[k])) {
        const to = hyphened ? k : k + 1;
        out.push({ type: 'PERSON', from: i, to });
        i = to - 1;
        continue;
      }
    }
    // Title + name.
    // English titles before a name are capitalised (`President Roosevelt`, not `the general of`).
    // English titles in lower case stand before a name of two or more words (`the historian Ata-Malik Juvaini`).
    const lowerTitle = lang === 'en' && !t.capitalized && usable(i + 1) && usable(i + 2) && adjacent(i + 2);
    if (
      isPersonTitle(t.key, lang) &&
      !usable(i) &&
      !cueType(t.key, lang) &&
      (lang !== 'en' || t.capitalized || lowerTitle)
    ) {
      let k = i + 1;
      if (tokens[k]?.text === 'of') {
        // `President of Kazakhstan Nursultan Nazarbayev`: skip the office's scope, a known place.
        k++;
        if (tokens[k]?.text === 'the') k++;
        const scope = k;
        while (k < tokens.length && (tokens[k] as Token).capitalized && taken[k]) k++;
        if (k === scope) continue;
      }
      const from = k;
      while (
        k < tokens.length &&
        k - from < 3 &&
        !(k > from + 1 && ended(k - 1)) &&
        ((usable(k) && !adjectival(k)) || (k > from && /^[IVX]{1,4}$/.test((tokens[k] as Token).text))) &&
        (k === from || adjacent(k))
      ) {
        k++;
      }
      const single = k === from + 1;
      if (
        k > from &&
        adjacent(from) &&
        !(
          single &&
          (common(from) || (sentenceEnds(text, tokens[from] as Token) && !isSurnameShape(tokens[from] as Token)))
        )
      ) {
        out.push({ type: 'PERSON', from, to: k });
        i = k - 1;
        continue;
      }
    }
    // A known given name and a capitalised word after it (`Norman Foster`, `Иоанн Павел II`).
    if (usable(i) && isFirstName(t.key, lang)) {
      let k = i + 1;
      while (
        k < tokens.length &&
        k - i < 3 &&
        !(k > i + 1 && ended(k - 1)) &&
        adjacent(k) &&
        (usable(k) || /^[IVX]{1,4}$/.test((tokens[k] as Token).text)) &&
        !taken[k]
      ) {
        k++;
      }
      if (k > i + 1 && !(k === i + 2 && common(i + 1))) {
        out.push({ type: 'PERSON', from: i, to: k });
        i = k - 1;
        continue;
      }
    }
    // Given name, patronymic, surname of any shape (`Левон Исаевич Мирзоян`, `Тоқтар Оңғарбайұлы Әубәкіров`).
    if (
      usable(i) &&
      !adjectival(i) &&
      PATRONYMIC.test(tokens[i + 1]?.text ?? '') &&
      usable(i + 1) &&
      adjacent(i + 1) &&
      usable(i + 2) &&
      adjacent(i + 2) &&
      !adjectival(i + 2)
    ) {
      out.push({ type: 'PERSON', from: i, to: i + 3 });
      i += 2;
      continue;
    }
    // Surname shape with a first name, patronymic or initials before it.
    if (!usable(i) || !isSurnameShape(t)) continue;
    // A patronymic followed by the surname: the surname's turn takes all three words.
    if (PATRONYMIC.test(t.text) && usable(i + 1) && adjacent(i + 1) && isSurnameShape(tokens[i + 1] as Token)) continue;
    // `Чрезвычайный Всеказахский съезд`: two adjectives, not a name and a surname in -ский.
    if (i > 0 && adjectival(i - 1) && !isFirstName((tokens[i - 1] as Token).key, lang)) continue;
    let from = i;
    while (from > 0 && adjacent(from)) {
      const p = tokens[from - 1] as Token;
      const afterPatronymic = PATRONYMIC.test((tokens[from] as Token).text);
      if (isInitial(text, p) || (usable(from - 1) && (PATRONYMIC.test(p.text) || from === i || afterPatronymic)))
        from--;
      else break;
    }
    if (from === i) continue;
    out.push({ type: 'PERSON', from, to: i + 1 });
  }
  return out;
}

const DOC_PATTERNS: RegExp[] = [
  /\b(?:UN(?:SC|GA)?\s+)?[Rr]esolutions?\s+(?:No\.?\s*)?(\d{1,3}\/\d{1,4}|\d{3,4})\b/gu,
  /\bUNSCR\s+(\d{3,4})\b/gu,
  /[Рр]езолюци(?:я|и|ю|ей)\s+(?:№\s*)?(\d{1,3}\/\d{1,4}|\d{3,4})/gu,
  /(\d{1,3}\/\d{1,4})\s+қарар\p{L}*/gu,
];

// Numbered decrees and laws: `Decree No. 409`, `Указ № 409`, `№ 409 Жарлық`.
const NUMBERED_ACTS: Array<[RegExp, string]> = [
  [/\b(Decree|Law|Order|Resolution)\s+(?:No\.?|№|#)\s*(\d{1,5})\b/gu, 'en'],
  [/(Указ\p{L}*|Закон\p{L}*|Постановлени\p{L}*|Распоряжени\p{L}*)\s+(?:№|N)\s*(\d{1,5})/gu, 'ru'],
  [/№\s*(\d{1,5})\s+(Жарлы\p{L}*|Заң\p{L}*|Қаулы\p{L}*|Бұйры\p{L}*)/gu, 'kk'],
];
const ACT_KIND: Record<string, string> = {
  указ: 'decree',
  закон: 'law',
  постановлени: 'resolution',
  распоряжени: 'order',
  жарлы: 'decree',
  заң: 'law',
  қаулы: 'resolution',
  бұйры: 'order',
};

/** UN documents by number: `resolution 64/35`, `UNSCR 1325`, `резолюция 64/35`, `64/35 қарары`. */
export function findDocuments(text: string): Array<{ start: number; end: number; id: string; name: string }> {
  const out: Array<{ start: number; end: number; id: string; name: string }> = [];
  for (const re of DOC_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const num = m[1] as string;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        id: `document:resolution-${num.replace('/', '-')}`,
        name: `resolution ${num}`,
      });
    }
  }
  for (const [re, lang] of NUMBERED_ACTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = (lang === 'kk' ? m[2] : m[1]) as string;
      const num = (lang === 'kk' ? m[1] : m[2]) as string;
      const stem = Object.keys(ACT_KIND).find((k) => word.toLowerCase().startsWith(k));
      const kind = lang === 'en' ? word.toLowerCase() : (ACT_KIND[stem ?? ''] ?? 'decree');
      const name = lang === 'en' ? `${word} No. ${num}` : m[0].trim();
      // Without the issuing body the number alone is the identity within the text's country.
      out.push({ start: m.index, end: m.index + m[0].length, id: `document:${kind}-${num}`, name });
    }
  }
  return out;
}

// Cue nouns next to a quoted title: before it in English and Russian (`the novel "…"`, `роман
// «…»`), after it in Kazakh (`«Абай жолы» эпопеясы`). Stems, so inflected forms match.
const TITLE_CUES: Array<[RegExp, EntityType]> = [
  [/^(?:monument|memorial|mausoleum|монумент|памятник|мемориал|мавзоле|ескерткіш|кесене)/u, 'PLACE'],
  [/^(?:code|charter|law|кодекс|устав|закон|заң|жарғы)/u, 'DOCUMENT'],
  [
    /^(?:novel|poem|epic|book|newspaper|journal|magazine|memoir|film|opera|song|spacecraft|spaceship|ship|роман|поэм|эпопе|повест|книг|газет|журнал|мемуар|фильм|опер|песн|корабл|кітаб|кітап|дастан|өлең|ән|әні|кеме)/u,
    'WORK',
  ],
  [/^(?:station|станци)/u, 'PLACE'],
];
const QUOTED = /[«“"]([\p{Lu}\d][^«»“”"\n]{0,60}?)[»”"]/gu;

function titleCue(word: string | undefined): EntityType | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return TITLE_CUES.find(([re]) => re.test(w))?.[1];
}

/**
 * Quoted titles named as such: `the memoir "Virgin Lands"`, `газета «Қазақ»`, `«Абай жолы»
 * эпопеясын`, `монумент «Байтерек»`. The title (without its quotes) is the name; the cue noun types it.
 */
export function findQuotedTitles(
  text: string,
  lang: Language,
): Array<{ start: number; end: number; type: EntityType }> {
  const out: Array<{ start: number; end: number; type: EntityType }> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] as string;
    const start = m.index + 1;
    const end = start + inner.length;
    const before = /([\p{L}-]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    // Kazakh puts the cue after, sometimes behind an adjective (`«Мир» орбиталық станциясы`).
    const after = /^[\s\u00a0]*([\p{L}-]+)(?:[\s\u00a0]+([\p{L}-]+))?/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 40),
    );
    const type = lang === 'kk' ? (titleCue(after?.[1]) ?? titleCue(after?.[2]) ?? titleCue(before)) : titleCue(before);
    if (type) out.push({ start, end, type });
  }
  return out;
}

const RU_GENITIVE_WORD = /^\p{Ll}+(?:ов|ев|ей|ий|ых|их|ии|ы|и|а|я)$/u;
const RU_VERB_SHAPE = /(?:ла|ло|ли|ал|ил|ет|ит|ют|ят|ся|сь)$/u;

/**
 * Russian names whose head is capitalised and whose complement is not: `Министерство финансов`,
 * `Агентство по статистике`, `Декларация принципов …`, `Министерство иностранных дел Республики
 * Казахстан`. Up to three lower-case words in the genitive (or after `по`/`о`), then at most two
 * capitalised words.
 */
export function findRussianComplementNames(text: string, tokens: Token[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (taken[i] || !head.capitalized || head.acronym) continue;
    const type = cueType(head.key, 'ru');
    if (!type || type === 'PLACE') continue;
    let k = i + 1;
    const preposition = /^(?:по|о|об)$/.test(tokens[k]?.text ?? '') && spaced(text, tokens, k);
    if (preposition) k++;
    const from = k;
    while (k < tokens.length && k - from < 3 && spaced(text, tokens, k)) {
      const t = tokens[k] as Token;
      if (t.capitalized || t.numeric || RU_VERB_SHAPE.test(t.text)) break;
      if (!preposition && !RU_GENITIVE_WORD.test(t.text)) break;
      if (preposition && !/^\p{Ll}{3,}$/u.test(t.text)) break;
      k++;
    }
    if (k === from) continue;
    let end = k;
    while (end < tokens.length && end - k < 2 && isNameToken(tokens[end]) && !taken[end] && spaced(text, tokens, end))
      end++;
    // Capitalised words that a known name already holds (`Республики Казахстан`) belong too.
    while (end < tokens.length && end - k < 2 && isNameToken(tokens[end]) && spaced(text, tokens, end)) end++;
    out.push({ type, from: i, to: end, head: i });
    i = end - 1;
  }
  return out;
}
