// What every editors' page shares: the sign-in cookie, the check that lets only editors through,
// the cross-site refusal of posts, private answers and the form body.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Editor } from '../store/index.ts';
import type { PageContext, WebDeps } from './context.ts';
import { reviewLoginPage } from './pages/review.ts';

/** The cookie holding a signed-in editor's token: HttpOnly, SameSite=Strict, only sent to /review. */
export const COOKIE = 'chronicle_editor';
export const COOKIE_HOURS = 12;
/**
 * A second cookie, for the whole site, that only says "an editor signed in on this browser" (no
 * token): public pages then link to the review of what they show. It grants nothing; the review
 * pages still check the token.
 */
export const HINT_COOKIE = 'chronicle_editor_hint';
/** Refused input, named as the store's input errors are, which the website answers with a 400 page saying why. */
export function inputError(message: string): Error {
  return Object.assign(new Error(message), { name: 'StoreInputError' });
}

/** `page` is set by the website's language middleware, `editor` by `signedIn`. */
export type ReviewEnv = { Variables: { page: PageContext; editor: Editor } };

/** Never kept by any cache: every review page is one editor's. */
export function privatePage(c: Context, body: string, status: 200 | 400 | 401 | 403 | 413 = 200) {
  c.header('Cache-Control', 'private, no-store');
  return c.html(body, status);
}

/**
 * A form post from another site is refused, whatever the browser tells: an Origin other than this
 * server's (`null` included), `Sec-Fetch-Site` other than same-origin, or, with no Origin, a
 * Referer from elsewhere. The cookie is SameSite=Strict as well; this holds where that does not.
 */
export function sameOrigin(c: Context): boolean {
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
export function publicOrigin(c: Context): string {
  const url = new URL(c.req.url);
  if (process.env.CHRONICLE_TRUST_PROXY !== '1') return url.origin;
  const first = (name: string) => c.req.header(name)?.split(',')[0]?.trim();
  const proto = first('X-Forwarded-Proto') ?? url.protocol.slice(0, -1);
  const host = first('X-Forwarded-Host') ?? url.host;
  return `${proto}://${host}`;
}

export const crossSite = (c: Context) => c.text('cross-site form refused', 403);

/** The posted form, or a 400 (as the store's input errors are answered) when the body is none. */
export async function formBody(c: Context): Promise<Record<string, unknown>> {
  try {
    // `all`: a field sent more than once (the chosen mentions) arrives as a list.
    return await c.req.parseBody({ all: true });
  } catch {
    throw Object.assign(new Error('form: the request body is not a readable form'), { name: 'StoreInputError' });
  }
}

/**
 * Lets only a signed-in editor through (the cookie's token, looked up on every request, so a
 * disabled editor is out at once); others get the sign-in form with 401. Posts from another
 * site are refused with 403 first.
 */
export function signedInCheck(deps: WebDeps): MiddlewareHandler<ReviewEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST' && !sameOrigin(c)) return crossSite(c);
    const token = getCookie(c, COOKIE);
    const editor = token ? await (await deps.store()).editorByToken(token) : null;
    if (!editor) return privatePage(c, await reviewLoginPage(c.var.page, false), 401);
    c.set('editor', editor);
    await next();
  };
}
