/**
 * Words that make a capitalised name an organisation, event, document or work, and the words that
 * introduce a person, gathered from every language pack (`lang/<code>/entity-cues.ts`): texts
 * quote names in the other languages, so all cues apply in every text. Keys are match keys (see
 * inflection.ts), so inflected forms are covered once the base forms are listed; the tables are
 * keyed lazily for each text language.
 */

import { ALL_PACKS } from '../lang/index.ts';
import type { EntityType, Language } from '../types.ts';
import { matchKey } from './inflection.ts';

// The order in which cue types are keyed: a key shared by two types keeps the later one.
const CUE_TYPES = ['PLACE', 'ORG', 'EVENT', 'DOCUMENT', 'WORK'] as const;

const cache = new Map<Language, { cues: Map<string, EntityType>; titles: Set<string>; notNames: Set<string> }>();

function tables(lang: Language) {
  let t = cache.get(lang);
  if (!t) {
    const cues = new Map<string, EntityType>();
    for (const type of CUE_TYPES) {
      for (const pack of ALL_PACKS) for (const w of pack.entityCues.heads[type]) cues.set(matchKey(w, lang), type);
    }
    const titles = ALL_PACKS.flatMap((p) => [...p.entityCues.titles, ...p.entityCues.occupations]);
    t = {
      cues,
      titles: new Set(titles.map((w) => matchKey(w, lang))),
      notNames: new Set(ALL_PACKS.flatMap((p) => p.entityCues.notNames).map((w) => matchKey(w, lang))),
    };
    cache.set(lang, t);
  }
  return t;
}

export function cueType(key: string, lang: Language): EntityType | undefined {
  return tables(lang).cues.get(key);
}

export function isPersonTitle(key: string, lang: Language): boolean {
  return tables(lang).titles.has(key);
}

export function isNotName(key: string, lang: Language): boolean {
  return tables(lang).notNames.has(key);
}

// Cue nouns of a title, from every language (`the novel "…"`, `роман «…»`, `«Абай жолы» эпопеясы`). Stems, so inflected forms match.
const TITLE_CUES = ALL_PACKS.flatMap((p) => p.names.quotedTitleCues);

/** The type a title cue noun gives the name it stands beside (`newspaper` → WORK, `клубы` → ORG), if it is one. */
export function titleCueType(word: string | undefined): EntityType | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return TITLE_CUES.find(([re]) => re.test(w))?.[1];
}
