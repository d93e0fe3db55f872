/**
 * What a language pack holds: everything the analysers need to know about one language, as data
 * where it can be and as small functions where it must. `lang/index.ts` maps each code of
 * `domain/languages.ts` to its pack, so a new language that leaves a field out does not compile.
 */
import type { Language } from '../../domain/languages.ts';
import type { TimeLanguage } from '../time/rule.ts';
import type { EntityType, TimexMod } from '../types.ts';

/**
 * Words that type a capitalised name, and words around people's names. Written as they appear in
 * names (base forms; the match key of `entities/inflection.ts` reaches the inflected ones). Every
 * language's cues apply in every text, since texts quote names from the other languages.
 */
export interface EntityCues {
  /** Head words of organisations, places, events, documents and works (`Council`, `Кеңесі`). */
  heads: Record<Exclude<EntityType, 'PERSON'>, readonly string[]>;
  /** Titles and offices before a person's name (`President`, `академик`). */
  titles: readonly string[];
  /** Occupations and ranks that also stand before a name (`британ сәулетшісі Норман Фостер`). */
  occupations: readonly string[];
  /** Capitalised words that never start or end a name: pronouns, determiners, sentence adverbs. */
  notNames: readonly string[];
}

/** A numbered act (`Decree No. 409`, `Указ № 409`, `№ 409 Жарлық`) as a document entity. */
export interface NumberedAct {
  /** A global regular expression for the act with its number. */
  pattern: RegExp;
  /** The act's kind (`decree`, `law`), number and name, from a match of `pattern`. */
  read(m: RegExpExecArray): { kind: string; number: string; name: string };
}

/**
 * Names whose head noun is written in lower case: `Алматинский акт`, `Национальный ядерный центр
 * Республики Казахстан`, `Ыстамбұл саммиті`. A capitalised start, at most two lower-case words,
 * then the head.
 */
export interface LowercaseHeadGrammar {
  /** Whether a capitalised word may begin such a name; `known` when the gazetteer matched it. */
  startsName(word: string, acronym: boolean, known: boolean): boolean;
  /** Whether a later capitalised word of the name is free of case endings (only the head takes one). */
  innerWord(word: string): boolean;
  /** Whether a place word after a name the gazetteer does not know makes a place (`Шыңғыс тауы`). */
  placeHeads: boolean;
  /** Whether a cue word in this form cannot head the name (the instrumental `кеңесімен`). */
  rejectsHead(word: string): boolean;
  /** Whether a lower-case word that is not the head may stand between the name and its head. */
  mayPrecedeHead(word: string): boolean;
  /** Whether capitalised genitive complements follow the head (`… центр Республики Казахстан`). */
  capitalisedComplements: boolean;
}

/**
 * Names whose head is capitalised and whose complement is not: `Министерство финансов`,
 * `Агентство по статистике`.
 */
export interface ComplementGrammar {
  /** The prepositions that may open the complement (`по`, `о`). */
  preposition: RegExp;
  /** A lower-case word in the genitive. */
  genitiveWord: RegExp;
  /** A word shaped like a verb, which ends the complement. */
  verbShape: RegExp;
}

