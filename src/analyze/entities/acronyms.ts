/**
 * Acronyms defined in the text: `Organization for Islamic Cooperation (OIC)`, `… (hereafter CICA)`,
 * `… (далее – СВМДА)`, `… (бұдан әрі – АӨСШК)`. Returns the acronym and where its definition ends,
 * so the caller can tie it to the name just before it and then to every bare use later on.
 */
import { ALL_PACKS } from '../lang/index.ts';

export interface AcronymDefinition {
  acronym: string;
  /** Offset of the `(`; the defined name ends just before it. */
  open: number;
  start: number;
  end: number;
}

// The words that may introduce the acronym come from every pack (`hereafter`, `далее –`, `бұдан әрі –`).
const INTRODUCERS = ALL_PACKS.flatMap((p) => p.names.acronymIntroducers).join('|');
const DEFINITION = new RegExp(`\\(\\s*(?:${INTRODUCERS})?\\s*([\\p{Lu}][\\p{Lu}\\p{N}&]{1,9})\\s*\\)`, 'gu');

export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    const acronym = m[1] as string;
    const start = m.index + m[0].indexOf(acronym);
    out.push({ acronym, open: m.index, start, end: start + acronym.length });
  }
  return out;
}

/**
 * Whether `acronym` spells the initials of `words`: of the capitalised ones (`OIC` ← Organization
 * for Islamic Cooperation), or of every word but short connectors (`СВМДА` ← Совещание по
 * взаимодействию и мерам доверия в Азии); an acronym inside the name counts whole (`ВСООНЛ`).
 */
export function initialsMatch(acronym: string, words: string[]): boolean {
  const want = acronym.toUpperCase();
  const initial = (w: string) => (/^\p{Lu}{2,}$/u.test(w) ? w : (w[0] ?? ''));
  const capitals = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map(initial)
    .join('');
  if (capitals.toUpperCase() === want) return true;
  const content = words
    .filter((w) => w.length > 2 || /^\p{Lu}/u.test(w))
    .map(initial)
    .join('');
  return content.toUpperCase() === want;
}
