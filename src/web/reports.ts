// Readers' "report an error": the public form (no account, works without JavaScript) and the
// editors' list of open reports with Resolve / Dismiss.
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { clientAddress, createRateLimiter, REPORT_RATE_RULES, reportRateKeys } from '../domain/rate-limit.ts';
import {
  factKeyProblem,
  HONEYPOT_FIELD,
  REPORT_NOTE_MAX,
  REPORT_NOTE_MIN,
  REPORTED_FACT_TYPES,
  ReaderReportBodySchema,
  type ReportedFact,
} from '../domain/reader-reports.ts';
import { describedIn, type Store } from '../store/index.ts';
import { formatWhen } from './components/format.ts';
import type { WebDeps } from './context.ts';
import { fill } from './i18n/index.ts';
import { errorPage } from './pages/misc.ts';
import { reportFormPage, reportQueuePage, reportThanksPage } from './pages/reports.ts';
import {
  crossSite,
  formBody,
  inputError,
  privatePage,
  type ReviewEnv,
  sameOrigin,
  signedInCheck,
} from './review-http.ts';

const FactSchema = z.object({ type: z.enum(REPORTED_FACT_TYPES), key: z.string().max(240) });

/** A path of this site (never another site's address, `//host` included), or null. */
function sitePath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?![/\\])[^\s<>"]{0,500}$/.test(value) ? value : null;
}

/** Where the reader goes back to: the page they came from, or the fact's own page. */
function backOf(value: unknown, type: ReportedFact, key: string): string {
  const path = sitePath(value);
  if (path) return path;
  if (type === 'entity') return `/entities/${encodeURIComponent(key)}`;
  if (type === 'conflict') return '/conflicts';
  if (type === 'claim') return `/articles/${key.split(':')[0]}`;
  return '/timeline';
}

/** The reported fact from the query or the form, or a 400 naming the field. */
function factOf(input: Record<string, unknown>): { type: ReportedFact; key: string } {
  const parsed = FactSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw inputError(`${issue?.path.join('.') || 'type'}: ${issue?.message}`);
  }
  const problem = factKeyProblem(parsed.data.type, parsed.data.key);
  if (problem) throw inputError(problem);
  return parsed.data;
}

/**
 * The fact as the reader saw it: an event with its date written out and its description in the
 * interface language when a source has one; other facts as the store names them.
 */
async function shownSubject(
  store: Store,
  fact: { type: ReportedFact; key: string },
  subject: string,
  c: Context<ReviewEnv>,
): Promise<string> {
  if (fact.type !== 'event') return subject;
  const [event] = (await store.reviewQueue({ eventId: fact.key, limit: 1 })).items;
  if (!event) return subject;
  const { ui, t } = c.var.page;
  return `${formatWhen(event.when, ui, t)}: ${describedIn(event, ui).what}`;
}

/** The socket's address (Node), or a trusted proxy's `X-Forwarded-For`. */
export function requestClient(c: Context): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  return clientAddress(
    socket?.remoteAddress,
    c.req.header('X-Forwarded-For'),
    process.env.CHRONICLE_TRUST_PROXY === '1',
  );
}

/** `/report` for readers, `/review/reports` for editors. */
export function reportPages(deps: WebDeps): Hono<ReviewEnv> {
  const web = new Hono<ReviewEnv>();
  const limiter = deps.reportLimiter ?? createRateLimiter(REPORT_RATE_RULES);
  const signedIn = signedInCheck(deps);

  const notFound = async (c: Context<ReviewEnv>) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await errorPage(c.var.page, 'notFound'), 404);
  };

  web.get('/report', async (c) => {
    const fact = factOf(c.req.query());
    const store = await deps.store();
    const subject = await store.reportedFact(fact.type, fact.key);
    if (subject === null) return notFound(c);
    const back = backOf(c.req.query('back'), fact.type, fact.key);
    return c.html(
      await reportFormPage(c.var.page, { ...fact, subject: await shownSubject(store, fact, subject, c), back }),
    );
  });

  web.post('/report', async (c) => {
    if (!sameOrigin(c)) return crossSite(c);
    const form = await formBody(c);
    const fact = factOf(form);
    const back = backOf(form.back, fact.type, fact.key);
    // A robot fills every field: it is thanked as a person would be, and nothing is kept.
    const trap = form[HONEYPOT_FIELD];
    if (typeof trap !== 'string' || trap !== '')
      return c.redirect(`/report/thanks?back=${encodeURIComponent(back)}`, 303);
    const store = await deps.store();
    const stored = await store.reportedFact(fact.type, fact.key);
    if (stored === null) return notFound(c);
    const subject = await shownSubject(store, fact, stored, c);
    const t = c.var.page.t.reports;
    const note = typeof form.note === 'string' ? form.note.slice(0, REPORT_NOTE_MAX * 2) : '';
    const again = async (problem: string, status: 400 | 429) => {
      c.header('Cache-Control', 'private, no-store');
      return c.html(await reportFormPage(c.var.page, { ...fact, subject, back, note, problem }), status);
    };
    const parsed = ReaderReportBodySchema.safeParse({ ...fact, note, language: c.var.page.ui });
    if (!parsed.success) return again(fill(t.badNote, { min: REPORT_NOTE_MIN, max: REPORT_NOTE_MAX }), 400);
    const rate = limiter.hit(reportRateKeys(requestClient(c)));
    if (!rate.ok) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return again(fill(t.tooMany, { minutes: Math.ceil(rate.retryAfterSeconds / 60) }), 429);
    }
    const added = await store.addReaderReport({
      factType: fact.type,
      factKey: fact.key,
      note: parsed.data.note,
      language: c.var.page.ui,
    });
    if (added.status === 'missing') return notFound(c);
    if (added.status === 'full') return again(t.factFull, 429);
    return c.redirect(`/report/thanks?back=${encodeURIComponent(back)}`, 303);
  });

  web.get('/report/thanks', async (c) => {
    return c.html(await reportThanksPage(c.var.page, sitePath(c.req.query('back')) ?? '/'));
  });

  web.get('/review/reports', signedIn, async (c) => {
    const reports = await (await deps.store()).readerReports({ limit: 100 });
    const id = Number(c.req.query('report'));
    const action = z.enum(['resolved', 'dismissed']).safeParse(c.req.query('saved'));
    const saved = action.success && Number.isSafeInteger(id) ? { id, action: action.data } : undefined;
    return privatePage(c, await reportQueuePage(c.var.page, { reports, ...(saved ? { saved } : {}) }));
  });

  web.post('/review/reports/:id', signedIn, async (c) => {
    const id = Number(c.req.param('id'));
    if (!/^\d{1,9}$/.test(c.req.param('id')) || id < 1)
      throw inputError(`report: not a report id: ${c.req.param('id').slice(0, 20)}`);
    const form = await formBody(c);
    const status = z.enum(['resolved', 'dismissed']).safeParse(form.status);
    if (!status.success) throw inputError('status: must be resolved or dismissed');
    const note = typeof form.note === 'string' && form.note.trim() ? form.note.trim() : undefined;
    const entry = await (await deps.store()).resolveReaderReport({
      reportId: id,
      editor: c.var.editor.name,
      status: status.data,
      ...(note ? { note } : {}),
    });
    if (!entry) throw inputError(`report: no report ${id}`);
    return c.redirect(`/review/reports?saved=${status.data}&report=${id}`, 303);
  });
  return web;
}
