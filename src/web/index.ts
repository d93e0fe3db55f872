import type { Context } from 'hono';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  EntityIdSchema,
  EntityTypeSchema,
  LanguageSchema,
  MAX_QUERY_CHARS,
  MonthDaySchema,
  todayMonthDay,
  wholeNumberSchema,
  YearSchema,
} from '../domain/inputs.ts';
import { getAsset } from './assets.ts';
import type { PageContext, WebDeps } from './context.ts';
import { resolveEntityFilter } from './entity-filter.ts';
import { fill, messagesFor, pickUiLanguage } from './i18n/index.ts';
import type { Html } from './layout.ts';
import { articlePage } from './pages/article.ts';
import { entitiesPage, entityPage } from './pages/entities.ts';
import { homePage } from './pages/home.ts';
import { conflictsPage, errorPage, onThisDayPage } from './pages/misc.ts';
import { searchPage } from './pages/search.ts';
import { timelinePage } from './pages/timeline.ts';
import { reportPages } from './reports.ts';
import { reviewPages, signedInHint } from './review.ts';
import { decisionPages } from './review-decisions.ts';
import { editorPages } from './review-editors.ts';

export type { WebDeps } from './context.ts';
export { WEB_UPLOAD_PATH } from './review-editors.ts';

type WebEnv = { Variables: { page: PageContext } };

const PAGE_SIZE = 50;
const offsetSchema = wholeNumberSchema(0, 1_000_000).default(0);

const TimelineFormSchema = z.object({
  from: YearSchema.optional(),
  to: YearSchema.optional(),
  // A name in any language or an id: resolved by resolveEntityFilter.
  entity: z.string().trim().max(200).optional(),
  type: EntityTypeSchema.optional(),
  lang: LanguageSchema.optional(),
  offset: offsetSchema,
});

const SearchFormSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_CHARS).default(''),
  from: YearSchema.optional(),
  to: YearSchema.optional(),
  type: EntityTypeSchema.optional(),
  lang: LanguageSchema.optional(),
  offset: offsetSchema,
});

const EntitiesFormSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_CHARS).optional(),
  type: EntityTypeSchema.optional(),
  offset: offsetSchema,
});

const DayPickerSchema = z.object({
  month: wholeNumberSchema(1, 12).optional(),
  day: wholeNumberSchema(1, 31).optional(),
});

class PageError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** Query parameters with empty values dropped: an empty form field means "any". */
function formQuery(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
}

/** A form's fields, or a 400 page that says, in the reader's language, which field and value were wrong. */
function parseForm<T extends z.ZodType>(schema: T, c: Context<WebEnv>): z.infer<T> {
  const query = formQuery(c);
  const result = schema.safeParse(query);
  if (!result.success) {
    const field = result.error.issues[0]!.path.join('.');
    const value = (query[field] ?? '').slice(0, 80);
    throw new PageError(400, fill(c.var.page.t.badParam, { field, value }));
  }
  return result.data;
}

async function render(c: Context<WebEnv>, body: Html, status: 200 | 400 | 404 | 500 = 200) {
  return c.html(await body, status);
}

/**
 * The website: server-rendered pages that work without JavaScript, in the interface language the
 * reader chose (`?ui=`, remembered in a cookie) or their browser prefers.
 */