/** How the language builds names: the per-language parts of `entities/patterns.ts`. */
export interface NameGrammar {
  /** Lower-case words that join the words of one name (`of`, `по`, `және`). */
  connectors: ReadonlySet<string>;
  /**
   * Whether the connectors `seen` between two capitalised chunks still make one name; `joined` is
   * true when an earlier connector already joined this name (`X of A and B` is one name).
   */
  joins(seen: readonly string[], joined: boolean): boolean;
  /** Where the cue word stands: first (`Организация Объединённых Наций`) or last (`Security Council`). */
  cueHead: 'first' | 'last';
  /** Whether a name ends exactly at its cue word (Kazakh: `Кеңеске Қытай …` is "to the Council, China …"). */
  endsAtCue: boolean;
  /**
   * Whether a two-word cue name at the start of a sentence is kept; in Russian and Kazakh it is
   * usually an ordinary capitalised word before a cue noun.
   */
  keepsSentenceInitialPair: boolean;
  /**
   * Whether a known person opening a run of capitalised words before a body's head is part of its
   * name (`Al-Farabi Kazakh National University`); where a subject stands right before a name
   * (`Тоқаев Ассамблеяның сессиясында`, `сообщил Лавров Генассамблее`) it is not.
   */
  personOpensBodyName?: boolean;
  /** Names with a lower-case head; absent when the language capitalises the words of a name. */
  lowercaseHeads?: LowercaseHeadGrammar;
  /** Names with a capitalised head and a lower-case complement; absent when the language has none. */
  complements?: ComplementGrammar;
  /** Adjective endings: an adjective after a title starts an office or body, not a name. */
  adjective?: RegExp;
  /** Adjectives made from city names (`Ташкентский`), which may start a name at a sentence start. */
  cityAdjective?: RegExp;
  /** Whether a word carries a case ending, so it does not start a name before a title (`Жиынға`). */
  hasCaseEnding?(word: string): boolean;
  /**
   * Whether titles before a name are capitalised (`President Roosevelt`, not `the general of`); a
   * lower-case title then stands only before a name of two or more words.
   */
  capitalisedTitles: boolean;
  /**
   * The words that make a name part of a body named after it (`школа имени Абая`, `Абай атындағы
   * мектеп`): the name there is a word of the body's name, not a mention of the person or place.
   */
  namedAfter?: { before?: readonly string[]; after?: readonly string[]; notAfter?: readonly string[] };
  /** Words before a saint's name that belong to the name (`St. Michael`, `Saint Sophia`), matched as written. */
  saintPrefixes?: RegExp;
  /**
   * Shapes of people's names, as regular expression alternatives: surname endings written in
   * Latin (`ov`, `uly`) and Cyrillic (`ов`, `ұлы`), the case endings a Cyrillic surname may carry
   * (`тың`, `ым`), patronymic endings (`ович`, `қызы`). Every pack's shapes apply in every text.
   */
  surnames: {
    latin: readonly string[];
    cyrillic: readonly string[];
    caseEndings: readonly string[];
    patronymics: readonly string[];
  };
  /** Titles written after a name (`Қасым хан`, `Төле би`, `Kasym Khan`), lower-cased. */
  titlesAfterName: readonly string[];
  /** Titles joined to a name by a hyphen (`Касым-хан`), lower-cased. */
  hyphenatedTitles: readonly string[];
  /** Words that introduce an acronym in brackets (`(hereafter CICA)`, `(далее – СВМДА)`), as regular expression alternatives. */
  acronymIntroducers: readonly string[];
  /** Words for a summit (`summit`, `саммит\p{L}*`), as regular expression alternatives, matched without case. */
  summitWords: readonly string[];
  /** A person's name as written, reduced to its base form (a Kazakh surname loses its case ending). */
  personName?(name: string): string;
  /** Cue nouns next to a quoted title (`the novel "…"`, `«Абай жолы» эпопеясы`), as stems. */
  quotedTitleCues: ReadonlyArray<readonly [RegExp, Exclude<EntityType, 'PERSON'>]>;
  /** Whether the cue noun follows the quoted title rather than preceding it. */
  quotedTitleCueAfter: boolean;
  /**
   * A title named without quotes, in apposition to its cue noun (`the newspaper Qazaq`, `the party
   * Nur Otan`): a global expression whose group 1 is the cue noun and group 2 the name.
   */
  titleApposition?: RegExp;
  /** UN documents by number (`resolution 64/35`); group 1 is the number. Global expressions. */
  documentNumbers: readonly RegExp[];
  numberedActs: readonly NumberedAct[];
}

