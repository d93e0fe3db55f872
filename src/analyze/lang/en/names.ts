/** How English builds names (see `NameGrammar`). */
import type { NameGrammar } from '../types.ts';

export const names: NameGrammar = {
  connectors: new Set(['of', 'for', 'on', 'and', 'in', 'against', 'the', 'de', 'to']),
  // A bare `the` joins nothing (`Battle of Britain the Royal Air Force`); `X and the Y` lists two
  // names, `X of A and B` is one.
  joins: (seen, joined) =>
    !(seen.length === 1 && seen[0] === 'the') && !(seen.includes('and') && (seen.length > 1 || !joined)),
  // `… Treaty Organization`.
  cueHead: 'last',
  endsAtCue: false,
  keepsSentenceInitialPair: true,
  // `St. Michael`, `Saint Nicholas`: the abbreviation's dot is no end of the name.
  saintPrefixes: /(?<![\p{L}\p{N}])(?:St\.|St|Saint|Ste\.|Sts\.)[ \u00a0]$/u,
  // `Al-Farabi Kazakh National University`, `Gumilyov Eurasian National University`.
  personOpensBodyName: true,
  acronymIntroducers: ['hereafter', 'hereinafter'],
  summitWords: ['summit'],
  capitalisedTitles: true,
  // English writes the surnames of the other languages in transliteration (see ru, kk).
  surnames: { latin: [], cyrillic: [], caseEndings: [], patronymics: [] },
  // Titles of Kazakh and Central Asian history as English writes them: `Kasym Khan`, `Kasym-khan`.
  titlesAfterName: ['khan', 'bi', 'batyr'],
  hyphenatedTitles: ['khan'],
  quotedTitleCues: [
    [/^(?:monument|memorial|mausoleum)/u, 'PLACE'],
    [/^(?:code|charter|law)/u, 'DOCUMENT'],
    [/^(?:novel|poem|epic|book|newspaper|journal|magazine|memoir|film|opera|song|spacecraft|spaceship|ship)/u, 'WORK'],
    [/^(?:station)/u, 'PLACE'],
    // A body named in quotes (`the club "Irtysh"`): the body, not the river or the place its name is.
    [/^(?:club|party|company|corporation|firm|bank|foundation|movement|publisher|agency|team|band)s?$/u, 'ORG'],
  ],
  // `the novel "…"`.
  quotedTitleCueAfter: false,
  // `the newspaper Qazaq`, `the party Nur Otan` (up to four capitalised words).
  titleApposition:
    /\b[Tt]he[ \u00a0]+(\p{Ll}+)[ \u00a0]+(\p{Lu}[\p{L}\p{N}.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.&-]*){0,3})/gu,
  documentNumbers: [
    /\b(?:UN(?:SC|GA)?\s+)?[Rr]esolutions?\s+(?:No\.?\s*)?(\d{1,3}\/\d{1,4}|\d{3,4})\b/gu,
    /\bUNSCR\s+(\d{3,4})\b/gu,
  ],
  numberedActs: [
    {
      pattern: /\b(Decree|Law|Order|Resolution)\s+(?:No\.?|№|#)\s*(\d{1,5})\b/gu,
      read: (m) => ({
        kind: (m[1] as string).toLowerCase(),
        number: m[2] as string,
        name: `${m[1] as string} No. ${m[2] as string}`,
      }),
    },
  ],
};
