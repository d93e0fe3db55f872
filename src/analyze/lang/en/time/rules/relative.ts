/** English rules for dates relative to the narrative or the document date, and references to the present. */

import { parseDateValue, shiftKeepingPrecision, shiftValue } from '../../../../time/anchor.ts';
import { newsDay, weekValue } from '../../../../time/days.ts';
import type { Resolved, Rule } from '../../../../time/rule.ts';
import { durationValue, formatYear, type TimeUnit } from '../../../../time/values.ts';
import type { TimexMod } from '../../../../types.ts';
import { isInName } from '../guards.ts';
import { COUNT, QUANTITY_PREFIX, UNIT } from '../patterns.ts';
import { clauseTense } from '../tense.ts';
import { DAY_PARTS, ORDINAL_WORDS, RECENT_UNITS, REFERENCE_WORDS, SEASONS, UNITS } from '../words.ts';
import { candidate, countOf, extendLeft, point, quantityMod, WORD_START, whole } from './build.ts';
import { latestQuarter } from './business.ts';

/** "two years later", "twelve days after", "22 years ago", "a decade earlier", "A few days later". */
const SHIFT_PREFIX = new RegExp(`${WORD_START}(${QUANTITY_PREFIX})?(?:(?:[Jj]ust|[Ss]ome)\\s+)?$`);

// "a few months before had completed …": a verb after "before" means no event is named.
const VERB_NEXT =
  /^\s+(?:had|has|have|was|were|is|are|be|been|would|could|should|will|did|do|does|it|they|he|she|we)\b/;

/** Counted shifts from the anchor, or from the document date for "ago": "two years later", "22 years ago", "three months before that". */
export const shiftRule: Rule = {
  re: new RegExp(
    `${WORD_START}(${COUNT})(?:\\s+|\\s*-\\s*)(${UNIT})\\s+(later|earlier|after(?:wards?)?|before|ago|afterwards?|hence|since)(?![A-Za-z])`,
    'g',
  ),
  make(m, text) {
    const [, count, unitWord, direction] = m;
    const pre = extendLeft(text, m.index, SHIFT_PREFIX);
    const q = pre?.[1];
    const spanStart = m.index - (pre?.[0].length ?? 0);
    // "after"/"before" followed by a noun phrase are event-anchored ("eight days after Fort Sumter"): a duration.
    const follow = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (
      /^(after|before|since)$/i.test(direction as string) &&
      /^\s+[A-Za-z0-9]/.test(follow) &&
      !/^\s+(?:that|this)\b/.test(follow) &&
      !VERB_NEXT.test(follow)
    )
      return null;
    const n = countOf(count as string);
    const unit = UNITS[(unitWord as string).toLowerCase()] as TimeUnit;
    const sign = /later|after|hence/i.test(direction as string) ? 1 : -1;
    const mod = quantityMod(q);
    const ago = /ago/i.test(direction as string);
    return candidate(spanStart, m.index + m[0].length, (ctx) => {
      // After a decade or century ("In the 1990s …, twelve years later") count from the last dated point.
      const narrative = ctx.anchor.reference();
      const coarse =
        narrative !== undefined && /^(?:BC)?\d{2,3}$/.test(narrative) && unit !== 'decade' && unit !== 'century';
      const base = ago ? (ctx.dct ?? narrative) : coarse ? (ctx.anchor.dated() ?? narrative) : narrative;
      let value: string | null = null;
      // "earned $393 million in the quarter, down from $625 million a year earlier": that quarter a year before.
      const quarter = !ago && unit === 'year' && n !== null && Number.isInteger(n) ? latestQuarter(ctx) : undefined;
      if (quarter) value = `${formatYear(quarter.year + sign * (n as number))}-Q${quarter.q}`;
      else if (n === null) value = sign > 0 ? 'FUTURE_REF' : 'PAST_REF';
      else if (base && Number.isInteger(n)) {
        // "22 years ago" is counted in whole units from the document date; "two years later" keeps the anchor's precision.
        value = ago || unit === 'year' ? shiftValue(base, unit, sign * n) : shiftKeepingPrecision(base, unit, sign * n);
      }
      const start = spanStart;
      const end = m.index + m[0].length;
      const outMod =
        mod === 'MORE_THAN'
          ? sign > 0
            ? 'ON_OR_AFTER'
            : 'ON_OR_BEFORE'
          : mod === 'LESS_THAN'
            ? sign > 0
              ? 'ON_OR_BEFORE'
              : 'ON_OR_AFTER'
            : mod;
      return [point(start, end, value ?? (sign > 0 ? 'FUTURE_REF' : 'PAST_REF'), { mod: outMod, anchors: false })];
    });
  },
};

