import { html } from 'hono/html';
import type { PageContext } from '../context.ts';
import type { Html } from '../layout.ts';

/** The search box: a real GET form, so it works without JavaScript. */
export function searchForm(ctx: PageContext, q = '', opts: { large?: boolean } = {}): Html {
  const { t } = ctx;
  return html`<form class="search-form${opts.large ? ' large' : ''}" action="/search" method="get" role="search">
<label for="q">${t.searchLabel}</label>
<div class="search-row">
<input id="q" name="q" type="search" value="${q}" placeholder="${t.searchPlaceholder}" maxlength="500" required autocomplete="off">
<button type="submit">${t.searchButton}</button>
</div>
</form>`;
}
