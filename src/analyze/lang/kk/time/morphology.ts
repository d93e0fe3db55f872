/**
 * Kazakh noun inflection as rules, so the word tables list stems only: a stem's plural,
 * third-person possessive and case forms follow from its vowel harmony (back/front) and its last
 * sound (vowel, sonorant, nasal, voiced or voiceless consonant). Enough of the grammar to
 * recognise time words (`жылдың`, `қыркүйегінде`, `жылдардың`, `ғасырлардағы`), not a full analyser.
 */

const VOWELS = 'аәеёиоөуұүыіэюя';
const BACK = 'аоұыя';
const FRONT = 'әеөүіэ';
const SONORANTS = 'лрйу';
const NASALS = 'мнң';
const VOICED = 'зж';

type Sound = 'vowel' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';

function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!;
    if (FRONT.includes(ch)) return true;
    if (BACK.includes(ch)) return false;
  }
  return false;
}

function lastSound(word: string): Sound {
  const ch = word[word.length - 1]!;
  if (ch === 'у' || ch === 'й') return 'sonorant';
  if (VOWELS.includes(ch)) return 'vowel';
  if (SONORANTS.includes(ch)) return 'sonorant';
  if (NASALS.includes(ch)) return 'nasal';
  if (VOICED.includes(ch)) return 'voiced';
  return 'voiceless';
}

/** Picks the back or front variant of a suffix written as `back/front`. */
const h = (front: boolean, pair: string): string => {
  const [back, fr] = pair.split('/') as [string, string];
  return front ? fr : back;
};

/** Case endings after a stem ending in the given sound (before any possessive). */
function caseEndings(front: boolean, sound: Sound): string[] {
  const voiceless = sound === 'voiceless';
  const afterVowel = sound === 'vowel';
  const gen = afterVowel || sound === 'nasal' ? 'ның/нің' : voiceless ? 'тың/тің' : 'дың/дің';
  const dat = voiceless ? 'қа/ке' : 'ға/ге';
  const loc = voiceless ? 'та/те' : 'да/де';
  const abl = sound === 'nasal' ? 'нан/нен' : voiceless ? 'тан/тен' : 'дан/ден';
  const acc = afterVowel ? 'ны/ні' : voiceless ? 'ты/ті' : 'ды/ді';
  const ins = voiceless ? 'пен' : sound === 'voiced' ? 'бен' : 'мен';
  const adj = voiceless ? 'қы/кі' : 'ғы/гі';
  return [gen, dat, loc, abl, acc, adj, loc + '|ғы/гі']
    .map((p) => {
      if (p.includes('|')) {
        const [l, a] = p.split('|') as [string, string];
        return h(front, l) + h(front, a);
      }
      return h(front, p);
    })
    .concat([ins]);
}

/** Case endings after a third-person possessive (the "pronominal n": `-ында`, `-ына`, `-ын`). */
function caseEndingsAfterPossessive(front: boolean): string[] {
  return ['ның/нің', 'на/не', 'нда/нде', 'нан/нен', 'н', 'ндағы/ндегі']
    .map((p) => (p.includes('/') ? h(front, p) : p))
    .concat(['мен']);
}

/** Final к, қ, п become г, ғ, б before a vowel (`қыркүйек` → `қыркүйегі`). */
function voiced(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'к') return stem.slice(0, -1) + 'г';
  if (last === 'қ') return stem.slice(0, -1) + 'ғ';
  if (last === 'п') return stem.slice(0, -1) + 'б';
  return stem;
}

function possessive(stem: string): string {
  const front = isFront(stem);
  return lastSound(stem) === 'vowel' ? stem + h(front, 'сы/сі') : voiced(stem) + h(front, 'ы/і');
}

function plural(stem: string): string {
  const front = isFront(stem);
  const sound = lastSound(stem);
  const ending =
    sound === 'vowel' || stem.endsWith('р') || stem.endsWith('й') || stem.endsWith('у')
      ? 'лар/лер'
      : sound === 'voiceless'
        ? 'тар/тер'
        : 'дар/дер';
  return stem + h(front, ending);
}

export interface FormOptions {
  /** Include plural forms (`жылдар`, `жылдардың`). */
  plural?: boolean;
  /** Include possessive forms (`жылы`, `қыркүйегінде`). */
  possessive?: boolean;
}

/** Every form of a noun stem: bare, with case, possessive + case, plural (+ possessive) + case. */
export function inflect(stem: string, opts: FormOptions = { plural: true, possessive: true }): string[] {
  const front = isFront(stem);
  const forms = [stem, ...caseEndings(front, lastSound(stem)).map((e) => stem + e)];
  if (opts.possessive !== false) {
    const poss = possessive(stem);
    forms.push(poss, ...caseEndingsAfterPossessive(front).map((e) => poss + e));
  }
  if (opts.plural !== false) {
    const pl = plural(stem);
    forms.push(pl, ...caseEndings(front, 'sonorant').map((e) => pl + e));
    if (opts.possessive !== false) {
      const plPoss = pl + h(front, 'ы/і');
      forms.push(plPoss, ...caseEndingsAfterPossessive(front).map((e) => plPoss + e));
    }
  }
  return forms;
}

/** Ordinal of a Kazakh numeral word: `бес` → `бесінші`, `алты` → `алтыншы`. */
export function ordinal(cardinal: string): string[] {
  const front = isFront(cardinal);
  if (lastSound(cardinal) === 'vowel') return [cardinal + h(front, 'ншы/нші')];
  return [cardinal + h(front, 'ыншы/інші')];
}

/** Only the third-person possessive forms of a stem: `басы`, `басында`, `аяғына`. */
export function possessiveForms(stem: string): string[] {
  const poss = possessive(stem);
  return [poss, ...caseEndingsAfterPossessive(isFront(stem)).map((e) => poss + e)];
}

/** Adjective of measure: `күн` → `күндік` (lasting days), `жыл` → `жылдық`, `ай` → `айлық`. */
export function measureAdjective(stem: string): string {
  const front = isFront(stem);
  const sound = lastSound(stem);
  const ending =
    sound === 'vowel' || stem.endsWith('р') || stem.endsWith('й') || stem.endsWith('у')
      ? 'лық/лік'
      : sound === 'voiceless'
        ? 'тық/тік'
        : 'дық/дік';
  return stem + h(front, ending);
}

/** The similative ("about, like") form of a stem: `жыл` → `жылдай`, `апта` → `аптадай`, `сағат` → `сағаттай`. */
export function similative(stem: string): string {
  const front = isFront(stem);
  return stem + (lastSound(stem) === 'voiceless' ? h(front, 'тай/тей') : h(front, 'дай/дей'));
}