const REL_UNIT =
  '(day|week|month|year|decade|century|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)';
/** "the next day", "the following year", "that same day", "the previous century", "this year", "later that month". */
export const relativeRule: Rule = {
  re: new RegExp(
    `(?:([Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\\s+(?:in\\s+)?)?(?:[Tt]he\\s+${REL_UNIT}\\s+(following|before|after)|([Tt]he\\s+(?:very\\s+)?(?:next|following|previous|preceding|prior|same|succeeding)|[Tt]hat(?:\\s+(?:very|same))?|[Tt]his|[Nn]ext|[Ll]ast|[Tt]he)\\s+${REL_UNIT})(?![A-Za-z-])`,
    'g',
  ),
  make(m, text) {
    const lead = m[1]?.toLowerCase();
    const det = (m[4] ?? 'the').toLowerCase().replace(/\s+/g, ' ');
    const unitWord = (m[2] ?? m[5] ?? '').toLowerCase();
    const trailing = m[3]?.toLowerCase();
    // "the day", "the year" alone are not temporal expressions unless "later/earlier in" precedes;
    // "the weekend" in news is the document's.
    if (det === 'the' && !trailing && !lead && unitWord !== 'weekend') return null;
    // "over the next year", "for the next month" (not "in/within the next year", a date as WikiWars has it): a length of time ahead, as TimeML marks it.
    if (
      det === 'the next' &&
      !lead &&
      /^(?:day|week|month|year|decade|century)$/.test(unitWord) &&
      /\b(?:over|for|during|throughout)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
    ) {
      return whole(m, () => [
        {
          start: m.index,
          end: m.index + m[0].length,
          type: 'DURATION',
          value: durationValue(1, unitWord as TimeUnit),
          anchors: false,
        },
      ]);
    }
    if (
      trailing &&
      trailing !== 'following' &&
      /^\s+[A-Za-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      return null;
    if (det === 'the' && !trailing && lead && !/later|earlier/.test(lead)) return null;
    // "that year's", "the next day's" are fine; "the same day as X" stays a date.
    let shift = 0;
    if (/next|following|succeeding/.test(det) || trailing === 'following' || trailing === 'after') shift = 1;
    else if (/previous|preceding|prior|last/.test(det) || trailing === 'before') shift = -1;
    const deictic = /^(this|next|last)$/.test(det);
    const isSeason = unitWord in SEASONS;
    const isPart = unitWord in DAY_PARTS || unitWord === 'weekend';
    const mod: TimexMod | undefined = lead === 'early' ? 'START' : lead === 'late' ? 'END' : undefined;
    return whole(m, (ctx) => {
      const start = m.index;
      const end = start + m[0].length;
      const base = deictic && ctx.dct ? ctx.dct : ctx.anchor.reference();
      let value: string | null = null;
      if (unitWord === 'weekend') {
        if (det === 'the' && !ctx.dct) return [];
        const from = det === 'the' || deictic ? ctx.dct : base;
        // "the weekend" in a past clause, written on a weekday, is the one before.
        const back = det === 'the' && clauseTense(text, m.index, m.index + m[0].length) === 'past' ? -1 : 0;
        const week = weekValue(from, shift + back);
        return [point(start, end, week.startsWith('XXXX') ? 'XXXX-WXX-WE' : `${week}-WE`, { mod, anchors: false })];
      }
      if (isSeason) {
        const y = deictic && ctx.dct ? parseDateValue(ctx.dct)?.year : ctx.anchor.year();
        value = y === undefined ? `XXXX-${SEASONS[unitWord]}` : `${formatYear(y + shift)}-${SEASONS[unitWord]}`;
      } else if (isPart) {
        const day = base ? shiftValue(base, 'day', shift) : null;
        value = `${day ?? 'XXXX-XX-XX'}T${DAY_PARTS[unitWord] ?? 'XX'}`;
      } else if (base) {
        value = shiftValue(base, unitWord as TimeUnit, shift);
      }
      if (value === null) {
        const p = base ? parseDateValue(base) : null;
        // A BC narrative keeps its era even when the day is unknown.
        value = unitWord === 'day' ? `${p && p.year < 0 ? 'BC' : ''}XXXX-XX-XX` : 'XXXX';
      }
      return [point(start, end, value, { mod, anchors: !deictic })];
    });
  },
};

/** "now", "today", "nowadays", "currently", "former", "the future", "these days". */
export const referenceRule: Rule = {
  re: new RegExp(
    `\\b(?:${Object.keys(REFERENCE_WORDS)
      .sort((a, b) => b.length - a.length)
      .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
      .join('|')})(?![A-Za-z-])`,
    'g',
  ),
  make(m, text) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 10);
    // "Future Energy", "Current Affairs": the word opens a name.
    if (isInName(text, m.index, end)) return null;
    if (word === 'former' && (/^\s*[,.;:)]/.test(after) || /^\s+(?:an?|was|is|were|had|has|and|of)\b/.test(after)))
      return null;
    // "current" as in an electric or sea current.
    if (word === 'current' && /^\s+(?:of|flows?|through)\b/.test(after)) return null;
    return whole(m, (ctx) => {
      // With a document date, "today" is that day (TimeML); without one, the present.
      // In a history ("the war is remembered today") it stays the present.
      const news = word === 'today' ? newsDay(ctx) : undefined;
      if (news) return [point(m.index, end, news.slice(0, 10), { anchors: false })];
      return [point(m.index, end, REFERENCE_WORDS[word] ?? 'PRESENT_REF', { anchors: false })];
    });
  },
};

