import { single } from '../../../time/build.ts';
import { readAmount } from '../../../time/numbers.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { durationValue } from '../../../time/values.ts';
import type { TimexMod } from '../../../types.ts';
import { AMOUNT, amountOf, NUMW, r, UNIT } from './grammar.ts';
import { AGE_FORMS, APPROX_UNITS, CARDINALS_INFLECTED, key, UNIT_ANY_FORMS, UNITS } from './words.ts';

// `2 – 3 жылда`, `екі-үш күн`: a length given as a range of counts keeps its upper count.
// `екі аптаның ішінде`, `бес жылдан бері`: within, since belong to the span, as KazNERD marks them.
// `соңғы он жылда`, `алғашқы үш күн`: which stretch of that length; part of the span, no mod.
const SPAN_OF_TIME = 'соңғы|алдағы|алғашқы|келесі|кейінгі|бірінші';

/** Text ending in a number: `екі тәулік бойы` counts days, it is not one whole day. */
const AFTER_NUMBER = new RegExp(`(?:\\d|${NUMW})\\s+$`, 'u');

/** Kazakh rules for durations and sets (recurring times). */
export const DURATION_RULES: readonly Rule[] = [
  // үш жыл → P3Y; бір жылдан астам → P1Y MORE_THAN
  r(
    'duration',
    `(?:(?<pre>шамамен|шамасы|кем\\s+дегенде|небәрі|бар\\s+болғаны|жуықтап)\\s+)?(?:(?:${SPAN_OF_TIME})\\s+)?(?:(?:(?:\\d{1,2}|${NUMW})\\s*[-–—]\\s*)?${AMOUNT}\\s+${UNIT}|(?<frac>жарты|ширек)\\s+(?<unit2>${alternation(UNIT_ANY_FORMS.keys())}))(?:\\s+(?<post>астам|аса|артық|аз|кем|жуық|шамасында|дейін))?(?:\\s+(?:ішінде|бері))?${END}`,
    (m, text) => {
      const g = m.groups!;
      const unit = g.unit ? UNITS.get(key(g.unit))! : UNIT_ANY_FORMS.get(key(g.unit2!))!;
      if (/^\d{3,}$/.test(g.n ?? '') && unit === 'year' && key(g.unit!) !== 'жыл') return null;
      const amount0 = amountOf(g);
      // `25 айлық`, `екі мың айлық`: monthly wages counted, not a length of months.
      if (g.unit && key(g.unit) === 'айлық' && (amount0 === null || amount0 > 24)) return null;
      const amount = g.frac ? (key(g.frac) === 'жарты' ? 0.5 : 0.25) : amountOf(g);
      // `бір жыл да толмаған` (not even a year had passed): less than the amount.
      const end = m.index + m[0].length;
      const notFull = !g.post && /^\s+(?:(?:да|де|та|те)\s+)?толма/u.test(text.slice(end, end + 16).toLowerCase());
      const similar = g.unit !== undefined && APPROX_UNITS.has(key(g.unit));
      const q = notFull
        ? 'аз'
        : g.post
          ? key(g.post)
          : g.pre
            ? key(g.pre).replace(/\s+/g, ' ')
            : similar
              ? 'шамамен'
              : undefined;
      const mod: TimexMod | undefined =
        q === 'астам' || q === 'аса' || q === 'артық'
          ? 'MORE_THAN'
          : q === 'аз' || q === 'кем'
            ? 'LESS_THAN'
            : q === 'дейін'
              ? 'EQUAL_OR_LESS'
              : q === 'кем дегенде'
                ? 'EQUAL_OR_MORE'
                : q === 'шамамен' || q === 'шамасы' || q === 'жуық' || q === 'шамасында' || q === 'жуықтап'
                  ? 'APPROX'
                  : undefined;
      return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, unit), mod);
    },
  ),

  // екі жүзден астам жыл → P200Y MORE_THAN; он жылға жуық → P10Y APPROX
  r(
    'more than a number of',
    `(?<n>(?:(?:${NUMW})\\s+)*(?:${alternation(CARDINALS_INFLECTED.keys())}))\\s+(?<post>астам|аса|артық|жуық|таяу)\\s+${UNIT}${END}`,
    (m) => {
      const g = m.groups!;
      // The last number word carries the case ending; the inflected table knows every form.
      const amount = readAmount(g.n!, CARDINALS_INFLECTED, key);
      if (amount === undefined) return null;
      const post = key(g.post!);
      const mod: TimexMod = post === 'жуық' || post === 'таяу' ? 'APPROX' : 'MORE_THAN';
      return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, UNITS.get(key(g.unit!))!), mod);
    },
  ),

  // жыл сайын → SET P1Y
  r(
    'every',
    `(?:(?:әр|әрбір)\\s+)?(?:${AMOUNT}\\s+)?(?<su>жыл|ай|апта|күн|ғасыр)\\s+сайын(?:ғы)?${END}`,
    (m) => {
      const g = m.groups!;
      return single(m.index, m.index + m[0].length, 'SET', durationValue(amountOf(g), UNITS.get(key(g.su!))!));
    },
    false,
    ['сайын'],
  ),

  // тәулік бойы, күні бойы → P1D (the whole of one day; `екі тәулік бойы` is the duration `екі тәулік`)
  r('throughout a day', `(?:тәулік|күні)\\s+бойы(?:на)?${END}`, (m, text) => {
    if (AFTER_NUMBER.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return single(m.index, m.index + m[0].length, 'DURATION', 'P1D');
  }),

  // 79 жастағы → P79Y (an age is a length of years, never a year); 3 жасар, 60 жастан
  r('age', `${AMOUNT}\\s+(?:${alternation(AGE_FORMS)})${END}`, (m) => {
    const amount = amountOf(m.groups!);
    if (amount === null || amount > 130) return null;
    return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, 'year'));
  }),

  // күнделікті → SET P1D (KazNERD marks the daily adjective: `күнделікті тұтынатын`)
  r('daily', `күнделікті${END}`, (m) => single(m.index, m.index + m[0].length, 'SET', 'P1D')),

  // үш жылда бір рет → SET P3Y
  r(
    'once in',
    `(?:${AMOUNT}\\s+)?(?<iu>жылда|айда|аптада|күнде|ғасырда)\\s+(?:бір|екі|үш|төрт|бес|\\d+)\\s+(?:рет|мәрте|мәртебе)${END}`,
    (m) => {
      const g = m.groups!;
      const unit = UNITS.get(key(g.iu!))!;
      return single(m.index, m.index + m[0].length, 'SET', durationValue(amountOf(g), unit));
    },
    false,
    ['рет', 'мәрте'],
  ),

  // жылына екі рет → SET P1Y
  r(
    'per',
    `(?:(?<pu>жылына|айына|аптасына|күніне)\\s+(?:бір|екі|үш|төрт|бес|\\d+)\\s+(?:рет|мәрте|мәртебе)|(?:әр|әрбір)\\s+(?<eu>жылы|айда|аптада|күні))${END}`,
    (m) => {
      const w = key(m.groups!.pu ?? m.groups!.eu!);
      const value = w.startsWith('жыл') ? 'P1Y' : w.startsWith('ай') ? 'P1M' : w.startsWith('апта') ? 'P1W' : 'P1D';
      return single(m.index, m.index + m[0].length, 'SET', value);
    },
  ),
];
