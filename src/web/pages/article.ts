import { html } from 'hono/html';
import type { Span } from '../../analyze/types.ts';
import type { StoredArticle } from '../../store/index.ts';
import { formatWhen } from '../components/format.ts';
import { renderText, textMarks } from '../components/highlight.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { type Html, layout } from '../layout.ts';

/**
 * The reader: title, epigraph, lead, body with every date and entity highlighted and linked (each
 * with its extractor's explanation on hover and focus), the author, the article's dated events and
 * its revisions. The article keeps its own `lang` so screen readers switch voice.
 */
export function articlePage(ctx: PageContext, article: StoredArticle): Html {
  const { t, ui } = ctx;
  const { meta, analysis, text } = article;
  const marks = textMarks(ctx, analysis);
  const paragraphs = meta.paragraphs.length ? meta.paragraphs : splitParagraphs(text);
  const latest = article.revisions.at(-1)?.revision ?? article.revision;
  return layout(ctx, {
    title: article.title,
    description: meta.lead ?? undefined,
    scripts: ['/assets/article.js'],
    body: html`<article class="reader" lang="${article.language}" aria-labelledby="article-title">
<header class="reader-header">
${
  meta.epigraph
    ? html`<figure class="epigraph"><blockquote><p>${meta.epigraph.text}</p></blockquote>${
        meta.epigraph.author ? html`<figcaption>— ${meta.epigraph.author}</figcaption>` : ''
      }</figure>`
    : ''
}
<h1 id="article-title">${article.title}</h1>
${meta.lead ? html`<p class="lead">${meta.lead}</p>` : ''}
<p class="reader-meta" lang="${ui}">${t.languageNames[article.language]}${
      meta.published
        ? html` · ${t.publishedOn} <time datetime="${meta.published}">${formatWhen(meta.published, ui, t)}</time>`
        : ''
    }${meta.site ? html` · ${meta.site}` : ''}${meta.id ? html` · #${meta.id}` : ''}${
      article.revision !== latest ? html` · ${fill(t.revision, { n: article.revision })}` : ''
    }${
      // Only http(s) addresses are ever stored (ingest's normalizeUrl); rel keeps the portal's readers private.
      meta.url
        ? html` · <a class="source-link" href="${meta.url}" rel="noopener noreferrer nofollow external">${t.originalPage}</a>`
        : ''
    }</p>
</header>
<p class="hint" lang="${ui}">${t.datesAndEntities}</p>
<div class="reader-body">
${paragraphs.map((p) => html`<p>${renderText(text, p, marks, analysis.sentences, 'tip')}</p>`)}
</div>
${
  meta.author
    ? html`<footer class="reader-author"><p><span class="author-name">${meta.author}</span>${
        meta.authorRole ? html`<br><span class="author-role">${meta.authorRole}</span>` : ''
      }</p></footer>`
    : ''
}
</article>
<div class="grid-2" lang="${ui}">
${
  analysis.events.length
    ? html`<section class="card" aria-labelledby="events-title"><h2 id="events-title">${t.extractedEvents}</h2>
<ol class="events compact">${[...analysis.events]
        .sort((a, b) => a.when.localeCompare(b.when))
        .map(
          (e) =>
            html`<li class="event"><span class="event-when">${formatWhen(e.when, ui, t)}</span> <a href="#s-${e.sentence.start}" lang="${article.language}">${e.what}</a></li>`,
        )}</ol></section>`
    : ''
}
<section class="card" aria-labelledby="revisions-title"><h2 id="revisions-title">${t.revisions}</h2>
<ol class="revisions">${article.revisions.map(
      (r) =>
        html`<li>${
          r.revision === article.revision
            ? html`<strong aria-current="page">${fill(t.revision, { n: r.revision })}</strong>`
            : html`<a href="/articles/${article.id}?revision=${r.revision}">${fill(t.revision, { n: r.revision })}</a>`
        } <span class="meta">${r.createdAt.slice(0, 10)}${r.revision === latest ? ` · ${t.currentRevision}` : ''}</span></li>`,
    )}</ol>
<p class="meta"><a href="/api/articles/${article.id}">JSON</a></p>
</section>
</div>`,
  });
}

/** Paragraphs as blank-line-separated blocks, for sources that gave none. */
function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
