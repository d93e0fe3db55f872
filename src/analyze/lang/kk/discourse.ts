/** How Kazakh sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';
import { stopWords } from './stop-words.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:ел|елі|еліміз\\p{L}*|елдің|елге)(?!\\p{L})',
  demonstratives: ['Бұл', 'Осы', 'Аталған', 'Мұндай'],
  afterSuspendedHyphen: ['және', 'мен', 'бен', 'пен', 'немесе'],
  dateFrames: {
    since: '(?:дан|ден|тан|тен|нан|нен)\\s+(?:бастап|бері)(?!\\p{L})',
    until: '(?:ға|ге|қа|ке|на|не)\\s+дейін(?!\\p{L})',
    // `тәуелсіздіктен кейін` is anchored on a happening; `төрт жылдан кейін`, `содан кейін` are not.
    anchoredOnHappening:
      '(?<!(?<!\\p{L})(?:(?:жыл|ай|күн|апта|ғасыр)\\p{L}{0,3}|со|о|бұ|мұ))(?:нан|нен|дан|ден|тан|тен)\\s+(?:кейін|бұрын|соң)(?!\\p{L})',
    vaguePeriod:
      '(?<!\\p{L})(?:кезең\\p{L}*|уақыт\\p{L}*|тұс\\p{L}*|заман\\p{L}*)(?!\\p{L})|(?<!\\p{L})(?:сол|осы|бұл)\\s+(?:жылдары|айларда|күндері)(?!\\p{L})',
    hedge: '(?<!\\p{L})(?:шамамен|жуық|астам|кем|аса|таяу)(?!\\p{L})',
  },
  clauseConjunctions: ['сондай-ақ', 'және', 'ал', 'бірақ', 'алайда', 'әрі', 'немесе', 'ендеше'],
  subordinators: ['яғни', 'себебі', 'өйткені'],
  creditLabels: [
    'дереккөз',
    'дереккөздер',
    'сурет',
    'суреттер',
    'фото',
    'автор',
    'авторы',
    'редактор',
    'аударған',
    'аударма',
    'жарияланды',
    'жаңартылды',
    'қаралды',
    'тел',
    'телефон',
    'e-mail',
  ],
  nameOpeners: [
    ...`сондай-ақ алайда бірақ кейін содан сонымен және мен осы бұл ал тағы енді бүгін кеше ертең сол
    себебі өйткені әрине яғни ендеше`
      .split(/\s+/)
      .filter(Boolean),
    // Function words never open a name either.
    ...stopWords,
  ],
};
