/**
 * Given names (resources/first-names.json): a capitalised word right after one is read as a surname,
 * so `Dana Seitkali` or `Норман Фостер` is a person without a title or a -ов/-ұлы shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../../paths.ts';
import type { Language } from '../types.ts';
import { matchKey } from './inflection.ts';

const FILE = join(RESOURCES_DIR, 'first-names.json');
let names: string[] | undefined;
const keyed = new Map<Language, Set<string>>();

export function isFirstName(key: string, lang: Language): boolean {
  let set = keyed.get(lang);
  if (!set) {
    names ??= (JSON.parse(readFileSync(FILE, 'utf8')) as { names: string[] }).names;
    set = new Set(names.map((n) => matchKey(n, lang)));
    keyed.set(lang, set);
  }
  return set.has(key);
}