/** "this time", "that period", "the same time", "this point": valued by the anchor when it can. */
export const periodRule: Rule = {
  re: /\b(?:[Aa]t\s+)?(?:[Tt]his|[Tt]hat|[Tt]he\s+same|[Tt]hat\s+same)\s+(time|period|date|moment|era)\b(?!\s+(?:of|in|as|when|that|frame))/g,
  make(m) {
    const kind = (m[1] as string).toLowerCase();
    return whole(m, (ctx) => {
      const ref = ctx.anchor.reference();
      const value =
        /^[Aa]t\s+this/.test(m[0]) || (/this/i.test(m[0]) && kind === 'time') ? 'PRESENT_REF' : (ref ?? 'XXXX');
      return [point(m.index, m.index + m[0].length, value, { anchors: false })];
    });
  },
};

const POSITION_OF_UNIT_MODS: Record<string, TimexMod | undefined> = {
  end: 'END',
  close: 'END',
  'latter part': 'END',
  beginning: 'START',
  start: 'START',
  'early part': 'START',
  middle: 'MID',
};

/** "in recent days" → "recent days", DURATION PXD; "recent years" → PXY (the preposition stays outside). */
export const recentRule: Rule = {
  re: new RegExp(String.raw`(?<![A-Za-z])[Rr]ecent\s+(${Object.keys(RECENT_UNITS).join('|')})(?![A-Za-z])`, 'g'),
  make(m) {
    const value = RECENT_UNITS[(m[1] as string).toLowerCase()] as string;
    return whole(m, () => [{ start: m.index, end: m.index + m[0].length, type: 'DURATION', value, anchors: false }]);
  },
};

