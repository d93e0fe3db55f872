/** How Kazakh builds names (see `NameGrammar`). */
import { actAsWritten } from '../acts.ts';
import type { NameGrammar } from '../types.ts';

// Locative, dative and ablative endings: `Астанада`, `Кеңеске`, `Мәскеуден`.
const OBLIQUE = /\p{Ll}(?:да|де|та|те|нда|нде|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$/u;
const ACCUSATIVE = /\p{Ll}(?:ты|ті|ды|ді|ны|ні)$/u;
const INSTRUMENTAL = /(?:мен|бен|пен)$/;
// Participles and converbs (`мойындаған`, `қабылдап`).
const VERB = /(?:ған|ген|қан|кен|ып|іп|еді|ады|еді|атын|етін)$/;
// A Kazakh surname takes its case ending at the end of the whole name (`Құрманбек Бақиевтің`);
// the name itself is the bare form.
const SURNAME_CASE =
  /(ов|ев|ин|ын|ова|ева|ина|ына|ұлы|қызы)(?:тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|мен|пен|бен|нан|нен|дан|ден|тан|тен|нда|нде|да|де|та|те)$/u;

export const names: NameGrammar = {
  connectors: new Set(['және']),
  joins: () => true,
  // Kazakh names end with their head (`Қауіпсіздік Кеңесі`), and exactly there: `Кеңеске Қытай …`
  // is "to the Council, China …".
  cueHead: 'last',
  endsAtCue: true,
  keepsSentenceInitialPair: false,
  lowercaseHeads: {
    // `Астанада ЕҚЫҰ-ның саммиті`: a word in the locative, dative or ablative is the setting, not the name.
    startsName: (word, _acronym, known) => !(OBLIQUE.test(word) || (!known && ACCUSATIVE.test(word))),
    innerWord: (word) => !OBLIQUE.test(word),
    // A place word after an unknown name (`Шыңғыс тауы`, `Ақсу өзені`) makes a place; after a known
    // one (`Семей қаласы`) it only repeats what the gazetteer found.
    placeHeads: true,
    rejectsHead: (word) => INSTRUMENTAL.test(word),
    mayPrecedeHead: (word) => !(VERB.test(word) || OBLIQUE.test(word)),
    capitalisedComplements: false,
  },
  hasCaseEnding: (word) => OBLIQUE.test(word) || ACCUSATIVE.test(word),
  acronymIntroducers: ['бұдан әрі\\s*[–—-]?'],
  // `саммиті` is reached by Russian's `саммит…`.
  summitWords: [],
  capitalisedTitles: false,
  surnames: {
    latin: ['uly', 'ulu', 'kyzy', 'qyzy'],
    cyrillic: ['ұлы', 'улы', 'қызы', 'кызы'],
    caseEndings: [
      'тың',
      'тің',
      'дың',
      'дің',
      'ның',
      'нің',
      'қа',
      'ке',
      'ға',
      'ге',
      'та',
      'те',
      'да',
      'де',
      'ты',
      'ті',
      'ды',
      'ді',
      'ны',
      'ні',
      'мен',
      'пен',
      'бен',
      'тан',
      'тен',
      'нан',
      'нен',
      'дан',
      'ден',
    ],
    // `Тоқтар Оңғарбайұлы Әубәкіров`: the father's name + ұлы/қызы.
    patronymics: ['ұлы', 'улы', 'қызы', 'кызы'],
  },
  // Titles written after the name: `Қасым хан`, `Төле би`, `Қабанбай батыр`.
  titlesAfterName: ['хан', 'би', 'батыр'],
  hyphenatedTitles: [],
  // `Құрманғазы атындағы консерватория`.
  namedAfter: { after: ['атындағы'] },
  personName: (name) => name.replace(SURNAME_CASE, '$1'),
  quotedTitleCues: [
    [/^(?:ескерткіш|кесене)/u, 'PLACE'],
    [/^(?:заң|жарғы)/u, 'DOCUMENT'],
    [/^(?:кітаб|кітап|дастан|өлең|ән|әні|кеме)/u, 'WORK'],
    // A body named in quotes (`«Ертіс» футбол клубы`, `«Нұр Отан» партиясы`): the body, not the river or the place.
    // Always with the possessive ending (`партиясының`, `клубы`), so `командалық` is no team.
    [
      /^(?:(?:клуб|банк)[ыі]|(?:партия|компания|корпорация|команда|телеарна)(?:сы|лары)|(?:концерн|холдинг)і|(?:қор|қоғам|қозғалыс)ы|баспасы|агенттігі|серіктестігі)\p{L}*$/u,
      'ORG',
    ],
  ],
  // `«Абай жолы» эпопеясы`, sometimes behind an adjective (`«Мир» орбиталық станциясы`).
  quotedTitleCueAfter: true,
  documentNumbers: [/(\d{1,3}\/\d{1,4})\s+қарар\p{L}*/gu],
  numberedActs: [
    actAsWritten(
      /№\s*(\d{1,5})\s+(Жарлы\p{L}*|Заң\p{L}*|Қаулы\p{L}*|Бұйры\p{L}*)/gu,
      { жарлы: 'decree', заң: 'law', қаулы: 'resolution', бұйры: 'order' },
      2,
      1,
    ),
  ],
};
