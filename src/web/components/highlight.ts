import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Analysis, Span } from '../../analyze/types.ts';
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
  for (const x of analysis.timexes) {
    if (x.type === 'DURATION' || x.type === 'INTERVAL') continue;
    const years = yearRange(x.value);
    const href = years ? `/timeline?from=${years.from}&to=${years.to}` : `/timeline`;
    const tip = [fill(t.timexTip, { value: x.value, type: x.type })];
    for (const e of analysis.events) {
      if (e.start === x.start || (e.start !== undefined && e.start <= x.start && (e.end ?? e.start) >= x.end)) {
        tip.push(fill(t.datesEvent, { what: e.what, confidence: e.confidence.toFixed(2) }));
      }
    }
    marks.push({ start: x.start, end: x.end, kind: 'date', href, tip, cssClass: 'hl hl-date' });
  }
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
 * One stretch of the article text (a paragraph) as HTML: the text escaped, the marks inside it as
 * links with an accessible tooltip. Sentence starts get anchors so sources can link to them.
 * The text is never interpreted as HTML: anything markup-like in an article shows as text.
 */
export function renderText(text: string, span: Span, marks: TextMark[], sentences: Span[], idPrefix: string): Html {
  const parts: (string | HtmlEscapedString | Promise<HtmlEscapedString>)[] = [];
  const anchors = new Set(sentences.filter((s) => s.start >= span.start && s.start < span.end).map((s) => s.start));
  let pos = span.start;
  const pushText = (from: number, to: number) => {
    // Anchors for sentence starts that fall inside a plain stretch of text.
    let cursor = from;
    for (const a of [...anchors].filter((x) => x >= from && x < to).sort((p, q) => p - q)) {
      if (a > cursor) parts.push(text.slice(cursor, a));
      parts.push(html`<span id="s-${a}" class="sentence-anchor"></span>`);
      cursor = a;
    }
    if (to > cursor) parts.push(text.slice(cursor, to));
  };
  for (const m of marks) {
    if (m.end <= span.start || m.start >= span.end) continue;
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
