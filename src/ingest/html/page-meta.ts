import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { normalizeDate, normalizeUrl } from '../declared.ts';
import { textOf } from './content.ts';
import { attr, clean, walk } from './dom.ts';

/** What a page says about itself in its head and markup (meta tags, canonical URL, `<html lang>`). */
export interface PageMeta {
  lang: string | null;
  title: string | null;
  ogTitle: string | null;
  description: string | null;
  author: string | null;
  published: string | null;
  /** The canonical or og:url address, when absolute http(s). */
  url: string | null;
  site: string | null;
  id: string | null;
}

export function readPageMeta(doc: T.Document): PageMeta {
  const meta = new Map<string, string>();
  let lang: string | null = null;
  let title: string | null = null;
  let canonical: string | null = null;
  let timeDatetime: string | null = null;
  let relAuthor: string | null = null;
  let dataId: string | null = null;
  walk(doc, (el) => {
    const name = el.tagName;
    if (name === 'html') lang = attr(el, 'lang') ?? lang;
    else if (name === 'title' && title === null) title = clean(textOf(el));
    else if (name === 'meta') {
      const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !meta.has(key)) meta.set(key, clean(content));
    } else if (name === 'link' && attr(el, 'rel')?.toLowerCase() === 'canonical') canonical = attr(el, 'href');
    else if (name === 'time' && timeDatetime === null) timeDatetime = attr(el, 'datetime');
    else if (name === 'article' && dataId === null && /^\d{1,12}$/.test(attr(el, 'data-id') ?? ''))
      dataId = attr(el, 'data-id');
    else if (relAuthor === null && (attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author')) {
      relAuthor = clean(textOf(el)) || null;
    }
    return true;
  });
  const url = canonical ?? meta.get('og:url') ?? null;
  const host = url ? hostOf(url) : null;
  const siteName = meta.get('og:site_name') ?? null;
  const authorMeta = meta.get('author') ?? meta.get('article:author') ?? null;
  const dateText =
    meta.get('article:published_time') ??
    meta.get('datepublished') ??
    meta.get('date') ??
    meta.get('dc.date') ??
    timeDatetime;
  return {
    lang,
    title: title ? stripSiteSuffix(title) : null,
    ogTitle: meta.get('og:title') ?? null,
    description: meta.get('og:description') ?? meta.get('description') ?? null,
    author: authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : relAuthor,
    published: normalizeDate(dateText),
    url: normalizeUrl(url),
    site: siteName && DOMAIN.test(siteName) ? siteName.toLowerCase() : (host ?? (title ? siteSuffix(title) : null)),
    // `<article data-id="1509">`, `…/publications/view/1509` or `?id=1509`: the portal's own article number.
    id: dataId ?? (url ? (/(?:\/|[?&]id=)(\d{1,12})\/?(?:[?#].*)?$/.exec(url)?.[1] ?? null) : null),
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const DOMAIN = /^[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u;

/** `Title - e-history.kz` → `e-history.kz`: browsers and portals end page titles with the site. */
function siteSuffix(title: string): string | null {
  const suffix = /\s[-–—|]\s+(\S+)$/.exec(title)?.[1];
  return suffix && DOMAIN.test(suffix) ? suffix.toLowerCase() : null;
}

/** `Title - e-history.kz`, `Title | Qazaqstan tarihy` → `Title` (a domain may hold hyphens itself). */
function stripSiteSuffix(title: string): string {
  const domain = /\s+[-–—|]\s+(\S+)$/.exec(title);
  if (domain && DOMAIN.test(domain[1] as string)) return title.slice(0, domain.index).trim() || title;
  return title.replace(/\s+[-–—|]\s+[^-–—|]{1,60}$/, '').trim() || title;
}