/** "the end of the month", "the latter part of the year", "the beginning of the decade". */
export const positionOfUnitRule: Rule = {
  re: /(?:[Tt]he\s+)?(end|close|latter part|beginning|start|early part|middle|rest|remainder|first half|second half)\s+of\s+(the|that|this)\s+(?:same\s+)?(day|week|month|year|decade|century)\b/g,
  make(m) {
    const pos = m[1] as string;
    const unit = m[3] as TimeUnit;
    // "the end of this week" is the document's week; "the end of that year" the story's.
    const deictic = m[2] === 'this';
    return whole(m, (ctx) => {
      const ref = deictic && ctx.dct ? ctx.dct : ctx.anchor.reference();
      let value = (ref && shiftValue(ref, unit, 0)) ?? 'XXXX';
      if (/half/.test(pos) && /^(BC)?\d{4}$/.test(value)) value += pos.startsWith('first') ? '-H1' : '-H2';
      return [point(m.index, m.index + m[0].length, value, { mod: POSITION_OF_UNIT_MODS[pos], anchors: false })];
    });
  },
};

// The event a span of time is counted from or belongs to: "of the war", "after Fort Sumter".
const EVENT_NOUN =
  'war|conflict|battle|siege|campaign|invasion|occupation|revolution|uprising|revolt|rebellion|regime|reign|life|rule|presidency|administration|truce|ceasefire|offensive|crisis|insurgency|struggle|independence|republic|empire|dynasty|surge|operation|war';
const OF_EVENT = `\\s+of\\s+(?:(?:the|his|her|its|their|this|that)\\s+)?(?:(?:[A-Z][\\w'-]*|of)\\s+)*(?:(?:${EVENT_NOUN})\\b|[A-Z][\\w'-]*)`;

/** "the seventh day", "the third evening", "the first year of the war", "the final years of the regime". */
export const ordinalUnitRule: Rule = {
  re: new RegExp(
    `[Tt]he\\s+(?:(${Object.keys(ORDINAL_WORDS).join('|')}|final|closing|opening|initial)|(last|early|later))\\s+(?:(${COUNT})\\s+)?(days?|evenings?|nights?|mornings?|afternoons?|weeks?|months?|years?)(${OF_EVENT})?(?![A-Za-z])`,
    'g',
  ),
  make(m) {
    const [, , vague, count, unitWord, ofEvent] = m;
    const plural = /s$/.test(unitWord as string);
    // "the last year" alone is deictic (relativeRule); "the early years" needs its event.
    if (vague && !plural && !ofEvent) return null;
    if (vague === 'early' && !ofEvent) return null;
    const unitKey = (unitWord as string).replace(/s$/, '');
    return whole(m, (ctx) => {
      const start = m.index;
      const end = start + m[0].length;
      const bc = ctx.anchor.isBC() ? 'BC' : '';
      if (plural || count) {
        const n = count ? countOf(count) : null;
        const unit = (UNITS[unitKey] ?? 'day') as TimeUnit;
        return [{ start, end, type: 'DURATION', value: durationValue(n, unit), anchors: false }];
      }
      const part = DAY_PARTS[unitKey];
      const value =
        unitKey === 'day'
          ? `${bc}XXXX-XX-XX`
          : part
            ? `${bc}XXXX-XX-XXT${part}`
            : unitKey === 'month'
              ? `${bc}XXXX-XX`
              : unitKey === 'week'
                ? `${bc}XXXX-WXX`
                : `${bc}XXXX`;
      return [point(start, end, value, { anchors: false })];
    });
  },
};

const QUANTITY_ONLY_PREFIX = new RegExp(`${WORD_START}(${QUANTITY_PREFIX})$`);
const EVENT_SHIFT_PREFIX = /(?<![A-Za-z0-9])(?:(?:[Tt]he|[Aa]|[Aa]n)\s+)?(?:[Jj]ust\s+)?$/;