/** Words that say what a number counts or ranks, as regular expression alternatives of whole words. */
export interface ClaimWords {
  /** Superlatives (`largest`, `крупнейш\p{L}*`, `ең`). */
  superlatives: readonly string[];
  /** Words near an ordinal that make it a rank (`девятая по величине`); `before`: they may also precede it (`әлемдегі тоғызыншы`). */
  rankContext?: { words: readonly string[]; before: boolean };
  /** Shares in words and their values alone and after a number above one (`third` 33.3, `two thirds` 66.7). */
  fractions: ReadonlyArray<readonly [string, number, number]>;
  /** A half (`half`, `половин\p{L}*`): 50 %. */
  half: readonly string[];
  percent: readonly string[];
  /** Currency words (symbols are every language's). */
  currencies: readonly string[];
  /** The country in a currency's name (`US dollars`, `АҚШ долларына`). */
  currencyCountries: readonly string[];
  areaUnits: readonly string[];
  /** Words for people, whose number is a population. */
  people: readonly string[];
  /** `square` and `kilometre` words, which together make an area (`square kilometres`, `шаршы шақырым`). */
  square: readonly string[];
  kilometre: readonly string[];
  /** Superlatives that rank nothing alone (`most`, `ең` stand before an adjective). */
  superlativeModifiers: readonly string[];
  /** "in the world" after a superlative (`largest … in the world`, `в мире`), as alternatives of a phrase. */
  inTheWorld: readonly string[];
  /** A partitive before a number (`of the 456 tests, 116 …`): its preposition and what follows it. */
  partitive: { prepositions: readonly string[]; objects: readonly string[] };
  /** Function words that end the noun phrase after a number or rank (`of`, `the`, `и`). */
  functionWords: readonly string[];
  /** Endings of an adjective between a number and its noun (`130 ядерных испытаний`). */
  adjectiveEndings: readonly string[];
  /** Words right after a number that are never what it counts (`и`, `из`, `және`). */
  notCounted: readonly string[];
  /** What makes a sentence worth reading for claims besides a digit, as a regular expression source. */
  trigger: string;
}

/** Number words for claims (`five`, `пятью`, `бестен`), with the reading each language needs. */
export interface NumberWords {
  /** The value of a lower-cased cardinal word, inflected or not (`five`, `пятью`, `бестен` → 5). */
  cardinal(lower: string): number | undefined;
  /** The value of a lower-cased ordinal word (`ninth`, `девятая`, `тоғызыншы` → 9). */
  ordinal(lower: string): number | undefined;
  /** Endings of ordinals written in digits, as a regular expression source (`st|nd|rd|th`, `-?(?:й|я)`). */
  digitOrdinalEnding: string;
  /** Scale words after a number (`million`, `млн`, `мың`). */
  scales: Readonly<Record<string, number>>;
  /** Stems of scale words that decline (`миллион` in `миллиона`, `миллионнан`). */
  scaleStems: Readonly<Record<string, number>>;
  /** Words before a number that qualify it (`over 130`, `более 130`, `шамамен 130`). */
  modifiersBefore: Readonly<Record<string, TimexMod>>;
  /** Words after a number that qualify it (`130-дан астам`). */
  modifiersAfter: Readonly<Record<string, TimexMod>>;
  /** Units of time as regular expression sources: a number before one is a duration, never a count. */
  timeUnits: readonly string[];
  /**
   * Number words that give an order of magnitude, not a figure (`tens of thousands`, `десятки
   * тысяч`, `он мыңдаған`), as regular expression sources matched against a whole lower-cased
   * word: a claim with one is approximate, and never disagrees with another figure.
   */
  vagueNumerals: readonly string[];
  /**
   * Where counted nouns are marked plural (`130 nationalities`), the shape of one: the claim's unit
   * is then the first plural noun within five words. Without, the next lower-case word (`130 этносов`).
   */
  pluralNoun?: (word: string) => boolean;
  /** Words around numbers in claims, as regular expression alternatives; every pack's apply in every text. */
  claimWords: ClaimWords;
  /** Shares written as a denominator in a case and a numerator (`үштен бірі`, one of three). */
  shares?: {
    /** The case ending of the denominator (`үштен`). */
    denominator: RegExp;
    /** Numerator stems and their values (`бір` → 1). */
    numerators: ReadonlyArray<readonly [RegExp, number]>;
  };
}

