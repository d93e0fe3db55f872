import { ALL_PACKS } from './lang/index.ts';
import type { LanguagePack } from './lang/types.ts';
import type { Language } from './types.ts';

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

/** The one pack of a kind; two such languages need a better rule than the alphabet, so say so at start-up. */
function only(packs: LanguagePack[], what: string): Language {
  const [pack, ...others] = packs;
  if (!pack || others.length > 0) {
    const codes = packs.map((p) => p.code).join(', ') || 'none';
    throw new Error(
      `src/analyze/language.ts tells languages apart by alphabet and needs one ${what} (found: ${codes})`,
    );
  }
  return pack.code;
}

// The language of Latin text, and of Cyrillic text without any language's letters of its own.
const LATIN_LANGUAGE = only(
  ALL_PACKS.filter((p) => p.script === 'latin'),
  'language written in Latin',
);
const PLAIN_CYRILLIC = only(
  ALL_PACKS.filter((p) => p.script === 'cyrillic' && !p.distinctiveLetters),
  'Cyrillic language without letters of its own',
);
// Languages with letters the others lack (Kazakh ә, ғ, қ, ң, ө, ұ, ү, һ, і), in either case.
const MARKED = ALL_PACKS.flatMap((p) =>
  p.script === 'cyrillic' && p.distinctiveLetters
    ? [{ code: p.code, letters: new RegExp(p.distinctiveLetters.source, 'giu') }]
    : [],
);

/**
 * Guesses the language of a text from its alphabet: mostly Latin → the Latin-script language (`en`);
 * Cyrillic with more than 1 % of a language's own letters (Kazakh's `әғқңөұүһі`) → that language,
 * since their share separates kk from ru reliably even in short texts full of Russian loanwords;
 * other Cyrillic → `ru`. Only the first 20 000 characters are read.
 *
 * @example detectLanguage('1991 жылғы 29 тамызда') // 'kk'
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 || latin > cyrillic * 2) return LATIN_LANGUAGE;
  for (const { code, letters } of MARKED) {
    if ((sample.match(letters)?.length ?? 0) / cyrillic > 0.01) return code;
  }
  return PLAIN_CYRILLIC;
}
