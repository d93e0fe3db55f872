/**
 * Recognition beyond the gazetteer: capitalised names headed by a cue word (organisations, events,
 * documents, works), people (a title, a ru/kk surname shape with a first name or initials), and UN
 * documents by number. Every rule looks at kinds of expression; none names a particular entity.
 * What differs between languages (connectors, where the head stands, case endings, title cues,
 * numbered acts) comes from each language's `NameGrammar` in `lang/<code>/names.ts`.
 */
import { ALL_PACKS, languagePack, type NameGrammar } from '../lang/index.ts';
import type { EntityType, Language } from '../types.ts';
import { cueType, isNotName, isPersonTitle, titleCueType } from './cues.ts';
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

const NAME_GAP = /^[ \u00a0«»"“”„-]{0,3}$/;
// The shapes of people's names in every pack, since texts name people from the other languages.
const NAMES = ALL_PACKS.map((p) => p.names);
const alternatives = (pick: (g: NameGrammar) => readonly string[]) => NAMES.flatMap(pick).join('|');
const SURNAME_LATIN = new RegExp(`(?:${alternatives((g) => g.surnames.latin)})$`);
const SURNAME_CYR = new RegExp(
  `(?:${alternatives((g) => g.surnames.cyrillic)})(?:${alternatives((g) => g.surnames.caseEndings)})?$`,
);
export const PATRONYMIC = new RegExp(`(?:${alternatives((g) => g.surnames.patronymics)})\\p{L}*$`, 'u');

// Titles written after the name (`Kasym Khan`, `Қасым хан`, `Касым-хан`, `Төле би`, `Қабанбай батыр`).
const POSTNOMINAL = new Set(NAMES.flatMap((g) => g.titlesAfterName));
const POSTNOMINAL_SUFFIX = new RegExp(`[-‑](?:${alternatives((g) => g.hyphenatedTitles)})$`, 'iu');

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
  const grammar = languagePack(lang).names;
  const connectors = grammar.connectors;
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
      if (!grammar.joins(seen, sawConnector)) break;
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
  const grammar = languagePack(lang).names;
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r] as [number, number];
    let type: EntityType | undefined;
    let head = -1;
    if (grammar.cueHead === 'first') {
      for (let k = a; k < b && !type; k++) {
        type = cueType((tokens[k] as Token).key, lang);
        head = k;
      }
    } else {
      for (let k = b - 1; k >= a && !type; k--) {
        if (grammar.endsAtCue && k < b - 1 && !(tokens[b - 1] as Token).numeric) break;
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
      !grammar.keepsSentenceInitialPair
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

/** Whether token k follows the one before it after plain spaces (no comma, bracket or stop). */
function spaced(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return !!a && !!b && /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
}

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
  const grammar = languagePack(lang).names.lowercaseHeads;
  if (!grammar) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isNameToken(first) || isNotName(first.key, lang)) continue;
    if (!grammar.startsName(first.text, first.acronym, !!known[i])) continue;
    let j = i + 1;
    while (j < tokens.length && isNameToken(tokens[j]) && j - i < 4) j++;
    // The words of one name are separated by spaces only, and none but the head takes a case ending.
    let ok = true;
    for (let k = i + 1; k < j && ok; k++) ok = spaced(text, tokens, k) && grammar.innerWord((tokens[k] as Token).text);
    if (!ok) continue;
    let head = -1;
    for (let k = j; k < j + 3 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.capitalized || t.acronym || t.numeric || !spaced(text, tokens, k)) break;
      const type = cueType(t.key, lang);
      // A place word makes a place only after a name the gazetteer does not know.
      const place = type === 'PLACE' && grammar.placeHeads && !known.subarray(i, k).some((x) => x === 1);
      if (type && (type !== 'PLACE' || place) && !grammar.rejectsHead(t.text)) {
        head = k;
        break;
      }
      if (!grammar.mayPrecedeHead(t.text)) break;
    }
    if (head < 0) continue;
    // An ordinary word at the start of a sentence does not begin a name (`Бұл ұйым`, `Дәл осы жерде
    // ұйымның`); a known name or an acronym there does.
    if (sentenceInitial.has(i) && !first.acronym && !known[i] && !isCityAdjective(first.text, lang)) continue;
    let end = head + 1;
    // Genitive complements in capitals: `… центр Республики Казахстан`.
    if (grammar.capitalisedComplements) {
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
  const grammar = languagePack(lang).names;
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
  // A word with an adjective ending after a title is the start of an office or body
  // (`депутат Первой Государственной думы`), not a name; surnames in -ский/-ская are names.
  const adjectival = (k: number): boolean =>
    !!grammar.adjective &&
    grammar.adjective.test((tokens[k] as Token).text.toLowerCase()) &&
    !isSurnameShape(tokens[k] as Token);
  // A surname ends a name (`Айдын Айымбетов Халықаралық …`); a patronymic does not.
  const ended = (x: number) => isSurnameShape(tokens[x] as Token) && !PATRONYMIC.test((tokens[x] as Token).text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i]) continue;
    // Name + title after it: `Esen Buqa Khan`, `Қасым хан`, `Касым-хан`.
    // A word with a case ending (`Жиынға`) is not the start of a name before a title.
    // (Tested only for a usable word: the case-ending expression is the costlier test.)
    if (usable(i) && !(grammar.hasCaseEnding?.(t.text) ?? false) && tokens[i - 1]?.text.toLowerCase() !== 'the') {
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
    // Where titles are capitalised (`President Roosevelt`, not `the general of`), one in lower case
    // stands before a name of two or more words (`the historian Ata-Malik Juvaini`).
    const lowerTitle = grammar.capitalisedTitles && !t.capitalized && usable(i + 1) && usable(i + 2) && adjacent(i + 2);
    if (
      isPersonTitle(t.key, lang) &&
      !usable(i) &&
      !cueType(t.key, lang) &&
      (!grammar.capitalisedTitles || t.capitalized || lowerTitle)
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

// Documents are found in every text whatever its language: texts quote each other's acts.
const DOC_PATTERNS = ALL_PACKS.flatMap((p) => p.names.documentNumbers);
// Numbered decrees and laws: `Decree No. 409`, `Указ № 409`, `№ 409 Жарлық`.
const NUMBERED_ACTS = ALL_PACKS.flatMap((p) => p.names.numberedActs);

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
  for (const act of NUMBERED_ACTS) {
    const re = act.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const { kind, number, name } = act.read(m);
      // Without the issuing body the number alone is the identity within the text's country.
      out.push({ start: m.index, end: m.index + m[0].length, id: `document:${kind}-${number}`, name });
    }
  }
  return out;
}

