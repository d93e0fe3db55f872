import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, LanguageSchema } from '../domain/inputs.ts';
import { ReviewQueueFilterSchema, reviewQueueQuery } from '../domain/review-filters.ts';
import { typedWhen } from '../domain/typed-when.ts';
import type { EntityEditInput, MentionChoice } from '../store/index.ts';
import type { WebDeps } from './context.ts';
import { entityQueuePage, entityReviewPage, type SavedAction } from './pages/entity-review.ts';
import { FILTER_FIELDS, type ReviewFilters, reviewLoginPage, reviewPage } from './pages/review.ts';
import {
  COOKIE,
  COOKIE_HOURS,
  crossSite,
  formBody,
  HINT_COOKIE,
  inputError,
  privatePage,
  publicOrigin,
  type ReviewEnv,
  sameOrigin,
  signedInCheck,
} from './review-http.ts';

/** The doubtful-entities queue's threshold: the store's default. */
const ENTITY_THRESHOLD = 0.5;

const ENTITY_ACTIONS = ['renamed', 'retyped', 'split', 'unlinked-none', 'unlinked-own', 'merged', 'deleted'] as const;

const EntityFormSchema = z.object({
  action: z.enum(ENTITY_ACTIONS),
  name: z.string().trim().max(200).optional(),
  language: z.union([LanguageSchema, z.literal('')]).optional(),
  type: EntityTypeSchema.optional(),
  into: z.string().trim().max(300).optional(),
  mention: z.union([z.string().max(500), z.array(z.string().max(500)).max(100)]).optional(),
  everywhere: z.literal('1').optional(),
  note: z.string().trim().max(1000).optional(),
});

const SavedSchema = z.enum([
  'renamed',
  'retyped',
  'unlinked',
  'merged',
  'split',
  'deleted',
  'undone',
  'confirmed',
  'corrected',
  'rejected',
  'revoked',
]);

/** Whether this browser's editor signed in (the hint cookie), for public pages' review links. */
export function signedInHint(c: Context): boolean {
  return getCookie(c, HINT_COOKIE) === '1';
}

