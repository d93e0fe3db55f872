import { attr, type Element } from './dom.ts';

// Never content: navigation, page chrome, code, embedded objects, forms.
export const SKIP = new Set([
  'nav',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'select',
  'textarea',
  'input',
  'canvas',
  'audio',
  'video',
  'dialog',
  'menu',
  'head',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
]);
// Class or id words that mark boilerplate on real sites (menus, share buttons, cookie banners…).
const BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|menu|sidebar|breadcrumbs?|share|social|comments?|advert|ads|banner|promo|related|cookie|subscribe|footer|pagination)(?:$|[\s_-])/i;
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

export function isBoilerplate(el: Element): boolean {
  if (SKIP.has(el.tagName) || attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role)) return true;
  // A page-level <header> is chrome; an <article>'s own header holds its title and byline.
  if (el.tagName === 'header' && !insideArticle(el)) return true;
  // Page-level containers carry layout classes (`has-sidebar`) but are never boilerplate themselves.
  if (CONTAINERS.has(el.tagName)) return false;
  const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return marks.length > 1 && BOILERPLATE.test(marks) && !/\b(?:article|content|post|entry)\b/i.test(marks);
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode) {
    const tag = (p as Element).tagName;
    if (tag === 'article' || tag === 'main') return true;
  }
  return false;
}
