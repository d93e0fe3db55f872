import { ALL_PACKS } from '../analyze/lang/index.ts';
import type { Analysis, Span } from '../analyze/types.ts';

/**
 * Scan artefacts that break analysis, mended without moving any offset: every repair replaces a
 * stretch of text by a stretch of the SAME length, so a span found in the mended text is a span of
 * the original. The stored original never changes.
 */
export interface Mending {
  /** Same length as the original. */
  text: string;
  /** The stretches that were rewritten, in order. */
  repairs: Span[];
}

// Words that follow a suspended hyphen ("Russian- and English-speaking"): never glue onto them.
const CONJUNCTIONS = ALL_PACKS.flatMap((p) => p.discourse.afterSuspendedHyphen).join('|');
const PATTERNS = [
  // `inter- national`, `inter-\nnational`, `inter¬national`: a word split by a line-break hyphen.
  String.raw`(?<=\p{L})(?<hyphen>[-¬\u00AD])(?<gap>[ \t\u00A0]*(?:\r\n|\n|\r)?[ \t\u00A0]*)(?!(?:${CONJUNCTIONS})(?!\p{L}))(?<tail>\p{Ll}+)`,
  // Invisible characters inside a word split it for a tokenizer.
  String.raw`(?<=\p{L})(?<invisible>[\u200B-\u200D\u2060\uFEFF]+)(?=\p{L})`,
  // An opening guillemet glued to a word's end, or a closing one to a word's start, is a stray OCR mark.
  String.raw`(?<=\p{L})(?<stray>«)(?=[\s\p{P}]|$)|(?<=^|\s)(?<stray2>»)(?=\p{L})`,
  // Control characters and U+FFFD (undecodable bytes) carry nothing a reader sees.
  String.raw`(?<control>[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD])`,
];
const ARTEFACT = new RegExp(PATTERNS.join('|'), 'gu');

/** Mends scan artefacts and says where; see {@link mendForAnalysis} for the text alone. */
export function mendScanArtefacts(text: string): Mending {
  const parts: string[] = [];
  const repairs: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(ARTEFACT)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    let replacement: string;
    if (g.hyphen !== undefined) {
      // A plain hyphen with nothing after it is an ordinary compound (`well-known`), not an artefact.
      if (g.hyphen === '-' && g.gap === '') continue;
      const tail = g.tail as string;
      replacement = tail + ' '.repeat(m[0].length - tail.length);
    } else if (g.invisible !== undefined) {
      // Nothing to move: the following letters shift left over the gap, padding goes after the word.
      const word = /^\p{L}*/u.exec(text.slice(end))?.[0] ?? '';
      parts.push(text.slice(last, start), word, ' '.repeat(m[0].length));
      repairs.push({ start, end: end + word.length });
      last = end + word.length;
      continue;
    } else {
      replacement = ' '.repeat(m[0].length);
    }
    parts.push(text.slice(last, start), replacement);
    repairs.push({ start, end });
    last = end;
  }
  if (repairs.length === 0) return { text, repairs };
  parts.push(text.slice(last));
  return { text: parts.join(''), repairs };
}

/**
 * The text analysis should read: `inter- national` becomes `international  `, stray `«` a space;
 * same length as the input, so every offset found in it is valid in the original.
 *
 * @example mendForAnalysis('inter- national') // 'international  '
 */
export function mendForAnalysis(text: string): string {
  return mendScanArtefacts(text).text;
}

/**
 * Makes spans found in mended text exact in the original: an end that falls inside a repaired
 * word moves to the word's end (`international` covers `inter- national`), and every `text` that
 * touches a repair is re-read from the original.
 */
export function alignToOriginal(analysis: Analysis, original: string, repairs: Span[]): Analysis {
  if (repairs.length === 0) return analysis;
  const fix = <T extends Span>(span: T): T => {
    const end = snapEnd(span.end, repairs);
    const touched = end !== span.end || overlapsRepair(span.start, end, repairs);
    if (!touched) return span;
    const fixed: T = { ...span, end };
    if ('text' in fixed && typeof fixed.text === 'string')
      (fixed as T & { text: string }).text = original.slice(span.start, end);
    return fixed;
  };
  return {
    ...analysis,
    sentences: analysis.sentences.map(fix),
    timexes: analysis.timexes.map(fix),
    entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map(fix) })),
    events: analysis.events.map((ev) => {
      const sentence = fix(ev.sentence);
      if (ev.start === undefined || ev.end === undefined) return { ...ev, sentence };
      return { ...ev, sentence, end: snapEnd(ev.end, repairs) };
    }),
    claims: analysis.claims.map(fix),
  };
}

function repairAt(offset: number, repairs: Span[]): Span | undefined {
  let lo = 0;
  let hi = repairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = repairs[mid] as Span;
    if (offset <= r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

function snapEnd(end: number, repairs: Span[]): number {
  return repairAt(end, repairs)?.end ?? end;
}

function overlapsRepair(start: number, end: number, repairs: Span[]): boolean {
  // Repairs are short and sorted: find the first that ends after `start`.
  let lo = 0;
  let hi = repairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((repairs[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = repairs[lo];
  return r !== undefined && r.start < end;
}
