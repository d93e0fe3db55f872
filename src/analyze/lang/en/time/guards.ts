import { DASH_CLASS } from '../../../time/dashes.ts';
import type { Candidate } from '../../../time/rule.ts';
import { MONTH } from './patterns.ts';

// Words after a bare number that show it counts things rather than naming a year.
const COUNTED_NOUN =
  /^\s*(?:-\s*)?(?:men|troops|soldiers|people|persons|civilians|casualties|dead|killed|wounded|prisoners|tanks|aircraft|planes|ships|guns|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|hectares|square|dollars|pounds|rubles|%|percent|per\s?cent|votes|seats|rounds|shells|bombs|sorties|vehicles|horses|rifles|members|inhabitants|refugees|deaths|strong|points|pieces|copies|units|acres|barrels|rounds|sailors|marines|officers|workers|families|villages)\b/;
const NOT_A_YEAR_BEFORE =
  /(?:\$|£|€|#|No\.\s?|[Nn]umber\s|[Rr]esolution\s|[Hh]ill\s|[Rr]oute\s|[Ff]light\s|[Pp]age\s|pp?\.\s|[Aa]rticle\s|[Cc]hapter\s|[Hh]eight\s|[Ee]levation\s|[Ll]aw\s|[Ss]ection\s|\d[,.])$/;

/** Guards a bare four-digit number against counts and codes ("1500 soldiers", "Resolution 1483"). */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  return !COUNTED_NOUN.test(text.slice(end, end + 24));
}

// A day-month without a year that names a commemorative day recurs every year.
export const COMMEMORATIVE =
  /^[^.;]{0,60}?\b(?:Day|Days|anniversary|holiday|celebrated|commemorat\w*|annually|every year|each year)\b/;

/** "fall" is the season only after a time word and not before "of"/"back"/"to" ("the fall of Atlanta"). */
export function fallIsSeason(text: string, start: number, end: number): boolean {
  if (/^\s+(?:of|back|to|in|into|on|apart|behind|under|short)\b/.test(text.slice(end, end + 10))) return false;
  return (
    /\b(?:in|during|that|this|next|last|by|until|early|late|the|autumn|and)\s+$/i.test(
      text.slice(Math.max(0, start - 10), start),
    ) || /^the/i.test(text.slice(start, end))
  );
}

// A year that opens a sentence or clause ("In 1941, …", "By 1943 the …") sets the narrative time.
export const CLAUSE_LEADING = /(?:^|[.!?:;]\s+|\n\s*|,\s+)(?:[A-Z]?[a-z]+\s+){0,2}(?:the\s+)?$|^\s*$/;

export const UNTIL_CLAUSE = /\b(?:until|till|up to|since)\b[^,.;:()]*$/;
// "the Long March", "his March to the Sea": a named march, not the month.
const MARCH_AS_NOUN =
  /(?:\b(?:the|his|her|their|its)|\b(?!(?:In|By|Since|Until|From|Between|During|Early|Late|Mid|Throughout|Before|After|On|And|Or|Of|To)\b)[A-Z][a-z]+)\s+$/;

/** False for a lone "May" that is the verb, or a "March" that is a named march: the month needs a time context. */
export function isMonthNotWord(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  if (word === 'March')
    return (
      !MARCH_AS_NOUN.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
      !/^\s+to\s+the\b/.test(text.slice(c.end, c.end + 10))
    );
  if (word !== 'May') return true;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  if (new RegExp(`^\\s*(?:${DASH_CLASS}|to|and|or)\\s*(?:${MONTH}|\\d)`).test(text.slice(c.end, c.end + 16)))
    return true;
  if (/\(\s*$/.test(before)) return true;
  return /\b(?:in|by|of|since|until|till|from|to|through|during|and|or|between|before|after|early|late|mid-?|that|this|next|last|throughout)\s*$/i.test(
    before,
  );
}

/** A capitalised word inside a name: another capitalised word follows, and it does not open a sentence. */
export function isInName(text: string, start: number, end: number): boolean {
  const word = /([A-Za-z]+)$/.exec(text.slice(start, end))?.[1] ?? '';
  if (!/^[A-Z]/.test(word)) return false;
  const wordStart = end - word.length;
  const opensSentence = /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, wordStart - 4), wordStart));
  return !opensSentence && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 4));
}
