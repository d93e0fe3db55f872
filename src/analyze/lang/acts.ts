/**
 * Numbered acts written in the language's own words (`Указ № 409`, `№ 409 Жарлық`): the kind comes
 * from the act word's stem, the name is the act as written.
 */
import type { NumberedAct } from './types.ts';

/**
 * A numbered act whose `pattern` captures the act word in group `wordGroup` and the number in
 * `numberGroup`; `kinds` maps act-word stems to kinds (`указ` → `decree`), `decree` otherwise.
 */
export function actAsWritten(
  pattern: RegExp,
  kinds: Readonly<Record<string, string>>,
  wordGroup: number,
  numberGroup: number,
): NumberedAct {
  return {
    pattern,
    read(m) {
      const word = (m[wordGroup] as string).toLowerCase();
      const stem = Object.keys(kinds).find((k) => word.startsWith(k));
      return { kind: kinds[stem ?? ''] ?? 'decree', number: m[numberGroup] as string, name: m[0].trim() };
    },
  };
}