/** "eight days after Fort Sumter", "The day before Obama's speech", "months before that": counted from an event. */
export const eventShiftRule: Rule = {
  re: new RegExp(
    `${WORD_START}(?:(${COUNT})\\s+)?(${UNIT})\\s+(after|before)\\s+(?!(?:the\\s+)?(?:end|beginning|start)\\b|(?:had|has|have|was|were|is|are|be|been|would|could|should|will|did|do|does|it|they|he|she|we)\\b)([^,.;:()"!?\\n]{1,90}?)(?=[,.;:()"!?\\n]|$)`,
    'g',
  ),
  make(m, text) {
    const [, count, unitWord, direction] = m;
    // "last month after a 0.3 percent decline": a deictic unit, not one counted from an event.
    if (
      !count &&
      /\b(?:last|this|next|that|past|same|previous|following)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))
    )
      return null;
    // "The day before …", "just months after …": the article or "just" belongs to the span.
    const articleStart = m.index - (extendLeft(text, m.index, EVENT_SHIFT_PREFIX)?.[0].length ?? 0);
    // "less than four years after independence": the counted part is a duration of its own.
    const quantity = count ? extendLeft(text, m.index, QUANTITY_ONLY_PREFIX) : null;
    const durationStart = m.index - (quantity?.[0].length ?? 0);
    const durationEnd = m.index + m[0].indexOf(unitWord as string, (count ?? '').length) + (unitWord as string).length;
    const spanStart = Math.min(articleStart, durationStart);
    const unitKey = (unitWord as string).toLowerCase();
    const unit = UNITS[unitKey] as TimeUnit;
    const plural = /s$/.test(unitKey) && unitKey !== 'days' ? true : unitKey === 'days';
    const n = count ? countOf(count) : plural ? null : 1;
    const sign = direction === 'after' ? 1 : -1;
    return candidate(spanStart, m.index + m[0].length, (ctx) => {
      const ref = ctx.anchor.reference();
      let value: string | null = null;
      if (n !== null && Number.isInteger(n) && ref && count) value = shiftValue(ref, unit, sign * n);
      if (value === null) {
        const unknown: Partial<Record<TimeUnit, string>> = {
          day: 'XXXX-XX-XX',
          week: 'XXXX-WXX',
          month: 'XXXX-XX',
          hour: 'XXXX-XX-XXTXX',
        };
        value = unknown[unit] ?? 'XXXX';
      }
      const out: Resolved[] = [point(spanStart, m.index + m[0].length, value, { anchors: false })];
      if (count) {
        const mod = quantityMod(quantity?.[1]);
        out.push({
          start: durationStart,
          end: durationEnd,
          type: 'DURATION',
          value: durationValue(n, unit),
          mod,
          anchors: false,
        });
      }
      return out;
    });
  },
};

/** "weeks later", "months earlier": an unknown distance from the narrative time. */
export const vagueShiftRule: Rule = {
  re: /\b([Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Cc]enturies)\s+(later|earlier|afterwards?)(?![A-Za-z])/g,
  make: (m, text) => {
    // "for decades afterwards": a length of time, the plural alone.
    if (/\bfor\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      const unit = UNITS[(m[1] as string).toLowerCase()] as TimeUnit;
      const end = m.index + (m[1] as string).length;
      return candidate(m.index, end, () => [
        { start: m.index, end, type: 'DURATION', value: durationValue(null, unit), anchors: false },
      ]);
    }
    return whole(m, () => [
      point(m.index, m.index + m[0].length, /earlier/.test(m[2] as string) ? 'PAST_REF' : 'FUTURE_REF', {
        anchors: false,
      }),
    ]);
  },
};

/**
 * "yesterday", "tomorrow": a day from the document date, which becomes the day the news is on
 * ("shook the city yesterday at 3:30 a.m." is yesterday's 3:30).
 */
export const adjacentDayRule: Rule = {
  re: /\b([Yy]esterday|[Tt]omorrow)(?![A-Za-z])/g,
  make(m) {
    const shift = /^[Yy]/.test(m[1] as string) ? -1 : 1;
    return whole(m, (ctx) => {
      const day = ctx.dct ? shiftValue(ctx.dct, 'day', shift) : null;
      return [point(m.index, m.index + m[0].length, day || 'XXXX-XX-XX', { anchors: day !== null })];
    });
  },
};
