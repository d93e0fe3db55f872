import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Editor } from '../store/index.ts';
import type { PageContext, WebDeps } from './context.ts';
import { reviewLoginPage, reviewPage } from './pages/review.ts';

/** The cookie holding a signed-in editor's token: HttpOnly, SameSite=Strict, only sent to /review. */
const COOKIE = 'chronicle_editor';
const COOKIE_HOURS = 12;
/** The review page's queue threshold: the store's default. */
const THRESHOLD = 0.6;

const DecisionFormSchema = z.object({
  decision: z.enum(['confirmed', 'corrected', 'rejected']),
  when: z.string().trim().max(64).optional(),
  what: z.string().trim().max(1000).optional(),
  note: z.string().trim().max(1000).optional(),
});

/** `page` is set by the website's language middleware, `editor` by `signedIn`. */
type ReviewEnv = { Variables: { page: PageContext; editor: Editor } };

/** Never kept by any cache: every review page is one editor's. */
function privatePage(c: Context, body: string, status: 200 | 401 = 200) {
  c.header('Cache-Control', 'private, no-store');
  return c.html(body, status);
}

/**
 * A form post from another site is refused, whatever the browser tells: an Origin other than this
 * server's (`null` included), `Sec-Fetch-Site` other than same-origin, or, with no Origin, a
 * Referer from elsewhere. The cookie is SameSite=Strict as well; this holds where that does not.
 */
function sameOrigin(c: Context): boolean {
  const own = publicOrigin(c);
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== own) return false;
  const fetchSite = c.req.header('Sec-Fetch-Site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const referer = c.req.header('Referer');
  if (origin === undefined && referer) return URL.canParse(referer) && new URL(referer).origin === own;
  return true;
}

/**
 * The origin browsers see this server at: the request's own, or behind a TLS proxy that says so
 * (`CHRONICLE_TRUST_PROXY=1`) the one in its `X-Forwarded-Proto` and `X-Forwarded-Host`. Only
 * trusted when told: anyone can send those headers to a server that faces the network itself.
 */
function publicOrigin(c: Context): string {
  const url = new URL(c.req.url);
  if (process.env.CHRONICLE_TRUST_PROXY !== '1') return url.origin;
  const first = (name: string) => c.req.header(name)?.split(',')[0]?.trim();
  const proto = first('X-Forwarded-Proto') ?? url.protocol.slice(0, -1);
  const host = first('X-Forwarded-Host') ?? url.host;
  return `${proto}://${host}`;
}

const crossSite = (c: Context) => c.text('cross-site form refused', 403);

/** The posted form, or a 400 (as the store's input errors are answered) when the body is none. */
async function formBody(c: Context): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody();
  } catch {
    throw Object.assign(new Error('form: the request body is not a readable form'), { name: 'StoreInputError' });
  }
}

/**
 * `/review`: the editors' page (queue with confirm, reject and correct forms; latest decisions)
 * behind a sign-in with the editor's token, kept in a cookie. Works without JavaScript.
 */
export function reviewPages(deps: WebDeps): Hono<ReviewEnv> {
  const web = new Hono<ReviewEnv>();
  const editorOf = async (c: Context): Promise<Editor | null> => {
    const token = getCookie(c, COOKIE);
    return token ? (await deps.store()).editorByToken(token) : null;
  };
  const signedIn: MiddlewareHandler<ReviewEnv> = async (c, next) => {
    if (c.req.method === 'POST' && !sameOrigin(c)) return crossSite(c);
    const editor = await editorOf(c);
    if (!editor) return privatePage(c, await reviewLoginPage(c.var.page, false), 401);
    c.set('editor', editor);
    await next();
  };

  web.post('/review/login', async (c) => {
    if (!sameOrigin(c)) return crossSite(c);
    const form = await formBody(c);
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const editor = token ? await (await deps.store()).editorByToken(token) : null;
    if (!editor) return privatePage(c, await reviewLoginPage(c.var.page, true), 401);
    setCookie(c, COOKIE, token, {
      path: '/review',
      httpOnly: true,
      sameSite: 'Strict',
      secure: publicOrigin(c).startsWith('https:'),
      maxAge: COOKIE_HOURS * 3600,
    });
    return c.redirect('/review', 303);
  });

  web.post('/review/logout', (c) => {
    // Another site must not sign an editor out either.
    if (!sameOrigin(c)) return crossSite(c);
    deleteCookie(c, COOKIE, { path: '/review' });
    return c.redirect('/review', 303);
  });

  web.get('/review', signedIn, async (c) => {
    const store = await deps.store();
    const [queue, log] = await Promise.all([
      store.reviewQueue({ limit: 50, below: THRESHOLD }),
      store.auditLog({ limit: 20 }),
    ]);
    const savedId = c.req.query('saved');
    const savedAction = z.enum(['confirmed', 'corrected', 'rejected']).safeParse(c.req.query('action'));
    const saved =
      savedId && /^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/.test(savedId) && savedAction.success
        ? { id: savedId, action: savedAction.data }
        : undefined;
    return privatePage(
      c,
      await reviewPage(c.var.page, { editor: c.var.editor, queue, threshold: THRESHOLD, log: log.items, saved }),
    );
  });

  web.post('/review/events/:id', signedIn, async (c) => {
    const parsed = DecisionFormSchema.safeParse(await formBody(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Named as the store's input errors, which the website answers with a 400 page saying why.
      throw Object.assign(new Error(`${issue?.path.join('.')}: ${issue?.message}`), { name: 'StoreInputError' });
    }
    const { decision, when, what, note } = parsed.data;
    const corrected = decision === 'corrected';
    const entry = await (await deps.store()).reviewEvent({
      eventId: c.req.param('id'),
      editor: c.var.editor.name,
      decision,
      // Empty fields mean "unchanged"; only a correction carries a date or description.
      ...(corrected && when ? { when } : {}),
      ...(corrected && what ? { what } : {}),
      ...(note ? { note } : {}),
    });
    if (!entry) throw Object.assign(new Error(`event: no event ${c.req.param('id')}`), { name: 'StoreInputError' });
    return c.redirect(`/review?saved=${encodeURIComponent(entry.factKey)}&action=${entry.action}`, 303);
  });
  return web;
}
