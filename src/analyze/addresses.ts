/**
 * Web, e-mail and telephone addresses in a text: `https://e-history.kz/ru/news/show/1509/2014-05-21`,
 * `www.un.org/en/1945/charter.html`, `e-history.kz/ru/contents/view/1509`, `info@akorda.kz`.
 * An address states nothing: the numbers in its path are ids and archive folders, not dates, and
 * the words in it (`…/Contents/Astana`, `Kevin.A.Boone@…`) are not mentions of anyone. Articles
 * end with such source lines and web text is full of them, so dates and names are not taken from
 * inside one, nor years from a telephone number.
 * @example addressSpans('Source: https://e-history.kz/ru/news/1509.') // [{ start: 8, end: 40 }]
 */
import type { Span } from './types.ts';

/** A scheme or `www.` address, up to the next space, quote or angle bracket. */
const WEB = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"«»“”]+/giu;
/**
 * A host name just before a slash (`e-history.kz` in `e-history.kz/ru/…`), read backwards from the
 * slash; with the path after it, it is an address. A bare host alone is a name and stays.
 */
const HOST_BEFORE = /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;
/** The path after a host: up to the next space, quote or angle bracket. */
const PATH = /[^\s<>"«»“”]*/y;
/** A mailbox: `name@host` (a host with no dot too: `Warner@ENRON`, internal mail). */
const MAIL = /[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*/gu;
/**
 * A telephone number with its area code in brackets or a `+` country code (`(713) 853-1619`,
 * `+7 (7172) 74-56-12`, `+44 20 7946 0958`): its groups of digits are not years (`1619`). A year in
 * brackets is no area code: `(1942) 1943-1944` stays dates.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?)?\((?![12]\d{3}\))\d{2,5}\)[\s.-]?\d{1,4}(?:[\s.-]\d{2,4}){1,3}|(?<![\p{L}\p{N}])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}/gu;
/** Marks that end a sentence or close a bracket around an address rather than belonging to it. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '’', ')', ']', '}']);

/**
 * The length of an address match without the marks after it (`…/1509).` → `…/1509`); a closing
 * bracket the address itself opened stays (`…/wiki/Abylai_(khan)`).
 */
function trimmedLength(s: string): number {
  let n = s.length;
  while (n > 0 && TRAILING.has(s[n - 1] as string)) {
    if (s[n - 1] === ')') {
      const head = s.slice(0, n);
      if ((head.match(/\(/g) ?? []).length >= (head.match(/\)/g) ?? []).length) break;
    }
    n--;
  }
  return n;
}

// The time tagger and the entity recogniser both ask for the same text's addresses, one after the other.
let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

/** The addresses of `text`, in order, none overlapping. */
export function addressSpans(text: string): readonly Span[] {
  if (text !== lastText) {
    lastSpans = findAddresses(text);
    lastText = text;
  }
  return lastSpans;
}

function findAddresses(text: string): Span[] {
  // Most texts have none: three substring checks rule them out before any pattern runs.
  const web = text.includes('://') || text.includes('www.');
  const mail = text.includes('@');
  const path = text.includes('/');
  const phone = text.includes('(') || text.includes('+');
  if (!web && !mail && !path && !phone) return [];
  const found: Span[] = [];
  const collect = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + trimmedLength(m[0]);
      if (end > m.index) found.push({ start: m.index, end });
    }
  };
  if (web) collect(WEB);
  // A slash is common in plain text (`1917/18`, `и/или`): each one is looked at, not the whole text.
  for (let at = path ? text.indexOf('/') : -1; at >= 0; at = text.indexOf('/', at + 1)) {
    const host = HOST_BEFORE.exec(text.slice(Math.max(0, at - 100), at));
    if (!host) continue;
    PATH.lastIndex = at;
    const rest = PATH.exec(text)?.[0] ?? '';
    const start = at - host[0].length;
    found.push({ start, end: start + trimmedLength(text.slice(start, at + rest.length)) });
    at += Math.max(0, rest.length - 1);
  }
  if (mail) collect(MAIL);
  if (phone) collect(PHONE);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * `items` without those that overlap an address (`addresses` as addressSpans returns them). Both
 * are walked once in order, so a text full of dates and links costs no more than its two lists.
 */
export function outsideAddresses<T extends Span>(items: T[], addresses: readonly Span[]): T[] {
  if (addresses.length === 0) return items;
  const byStart = [...items].sort((a, b) => a.start - b.start);
  const dropped = new Set<T>();
  let k = 0;
  for (const it of byStart) {
    while (k < addresses.length && (addresses[k] as Span).end <= it.start) k++;
    const a = addresses[k];
    if (a && a.start < it.end) dropped.add(it);
  }
  return dropped.size === 0 ? items : items.filter((it) => !dropped.has(it));
}
