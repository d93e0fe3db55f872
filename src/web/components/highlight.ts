import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Analysis, DatedEvent, Span } from '../../analyze/types.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { Html } from '../layout.ts';
import { yearRange } from './format.ts';

/** A highlighted span of article text: a date or an entity mention, with where it came from. */
export interface TextMark extends Span {
  kind: 'date' | 'entity';
  href: string;
  /** Explanation shown on hover and focus: what was recognised and by which extractor. */
  tip: string[];
  cssClass: string;
}

/**
 * Marks for every date and entity mention the analysis found, overlaps resolved in favour of the
 * earlier, then longer, span (a date inside an organisation's name stays part of the name).
 */
export function textMarks(ctx: PageContext, analysis: Analysis): TextMark[] {
  const { t } = ctx;
  const marks: TextMark[] = [];
  const eventsOf = eventsAtDates(analysis.timexes, analysis.events);
  analysis.timexes.forEach((x, i) => {
    if (x.type === 'DURATION' || x.type === 'INTERVAL') return;
    const years = yearRange(x.value);
    const href = years ? `/timeline?from=${years.from}&to=${years.to}` : `/timeline`;
    const tip = [fill(t.timexTip, { value: x.value, type: x.type })];
    for (const e of eventsOf[i]!) tip.push(fill(t.datesEvent, { what: e.what, confidence: e.confidence.toFixed(2) }));
    marks.push({ start: x.start, end: x.end, kind: 'date', href, tip, cssClass: 'hl hl-date' });
  });
  for (const entity of analysis.entities) {
    const typeName = t.entityTypes[entity.type];
    const tip = [fill(t.entityTip, { type: typeName, name: entity.name })];
    if (entity.aliases.length) tip.push(`${t.aliases}: ${entity.aliases.slice(0, 6).join(', ')}`);
    for (const m of entity.mentions) {
      marks.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        href: `/entities/${encodeURIComponent(entity.id)}`,
        tip,
        cssClass: `hl hl-entity hl-${entity.type.toLowerCase()}`,
      });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TextMark[] = [];
  let reach = -1;
  for (const m of marks) {
    if (m.start >= reach && m.end > m.start) {
      kept.push(m);
      reach = m.end;
    }
  }
  return kept;
}

/**
 * The events each date belongs to (same start, or the event's date span contains it), in the
 * analysis's order: one sweep over both sorted by start, so a page with many dates and events costs
 * about their number, not their product.
 */
function eventsAtDates(timexes: readonly Span[], events: readonly DatedEvent[]): DatedEvent[][] {
  const found: DatedEvent[][] = timexes.map(() => []);
  const dated = events
    .map((e, index) => ({ e, index, start: e.start, end: e.end ?? e.start }))
    .filter((x): x is { e: DatedEvent; index: number; start: number; end: number } => x.start !== undefined)
    .sort((a, b) => a.start - b.start);
  const order = timexes.map((_, i) => i).sort((a, b) => timexes[a]!.start - timexes[b]!.start);
  let active: typeof dated = [];
  let next = 0;
  for (const i of order) {
    const x = timexes[i]!;
    while (next < dated.length && dated[next]!.start <= x.start) active.push(dated[next++]!);
    // An event ending before this date can hold no later one either (later dates start later).
    active = active.filter((d) => d.end >= x.start || d.start === x.start);
    const hits = active.filter((d) => d.start === x.start || d.end >= x.end);
    found[i] = hits.sort((a, b) => a.index - b.index).map((d) => d.e);
  }
  return found;
}

/**
 * One stretch of the article text (a paragraph) as HTML: the text escaped, the marks inside it as
 * links with an accessible tooltip. Sentence starts get anchors so sources can link to them.
 * The text is never interpreted as HTML: anything markup-like in an article shows as text.
 * Marks as `textMarks` gives them (sorted, not overlapping) and sentences in text order: both are
 * found by binary search, so rendering every paragraph costs about the marks and sentences once.
 */
export function renderText(
  text: string,
  span: Span,
  marks: readonly TextMark[],
  sentences: readonly Span[],
  idPrefix: string,
): Html {
  const parts: (string | HtmlEscapedString | Promise<HtmlEscapedString>)[] = [];
  const anchors: number[] = [];
  for (let i = firstIndex(sentences, (s) => s.start >= span.start); i < sentences.length; i++) {
    const s = sentences[i]!.start;
    if (s >= span.end) break;
    if (anchors.at(-1) !== s) anchors.push(s);
  }
  let nextAnchor = 0;
  let pos = span.start;
  const pushText = (from: number, to: number) => {
    // Anchors for sentence starts in a plain stretch of text, and for one where a mark begins (a
    // sentence that opens with a date or a name); a start inside a mark cannot get one and is dropped.
    let cursor = from;
    while (nextAnchor < anchors.length && anchors[nextAnchor]! < from) nextAnchor++;
    for (; nextAnchor < anchors.length && anchors[nextAnchor]! <= to; nextAnchor++) {
      const a = anchors[nextAnchor]!;
      if (a > cursor) parts.push(text.slice(cursor, a));
      parts.push(html`<span id="s-${a}" class="sentence-anchor"></span>`);
      cursor = a;
    }
    if (to > cursor) parts.push(text.slice(cursor, to));
  };
  for (let i = firstIndex(marks, (m) => m.end > span.start); i < marks.length; i++) {
    const m = marks[i]!;
    if (m.start >= span.end) break;
    if (m.start < pos) continue;
    const start = Math.max(m.start, span.start);
    const end = Math.min(m.end, span.end);
    pushText(pos, start);
    const tipId = `${idPrefix}-${start}`;
    parts.push(
      html`<span class="hl-wrap"><a class="${m.cssClass}" href="${m.href}" aria-describedby="${tipId}">${text.slice(start, end)}</a><span class="tip" role="tooltip" id="${tipId}">${m.tip.map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</span></span>`,
    );
    pos = end;
  }
  pushText(pos, span.end);
  return html`${parts}`;
}

/** The first index whose item passes `test`, in a list where every item after a passing one passes. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
