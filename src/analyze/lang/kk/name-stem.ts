/**
 * The match key of a Kazakh word in a name: case, possessive and plural suffixes removed, so
 * `Астанада` and `Астана` meet (see `entities/inflection.ts`). Over-stripping is harmless as long
 * as gazetteer aliases and text tokens are keyed alike.
 */

// Kazakh suffixes (case, possessive, plural) in their harmony variants; stripped repeatedly.
const KK_SUFFIXES = [
  // Locative + adjectival -ғы/-гі (`Еуропадағы`, `Бішкектегі`, `Астанадағы`).
  'ндағы',
  'ндегі',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  // Comparative -дай/-дей (`Еуропадағыдай`).
  'дай',
  'дей',
  'тай',
  'тей',
  'лары',
  'лері',
  'дары',
  'дері',
  'тары',
  'тері',
  'ларың',
  'лерің',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'нда',
  'нде',
  'да',
  'де',
  'та',
  'те',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'мен',
  'бен',
  'пен',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'сы',
  'сі',
  'ы',
  'і',
  'н',
  'а',
  'е',
].sort((a, b) => b.length - a.length);

/** The Kazakh name stem of a lower-cased word: suffixes peeled off while four letters remain. */
export function kazakhStem(word: string): string {
  let w = word;
  for (let guard = 0; guard < 4; guard++) {
    let cut = false;
    for (const s of KK_SUFFIXES) {
      // Kazakh stems keep four letters: `шарты` → `шарт`, never `шар` (which `шараларының` also reaches).
      if (w.endsWith(s) && w.length - s.length >= 4) {
        w = w.slice(0, -s.length);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return w;
}