/** How sentences refer back and join: for events (`events/`) and for repairing line breaks (`ingest/mend.ts`). */
export interface Discourse {
  /** A regular expression source for "the country", the text's own (`the country`, `страна`, `ел`), with its word boundaries. */
  countryReference: string;
  /** Demonstratives that, opening a sentence before a common noun, refer back (`This`, `Бұл`), as alternatives. */
  demonstratives: readonly string[];
  /** Words after a suspended hyphen (`Russian- and English-speaking`), which a line-break repair never glues on. */
  afterSuspendedHyphen: readonly string[];
  /**
   * Lower-case words that open a sentence or clause and never begin a name (`также`, `сондай-ақ`,
   * `also`), so a capitalised one is cut off the name it was glued to (`Также Лукашенко`).
   */
  nameOpeners: readonly string[];
  /**
   * A capitalised oblique-case adjective right before a lower-case noun (`Меньшей орды`): not a name
   * on its own. `oblique` matches the adjective's ending, `verbLike` a next word that makes it a
   * subject instead (`Толстой написал`). `descriptive` matches the adjectives of size, age, rank and
   * direction (`Большой`, `Младшей`, `Средней`) in any case form: before a noun they are never a name
   * alone however sure the model is (`Казахи Большой орды` read `Большой` as an organisation at 0.68).
   * Absent where the grammar has no such trap.
   */
  adjectiveBeforeNoun?: { oblique: RegExp; verbLike: RegExp; descriptive?: RegExp };
  /** How a clause frames its date, for event confidence (`events/confidence.ts`). */
  dateFrames: DateFrames;
  /** Conjunctions that open a clause cut from a sentence (`and`, `а`, `ал`): a description drops them. */
  clauseConjunctions: readonly string[];
  /** Words that open a subordinate clause (`which`, `который`): such a clause is no description on its own. */
  subordinators: readonly string[];
  /**
   * Labels of a page's credit lines, in small letters (`source`, `источник`, `дереккөз`, `photo`):
   * a line that opens with one and a colon (`Источник: Казахстанская правда, 15 мая 2019 года`) says
   * where the article comes from, so its date is no event.
   */
  creditLabels: readonly string[];
}

/**
 * Regular expression sources (Unicode, case-insensitive) read against a date's clause: the clause
 * text before the date, the date's own text and the word after it, joined as they stand.
 */
export interface DateFrames {
  /** A "since" boundary (`since 1999`, `с 1999 года`, `1999 жылдан бері`): the start of a state, or another happening's date. */
  since: string;
  /** An "until" boundary (`until 1991`, `до 1991 года`, `1991 жылға дейін`). */
  until: string;
  /** In a relative date's own text: an anchor that is a happening, not a date (`after independence`, `после распада`). */
  anchoredOnHappening: string;
  /** In a relative date's own text: a span of time with no calendar unit (`the same period`, `в тот период`). */
  vaguePeriod: string;
  /** In a relative date's own text: a hedged offset (`almost three years`, `около двух лет`). */
  hedge: string;
}

/** The scripts our languages are written in. */
export type Script = 'latin' | 'cyrillic';

/** Kinds of happening a clause can name, shared by every language (`events/identity.ts`). */
export type EventKind =
  | 'announcement'
  | 'adoption'
  | 'chairmanship'
  | 'closure'
  | 'deployment'
  | 'election'
  | 'founding'
  | 'handover'
  | 'meeting'
  | 'observance'
  | 'signing'
  | 'summit'
  | 'test'
  | 'visit';

/**
 * The words that name each kind of event, lower-cased word starts (`detonat` for detonated,
 * detonation); a stem with a space matches as a phrase. Only the kind ids are compared across
 * languages, never the words.
 */
export type EventKindWords = Readonly<Partial<Record<EventKind, readonly string[]>>>;

export interface LanguagePack {
  code: Language;
  /** The script the language is written in. */
  script: Script;
  /**
   * Which language reads a word written in another script: a Cyrillic word in an English text is
   * stemmed as Russian, a Latin word in a Kazakh text as English.
   */
  otherScripts: Partial<Record<Script, Language>>;
  /**
   * Letters that, among our languages, only this one has; a word with one is searched as this
   * language's whatever the text (`Қазақстан` in a Russian text).
   */
  distinctiveLetters?: RegExp;
  /** Words that end with a dot without ending the sentence (`г`, `т.б`, `e.g`), lower-cased. */
  abbreviations: readonly string[];
  entityCues: EntityCues;
  names: NameGrammar;
  numbers: NumberWords;
  discourse: Discourse;
  /** Words naming kinds of event, for telling whether statements in different languages tell of one happening. */
  eventKinds: EventKindWords;
  /** The match key of a lower-cased word in a name, its inflection removed (`entities/inflection.ts`). */
  nameStem(lower: string): string;
  /** The search stem of a folded word (`search/analyzer.ts`). */
  searchStem(folded: string): string;
  /** Function words a search ignores, folded (`ё` → `е`). */
  stopWords: readonly string[];
  /** Time words and rules for the temporal engine (`lang/<code>/time/`, run by `time/engine.ts`). */
  time: TimeLanguage;
}