const QUOTED = /[«“"]([\p{Lu}\d][^«»“”"\n]{0,60}?)[»”"]/gu;
const titleCue = titleCueType;

/**
 * Quoted titles named as such: `the memoir "Virgin Lands"`, `газета «Қазақ»`, `«Абай жолы»
 * эпопеясын`, `монумент «Байтерек»`. The title (without its quotes) is the name; the cue noun types it.
 */
export function findQuotedTitles(
  text: string,
  lang: Language,
): Array<{ start: number; end: number; type: EntityType; cue?: string }> {
  const out: Array<{ start: number; end: number; type: EntityType; cue?: string }> = [];
  const cueAfter = languagePack(lang).names.quotedTitleCueAfter;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] as string;
    const start = m.index + 1;
    const end = start + inner.length;
    const before = /([\p{L}-]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    // Where the cue follows, it may stand behind an adjective (`«Мир» орбиталық станциясы`).
    const after = /^[\s\u00a0]*([\p{L}-]+)(?:[\s\u00a0]+([\p{L}-]+))?/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 40),
    );
    // A body's noun counts only where the language puts it (`Біздің компания «Шымкент Сити» қалашығы`
    // is a quarter the company builds).
    const beforeType = titleCue(before);
    const afterWord = titleCue(after?.[1]) ? after?.[1] : titleCue(after?.[2]) ? after?.[2] : undefined;
    const useBefore = !cueAfter || (!afterWord && beforeType !== 'ORG');
    const type = useBefore ? beforeType : titleCue(afterWord);
    if (type) out.push({ start, end, type, cue: (useBefore ? before : afterWord) as string });
  }
  const apposition = languagePack(lang).names.titleApposition;
  if (!apposition) return out;
  // Titles in apposition, merged into the quoted ones in text order (they never overlap one: no quotes).
  const more: typeof out = [];
  apposition.lastIndex = 0;
  for (let m = apposition.exec(text); m; m = apposition.exec(text)) {
    const type = titleCue(m[1]);
    if (!type) continue;
    const name = m[2] as string;
    const end = m.index + m[0].length;
    more.push({ start: end - name.length, end, type, cue: m[1] as string });
  }
  if (more.length === 0) return out;
  return [...out, ...more].sort((a, b) => a.start - b.start);
}

/**
 * Names whose head is capitalised and whose complement is not, in languages that have them
 * (`NameGrammar.complements`): `Министерство финансов`, `Агентство по статистике`, `Декларация
 * принципов …`, `Министерство иностранных дел Республики Казахстан`. Up to three lower-case words
 * in the genitive (or after a preposition), then at most two capitalised words.
 */
export function findComplementNames(text: string, tokens: Token[], lang: Language, taken: Uint8Array): Candidate[] {
  const grammar = languagePack(lang).names.complements;
  if (!grammar) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (taken[i] || !head.capitalized || head.acronym) continue;
    const type = cueType(head.key, lang);
    if (!type || type === 'PLACE') continue;
    let k = i + 1;
    const preposition = grammar.preposition.test(tokens[k]?.text ?? '') && spaced(text, tokens, k);
    if (preposition) k++;
    const from = k;
    while (k < tokens.length && k - from < 3 && spaced(text, tokens, k)) {
      const t = tokens[k] as Token;
      if (t.capitalized || t.numeric || grammar.verbShape.test(t.text)) break;
      if (!preposition && !grammar.genitiveWord.test(t.text)) break;
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
