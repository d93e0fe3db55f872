import { html } from 'hono/html';
import { todayMonthDay } from '../../domain/inputs.ts';
import type { TimelineEvent } from '../../store/index.ts';
import { eventList } from '../components/events.ts';
import { monthDay } from '../components/format.ts';
import { searchForm } from '../components/search-form.ts';
import type { PageContext, WebDeps } from '../context.ts';
import { layout } from '../layout.ts';

const HEADLINES = 10;

/** Home: the search box, what happened on this day, the latest articles, a headline timeline. */
export async function homePage(ctx: PageContext, deps: WebDeps) {
  const { t, ui } = ctx;
  const store = await deps.store();
  const today = todayMonthDay();
  const [onThisDay, latest, timeline] = await Promise.all([
    store.onThisDay(today),
    store.listArticles({ limit: 8, order: 'recent' }),
    store.timeline({ limit: 200 }),
  ]);
  const [m, d] = today.split('-').map(Number) as [number, number];
  return layout(ctx, {
    title: t.navHome,
    description: t.tagline,
    body: html`<section class="hero" aria-labelledby="hero-title">
<h1 id="hero-title">${t.tagline}</h1>
${searchForm(ctx, '', { large: true })}
</section>
<div class="grid-2">
<section class="card" aria-labelledby="otd-title">
<h2 id="otd-title">${t.onThisDayTitle}: <a href="/on-this-day/${today}">${monthDay(m, d, ui)}</a></h2>
${onThisDay.length ? eventList(ctx, onThisDay.slice(0, 6), { compact: true }) : html`<p>${t.nothingOnThisDay}</p>`}
</section>
<section class="card" aria-labelledby="latest-title">
<h2 id="latest-title">${t.latestArticles}</h2>
${
  latest.items.length
    ? html`<ul class="article-list">${latest.items.map(
        (a) =>
          html`<li><a href="/articles/${a.id}" lang="${a.language}">${a.title}</a> <span class="meta">${t.languageNames[a.language]}${a.author ? html` · ${a.author}` : ''}</span></li>`,
      )}</ul>`
    : html`<p>${t.noArticles}</p>`
}
</section>
</div>
<section class="card" aria-labelledby="headline-title">
<h2 id="headline-title">${t.headlineTimeline}</h2>
${eventList(ctx, headlines(timeline.items), { compact: true })}
<p><a class="more" href="/timeline">${t.seeFullTimeline} →</a></p>
</section>`,
  });
}

/** The best-attested events (most sources, then confidence), shown in date order. */
function headlines(events: TimelineEvent[]): TimelineEvent[] {
  return [...events]
    .sort((a, b) => b.sources.length - a.sources.length || b.confidence - a.confidence)
    .slice(0, HEADLINES)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}