/** The chosen mention groups (`articleId|text`), for every article when `everywhere` is ticked. */
function mentionChoices(form: z.infer<typeof EntityFormSchema>): MentionChoice[] {
  const values = form.mention === undefined ? [] : Array.isArray(form.mention) ? form.mention : [form.mention];
  if (!values.length) throw inputError('mentions: choose at least one mention');
  const choices = values.map((v) => {
    const bar = v.indexOf('|');
    const articleId = Number(v.slice(0, bar));
    if (bar < 1 || !Number.isSafeInteger(articleId)) throw inputError(`mention: not a mention: ${v.slice(0, 60)}`);
    return { articleId: form.everywhere ? null : articleId, text: v.slice(bar + 1) };
  });
  // The same text chosen in several articles is one choice for every article.
  const seen = new Set<string>();
  return choices.filter((c) => {
    const key = `${c.articleId}|${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The store's edit for a posted entity form. */
function entityEdit(entityId: string, editor: string, form: z.infer<typeof EntityFormSchema>): EntityEditInput {
  const base = { entityId, editor, ...(form.note ? { note: form.note } : {}) };
  switch (form.action) {
    case 'renamed':
      return {
        ...base,
        action: 'renamed',
        name: form.name ?? '',
        ...(form.language ? { language: form.language } : {}),
      };
    case 'retyped':
      if (!form.type) throw inputError('type: choose a type');
      return { ...base, action: 'retyped', type: form.type };
    case 'merged':
      return { ...base, action: 'merged', into: form.into ?? '' };
    case 'deleted':
      return { ...base, action: 'deleted' };
    case 'split': {
      const mentions = mentionChoices(form);
      return { ...base, action: 'split', mentions, name: form.name || (mentions[0]?.text ?? '') };
    }
    default:
      return {
        ...base,
        action: 'unlinked',
        mentions: mentionChoices(form),
        becomes: form.action === 'unlinked-own' ? 'own' : 'none',
      };
  }
}
/** The review page's queue threshold: the store's default. */
const THRESHOLD = 0.6;

const DecisionFormSchema = z.object({
  decision: z.enum(['confirmed', 'corrected', 'rejected']),
  when: z.string().trim().max(64).optional(),
  what: z.string().trim().max(1000).optional(),
  note: z.string().trim().max(1000).optional(),
});

const EVENT_ID = /^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/;
/** Most events one bulk form decides. */
const BULK_MAX = 100;

/**
 * The queue's filters from a query string (the GET form, or the `back` field of a decision form):
 * empty fields are no filter; a bad value is refused naming its field (`strict`) or dropped.
 */
function readFilters(
  params: URLSearchParams,
  strict: boolean,
): ReviewFilters & { parsed: z.infer<typeof ReviewQueueFilterSchema> } {
  const values: ReviewFilters['values'] = {};
  for (const name of FILTER_FIELDS) {
    const value = params.get(name)?.trim();
    if (value) values[name] = value.slice(0, 500);
  }
  const parsed = ReviewQueueFilterSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (strict) throw inputError(`${issue?.path.join('.')}: ${issue?.message}`);
    return { values: {}, active: false, query: '', parsed: {} };
  }
  const query = new URLSearchParams(values as Record<string, string>).toString();
  return { values, active: query !== '', query, parsed: parsed.data };
}

/**
 * `/review`: the editors' page (queue with confirm, reject and correct forms; latest decisions)
 * behind a sign-in with the editor's token, kept in a cookie. Works without JavaScript.
 */
export function reviewPages(deps: WebDeps): Hono<ReviewEnv> {
  const web = new Hono<ReviewEnv>();
  const signedIn = signedInCheck(deps);

  web.post('/review/login', async (c) => {
    if (!sameOrigin(c)) return crossSite(c);
    const form = await formBody(c);
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const editor = token ? await (await deps.store()).editorByToken(token) : null;
    if (!editor) return privatePage(c, await reviewLoginPage(c.var.page, true), 401);
    const secure = publicOrigin(c).startsWith('https:');
    setCookie(c, COOKIE, token, {
      path: '/review',
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      maxAge: COOKIE_HOURS * 3600,
    });
    setCookie(c, HINT_COOKIE, '1', {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      maxAge: COOKIE_HOURS * 3600,
    });
    return c.redirect('/review', 303);
  });

  web.post('/review/logout', (c) => {
    // Another site must not sign an editor out either.
    if (!sameOrigin(c)) return crossSite(c);
    deleteCookie(c, COOKIE, { path: '/review' });
    deleteCookie(c, HINT_COOKIE, { path: '/' });
    return c.redirect('/review', 303);
  });

  /** The queue as these filters find it, and the latest decisions. */
  const queueAndLog = async (filters: ReturnType<typeof readFilters>) => {
    const store = await deps.store();
    const [queue, log, reports] = await Promise.all([
      store.reviewQueue({ limit: 50, ...reviewQueueQuery(filters.parsed) }),
      store.auditLog({ limit: 20 }),
      // Readers' open reports: their notes show under the events they are about.
      store.readerReports({ limit: 200 }),
    ]);
    return { queue, log: log.items, reports };
  };
  const backOf = (form: Record<string, unknown>) =>
    readFilters(new URLSearchParams(typeof form.back === 'string' ? form.back : ''), false);

  web.get('/review', signedIn, async (c) => {
    const filters = readFilters(new URL(c.req.url).searchParams, true);
    const { queue, log, reports } = await queueAndLog(filters);
    const savedId = c.req.query('saved');
    const savedAction = z.enum(['confirmed', 'corrected', 'rejected']).safeParse(c.req.query('action'));
    const saved =
      savedId && EVENT_ID.test(savedId) && savedAction.success ? { id: savedId, action: savedAction.data } : undefined;
    const n = Number(c.req.query('n'));
    const bulk =
      savedId === 'bulk' &&
      (savedAction.data === 'confirmed' || savedAction.data === 'rejected') &&
      Number.isSafeInteger(n)
        ? { n, action: savedAction.data }
        : undefined;
    // One event opened for review shows its history too.
    const eventId = filters.parsed.event;
    const history = eventId ? await (await deps.store()).eventHistory(eventId) : null;
    const undone = Number(c.req.query('undone'));
    return privatePage(
      c,
      await reviewPage(c.var.page, {
        editor: c.var.editor,
        queue,
        threshold: THRESHOLD,
        log,
        reports,
        saved,
        bulk,
        filters,
        ...(history ? { history } : {}),
        ...(Number.isSafeInteger(undone) && undone > 0 ? { undone } : {}),
      }),
    );
  });

  web.post('/review/bulk', signedIn, async (c) => {
    const form = await formBody(c);
    const decision = z.enum(['confirmed', 'rejected']).safeParse(form.decision);
    if (!decision.success) throw inputError('decision: must be confirmed or rejected');
    const picked = form.event === undefined ? [] : Array.isArray(form.event) ? form.event : [form.event];
    const ids = [...new Set(picked.filter((v): v is string => typeof v === 'string' && EVENT_ID.test(v)))];
    if (!ids.length || ids.length !== picked.length) throw inputError('event: select one or more events');
    if (ids.length > BULK_MAX) throw inputError(`event: at most ${BULK_MAX} events at once`);
    const store = await deps.store();
    let n = 0;
    // One decision, and one audit row, per event.
    for (const eventId of ids) {
      if (await store.reviewEvent({ eventId, editor: c.var.editor.name, decision: decision.data })) n++;
    }
    const back = backOf(form).query;
    return c.redirect(`/review?${back ? `${back}&` : ''}saved=bulk&action=${decision.data}&n=${n}`, 303);
  });

  web.post('/review/events/:id', signedIn, async (c) => {
    const body = await formBody(c);
    const parsed = DecisionFormSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Named as the store's input errors, which the website answers with a 400 page saying why.
      throw Object.assign(new Error(`${issue?.path.join('.')}: ${issue?.message}`), { name: 'StoreInputError' });
    }
    const { decision, when, what, note } = parsed.data;
    const filters = backOf(body);
    const corrected = decision === 'corrected';
    const store = await deps.store();
    let entry: Awaited<ReturnType<typeof store.reviewEvent>>;
    try {
      entry = await store.reviewEvent({
        eventId: c.req.param('id'),
        editor: c.var.editor.name,
        decision,
        // Empty fields mean "unchanged"; only a correction carries a date or description, read as
        // people type it (1995–1999, 29.08.1991).
        ...(corrected && when ? { when: typedWhen(when) } : {}),
        ...(corrected && what ? { what } : {}),
        ...(note ? { note } : {}),
      });
    } catch (err) {
      // A date the store cannot read: the queue again, with the message beside that event's form.
      if (!(err instanceof Error && err.name === 'StoreInputError' && err.message.startsWith('when:'))) throw err;
      const { queue, log, reports } = await queueAndLog(filters);
      const problem = { id: c.req.param('id'), value: when ?? '' };
      const body = await reviewPage(c.var.page, {
        editor: c.var.editor,
        queue,
        threshold: THRESHOLD,
        log,
        reports,
        problem,
        filters,
      });
      return privatePage(c, body, 400);
    }
    if (!entry) throw Object.assign(new Error(`event: no event ${c.req.param('id')}`), { name: 'StoreInputError' });
    const back = filters.query ? `${filters.query}&` : '';
    return c.redirect(`/review?${back}saved=${encodeURIComponent(entry.factKey)}&action=${entry.action}`, 303);
  });

  web.get('/review/entities', signedIn, async (c) => {
    const store = await deps.store();
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const saved = SavedSchema.safeParse(c.req.query('saved'));
    const [queue, found] = await Promise.all([
      store.doubtfulEntities({ limit: 50, below: ENTITY_THRESHOLD }),
      q ? store.listEntities({ q, limit: 20 }).then((p) => p.items) : Promise.resolve(null),
    ]);
    return privatePage(
      c,
      await entityQueuePage(c.var.page, {
        queue,
        threshold: ENTITY_THRESHOLD,
        q,
        found,
        ...(saved.success ? { saved: saved.data as SavedAction } : {}),
      }),
    );
  });

  web.get('/review/entities/:id', signedIn, async (c) => {
    const id = EntityIdSchema.safeParse(c.req.param('id'));
    if (!id.success) throw inputError(`entity: not an entity id: ${c.req.param('id').slice(0, 60)}`);
    const store = await deps.store();
    const review = await store.entityReview(id.data);
    if (!review) {
      const into = await store.entityRedirect(id.data);
      if (into) return c.redirect(`/review/entities/${encodeURIComponent(into)}`, 303);
      throw inputError(`entity: no entity ${id.data}`);
    }
    const find = (c.req.query('find') ?? '').trim().slice(0, 200);
    const [candidates, reports] = await Promise.all([
      find ? store.listEntities({ q: find, limit: 20 }).then((p) => p.items) : Promise.resolve(null),
      store.readerReports({ factType: 'entity', factKey: id.data, limit: 50 }),
    ]);
    const saved = SavedSchema.safeParse(c.req.query('saved'));
    return privatePage(
      c,
      await entityReviewPage(c.var.page, {
        review,
        find,
        candidates,
        reports: reports.items,
        ...(saved.success ? { saved: saved.data as SavedAction } : {}),
      }),
    );
  });

  web.post('/review/entities/:id', signedIn, async (c) => {
    const id = c.req.param('id');
    const parsed = EntityFormSchema.safeParse(await formBody(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw inputError(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    const entry = await (await deps.store()).editEntity(entityEdit(id, c.var.editor.name, parsed.data));
    if (!entry) throw inputError(`entity: no entity ${id}`);
    if (entry.action === 'deleted') return c.redirect('/review/entities?saved=deleted', 303);
    const shown = entry.action === 'merged' && entry.target ? entry.target : entry.factKey;
    return c.redirect(`/review/entities/${encodeURIComponent(shown)}?saved=${entry.action}`, 303);
  });

  web.post('/review/entity-edits/:editId/undo', signedIn, async (c) => {
    const editId = Number(c.req.param('editId'));
    const form = await formBody(c);
    const back = EntityIdSchema.safeParse(form.back);
    const note = typeof form.note === 'string' && form.note.trim() ? form.note.trim().slice(0, 1000) : undefined;
    if (!Number.isSafeInteger(editId) || editId < 1) throw inputError(`edit: not an edit id: ${c.req.param('editId')}`);
    const entry = await (await deps.store()).undoEntityEdit({
      editId,
      editor: c.var.editor.name,
      ...(note ? { note } : {}),
    });
    if (!entry) throw inputError(`edit: no entity edit ${editId}`);
    const shown = back.success ? back.data : entry.factKey;
    return c.redirect(`/review/entities/${encodeURIComponent(shown)}?saved=undone`, 303);
  });
  return web;
}
