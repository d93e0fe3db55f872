import { parseDateValue, shiftValue } from '../../../time/anchor.ts';
import { single } from '../../../time/build.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { shiftByAmount, shiftByAmountKeepingPrecision } from '../../../time/shift.ts';
import { centuryValue, decadeValue, formatYear, type TimeUnit } from '../../../time/values.ts';
import { AMOUNT, amountOf, OFFSETS, REL_WORD, r, relativeBase, relativeYear, UNIT } from './grammar.ts';
import { key, POSITION_FORMS, UNITS } from './words.ts';

/** Kazakh rules for expressions resolved against the narrative anchor or the document date (later, ago, last year, now). */
export const RELATIVE_RULES: readonly Rule[] = [
  // екі жылдан кейін → the anchor + 2 years, at the anchor's precision
  r(
    'later',
    `${AMOUNT}\\s+${UNIT}\\s+(?:кейін|соң|өткен\\s+соң|өткеннен\\s+кейін|өткен\\s+кезде|өткенде)${END}`,
    (m) => {
      const g = m.groups!;
      if (/^\d{3,}$/.test(g.n ?? '')) return null;
      const unit = UNITS.get(key(g.unit!))!;
      const amount = amountOf(g);
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        const base = ctx.anchor.narrative() ?? ctx.dct;
        if (amount === null || base === undefined) return 'FUTURE_REF';
        return shiftByAmountKeepingPrecision(base, unit, amount) ?? 'FUTURE_REF';
      });
    },
  ),

  // 22 жыл бұрын → dct − 22 years
  r(
    'ago',
    `(?<osy>осыдан\\s+)?${AMOUNT}\\s+(?<unit>жыл|ай|апта|жұма|күн|ғасыр|онжылдық|сағат)\\s+бұрын${END}`,
    (m) => {
      const g = m.groups!;
      const unit = UNITS.get(key(g.unit!))!;
      const amount = amountOf(g);
      // `осыдан` (from now) stays outside the span, as KazNERD marks it.
      const start = m.index + (g.osy?.length ?? 0);
      return single(start, m.index + m[0].length, 'DATE', (ctx) => {
        const base = ctx.dct ?? ctx.anchor.narrative();
        if (amount === null || base === undefined) return 'PAST_REF';
        return shiftByAmount(base, unit, -amount) ?? 'PAST_REF';
      });
    },
    false,
    ['бұрын'],
  ),

  // өткен жылы → dct year − 1; сол жылы → the anchor's year; былтырдан бері, өткен жылмен → dct year − 1
  r(
    'relative period',
    `(?:(?<dw>биыл|былтыр)(?:ғы(?:\\s+(?:жылы|жылғы|жылдың|жылмен|жылға|жылдан|жылды))?|дың|дан|ға|ғымен|мен)?(?:\\s+бері)?|(?<w>${REL_WORD})\\s+(?<u>жылы|жылғы|жылда|жылдың|жылдан|жылға|жылмен|жылғымен|жылды|айда|айы|айында|айдың|айдан|ғасырда|ғасырдың|ғасырдағы|ғасыр|онжылдықта|күні|күнгі))${END}`,
    (m) => {
      const g = m.groups!;
      const word = g.dw ?? g.w!;
      const u = key(g.u ?? 'жыл');
      const unit: TimeUnit = u.startsWith('ай')
        ? 'month'
        : u.startsWith('ғасыр')
          ? 'century'
          : u.startsWith('күн')
            ? 'day'
            : u.startsWith('онжыл')
              ? 'decade'
              : 'year';
      const offset = OFFSETS[key(word)] ?? 0;
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        const base = relativeBase(word, ctx);
        if (unit === 'year') {
          const y = relativeYear(word, ctx);
          return y === undefined ? 'XXXX' : formatYear(y);
        }
        if (unit === 'century' || unit === 'decade') {
          const y = base ? parseDateValue(base)?.year : undefined;
          if (y === undefined) return unit === 'century' ? 'XX' : 'XXX';
          return unit === 'century'
            ? centuryValue(Math.floor((y - 1) / 100) + 1 + offset)
            : decadeValue(y + 10 * offset);
        }
        if (!base) return unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
        return shiftValue(base, unit, offset) ?? (unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX');
      });
    },
  ),

  // жыл басынан бері → this year, START; өткен жылдың соңына дейін → last year, END
  r(
    'part of the year',
    `(?:(?<w>${REL_WORD})\\s+)?(?:жыл|жылдың)\\s+(?<pos>${alternation(POSITION_FORMS.keys())})(?:\\s+(?:бері|дейін|шейін|бастап))?${END}`,
    (m) => {
      const g = m.groups!;
      const pos = POSITION_FORMS.get(key(g.pos!));
      if (pos === 'HALF') return null;
      const word = g.w ?? 'осы';
      return single(
        m.index,
        m.index + m[0].length,
        'DATE',
        (ctx) => {
          const y = relativeYear(word, ctx);
          return y === undefined ? 'XXXX' : formatYear(y);
        },
        pos,
      );
    },
  ),

  // қазір, осы күнге дейін → PRESENT_REF. `әлі күнге дейін` is "still" (KazNERD never marks it, and
  // marks `осы күнге дейін`, `бүгінгі күнге дейін`): not a time.
  r(
    'present',
    `(?:осы\\s+күнге\\s+(?:дейін|шейін)|бүгінге\\s+(?:дейін|шейін)|қазіргі\\s+(?:уақытта|кезде|таңда|күні|күнде|заманда|уақыт|кезең)|бүгінгі\\s+(?:таңда|күн\\p{L}*)|қазіргі|қазір|бүгінде|бүгінгі|бүгіннен|бүгін)${END}`,
    (m) => single(m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF'),
  ),
];
