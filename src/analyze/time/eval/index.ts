/** Evaluation of the temporal tagger on a folder of gold keys (the public face of `eval/`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimexes } from '../index.ts';
import { parseKey } from './keys.ts';
import { scoreTimexes, type TimexScores } from './score.ts';

export type { GoldDocument, GoldTimex } from './keys.ts';
export { parseKey } from './keys.ts';
export type { Miss, TimexScores } from './score.ts';
export { scoreTimexes } from './score.ts';

/**
 * Tags every `*.key.xml` / `*.tml` document of `dir` in English with its creation date and scores
 * the result. Throws when the folder holds no keys.
 */
export function evaluateCorpus(dir: string): TimexScores {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.key.xml') || f.endsWith('.tml'))
    .sort();
  if (files.length === 0) throw new Error(`${dir}: no *.key.xml or *.tml files`);
  const docs = files.map((f) => parseKey(f, readFileSync(join(dir, f), 'utf8')));
  return scoreTimexes(
    docs,
    docs.map((d) => tagTimexes(d.text, { lang: 'en', dct: d.dct })),
  );
}
