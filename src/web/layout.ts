import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGE_INFO } from '../domain/languages.ts';
import { type PageContext, withQuery } from './context.ts';
import { UI_LANGUAGES } from './i18n/index.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  body: Html;
  /** Our own bundled scripts (`/assets/…js`), loaded deferred; pages work without them. */
  scripts?: string[];
  styles?: string[];
  description?: string;
}

/** The page shell: skip link, header with navigation and language switch, main landmark, footer. */
export function layout(ctx: PageContext, page: PageOptions): Html {
  const { t, ui, url } = ctx;
  const nav: [string, string][] = [
    ['/', t.navHome],
    ['/timeline', t.navTimeline],
    ['/entities', t.navEntities],
    ['/search', t.navSearch],
    ['/on-this-day', t.navOnThisDay],
    ['/conflicts', t.navConflicts],
    ['/api/docs', t.navApi],
  ];
  const current = (href: string) =>
    href === '/' ? url.pathname === '/' : url.pathname === href || url.pathname.startsWith(`${href}/`);
  return html`<!doctype html>
<html lang="${ui}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} — ${t.siteName}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
<link rel="stylesheet" href="/assets/site.css">
${(page.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}">`)}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(page.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="/"><svg class="brand-sun" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="7"/><g class="rays">${rays()}</g></svg><span><span class="brand-name">${t.siteName}</span><span class="brand-tagline">${t.tagline}</span></span></a>
<nav class="lang-switch" aria-label="${t.interfaceLanguage}"><ul>
${UI_LANGUAGES.map(
  (lang) =>
    html`<li><a href="${withQuery(url, { ui: lang })}" lang="${lang}" hreflang="${lang}"${lang === ui ? html` aria-current="true"` : ''}>${LANGUAGE_INFO[lang].selfName}</a></li>`,
)}
</ul></nav>
</div>
<nav class="main-nav" aria-label="${t.mainNav}"><ul class="wrap">
${nav.map(([href, label]) => html`<li><a href="${href}"${current(href) ? html` aria-current="page"` : ''}>${label}</a></li>`)}
</ul></nav>
</header>
<main id="main" tabindex="-1" class="wrap">
${page.body}
</main>
<footer class="site-footer"><div class="wrap"><p>${t.footer} <a href="/review">${t.forEditors}</a></p></div></footer>
</body>
</html>`;
}

function rays(): HtmlEscapedString {
  const out: string[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i * Math.PI) / 8;
    const x1 = 16 + Math.cos(a) * 10;
    const y1 = 16 + Math.sin(a) * 10;
    const x2 = 16 + Math.cos(a) * 14;
    const y2 = 16 + Math.sin(a) * 14;
    out.push(`<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}"/>`);
  }
  // Numbers we computed ourselves: nothing here comes from input.
  return raw(out.join(''));
}