export function createWeb(deps: WebDeps) {
  const web = new Hono<WebEnv>();

  web.get('/assets/:name', async (c) => {
    const asset = getAsset(c.req.param('name'));
    if (!asset) return c.text('not found', 404);
    const { body, contentType } = await asset;
    c.header('Content-Type', contentType);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(body);
  });

  // Browsers ask for /favicon.ico whatever the page says.
  web.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));

  web.use('*', async (c, next) => {
    const requested = c.req.query('ui');
    const ui = pickUiLanguage(requested, getCookie(c, 'ui'), c.req.header('Accept-Language'));
    if (requested === ui) {
      setCookie(c, 'ui', ui, { path: '/', maxAge: 365 * 86400, sameSite: 'Lax', httpOnly: true });
    }
    const editor = signedInHint(c);
    c.set('page', { ui, t: messagesFor(ui), url: new URL(c.req.url), ...(editor ? { editor } : {}) });
    await next();
    // A page with an editor's review links is theirs alone: never kept by a shared cache.
    if (editor && c.res.headers.get('Content-Type')?.startsWith('text/html'))
      c.header('Cache-Control', 'private, no-store');
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
    c.header('Content-Language', ui);
  });

  web.get('/', async (c) => render(c, await homePage(c.var.page, deps)));

  web.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^\d{1,10}$/.test(id)) throw new PageError(404, 'no such article');
    const revisionParam = c.req.query('revision');
    if (revisionParam !== undefined && !/^\d{1,7}$/.test(revisionParam))
      throw new PageError(400, 'revision: must be a number');
    const article = await (await deps.store()).getArticle(
      Number(id),
      revisionParam ? Number(revisionParam) : undefined,
    );
    if (!article) throw new PageError(404, 'no such article');
    return render(c, articlePage(c.var.page, article));
  });

  web.get('/timeline', async (c) => {
    const f = parseForm(TimelineFormSchema, c);
    const limit = 200;
    const store = await deps.store();
    // Suggestions for the entity filter: the most mentioned entities.
    const entities = await store.listEntities({ limit: 100 });
    const entity = await resolveEntityFilter(store, f.entity);
    const page = entity.unmatched
      ? { total: 0, items: [] }
      : await store.timeline({
          from: f.from,
          to: f.to,
          entity: entity.id,
          entityType: f.type,
          language: f.lang,
          limit,
          offset: f.offset,
        });
    return render(c, timelinePage(c.var.page, { ...f, limit }, page, entities.items, entity));
  });

  web.get('/entities', async (c) => {
    const f = parseForm(EntitiesFormSchema, c);
    const page = await (await deps.store()).listEntities({ q: f.q, type: f.type, limit: PAGE_SIZE, offset: f.offset });
    return render(c, entitiesPage(c.var.page, { ...f, limit: PAGE_SIZE }, page));
  });

  web.get('/entities/:id', async (c) => {
    const parsed = EntityIdSchema.safeParse(c.req.param('id'));
    if (!parsed.success) throw new PageError(404, 'no such entity');
    const store = await deps.store();
    const entity = await store.getEntity(parsed.data);
    if (!entity) {
      // An id an editor merged away leads to the entity it was merged into.
      const into = await store.entityRedirect(parsed.data);
      if (into) return c.redirect(`/entities/${encodeURIComponent(into)}`, 301);
      throw new PageError(404, 'no such entity');
    }
    // A signed-in editor's page carries a link to review the entity: theirs alone, never cached.
    const reviewLink = signedInHint(c);
    if (reviewLink) c.header('Cache-Control', 'private, no-store');
    return render(c, entityPage(c.var.page, entity, { reviewLink }));
  });

  web.get('/search', async (c) => {
    const f = parseForm(SearchFormSchema, c);
    const limit = 20;
    const results = f.q
      ? await (await deps.store()).search({
          q: f.q,
          from: f.from,
          to: f.to,
          entityType: f.type,
          language: f.lang,
          limit,
          offset: f.offset,
          facets: true,
        })
      : null;
    return render(c, searchPage(c.var.page, { ...f, limit }, results));
  });

  // The day picker's form: ?month=8&day=29 goes to /on-this-day/08-29; no query means today.
  web.get('/on-this-day', (c) => {
    const { month, day } = parseForm(DayPickerSchema, c);
    if (month === undefined && day === undefined) return c.redirect(`/on-this-day/${todayMonthDay()}`, 302);
    const md = MonthDaySchema.safeParse(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    if (month === undefined || day === undefined || !md.success) {
      // Only the day can be wrong once the month is known (31 June, 30 February).
      const field = month === undefined ? 'month' : 'day';
      throw new PageError(400, fill(c.var.page.t.badParam, { field, value: c.req.query(field) ?? '' }));
    }
    return c.redirect(`/on-this-day/${md.data}`, 302);
  });
  web.get('/on-this-day/:md', async (c) => {
    const md = MonthDaySchema.safeParse(c.req.param('md'));
    if (!md.success) throw new PageError(404, 'no such day');
    return render(c, onThisDayPage(c.var.page, md.data, await (await deps.store()).onThisDay(md.data)));
  });

  web.get('/conflicts', async (c) => {
    const { offset } = parseForm(z.object({ offset: offsetSchema }), c);
    const page = await (await deps.store()).listConflicts({ limit: PAGE_SIZE, offset });
    return render(c, conflictsPage(c.var.page, page, offset, PAGE_SIZE));
  });

  web.route('/', reportPages(deps));
  web.route('/', reviewPages(deps));
  web.route('/', editorPages(deps));
  web.route('/', decisionPages(deps));

  web.notFound((c) => htmlError(c, 404));
  web.onError((err, c) => {
    if (err instanceof PageError) return htmlError(c, err.status, err.message);
    if (err instanceof Error && err.name === 'StoreInputError') return htmlError(c, 400, err.message);
    console.error('chronicle: page error:', err);
    return htmlError(c, 500);
  });
  return web;
}

/**
 * The website's page for an address nothing answers, in the reader's language. Mounted sub-apps'
 * own notFound is not used by Hono, so the composition root calls this for every non-API path.
 */
export function webNotFound(c: Context) {
  return htmlError(c as Context<WebEnv>, 404);
}

/** An error page; works even when the language middleware has not run (unknown routes). */
async function htmlError(c: Context<WebEnv>, status: 400 | 404 | 500, detail?: string) {
  const page =
    c.get('page') ??
    (() => {
      const ui = pickUiLanguage(undefined, getCookie(c, 'ui'), c.req.header('Accept-Language'));
      return { ui, t: messagesFor(ui), url: new URL(c.req.url) };
    })();
  const kind = status === 404 ? 'notFound' : status === 400 ? 'badRequest' : 'error';
  c.header('Cache-Control', 'no-store');
  return c.html(await errorPage(page, kind, detail), status);
}
