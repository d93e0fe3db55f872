import { html } from 'hono/html';
import type { AuditEntry, Editor, Page, TimelineEvent } from '../../store/index.ts';
import { formatWhen } from '../components/format.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';

/** The sign-in form of the review page: an editor pastes the token `chronicle editor add` printed. */
export function reviewLoginPage(ctx: PageContext, failed: boolean) {
  const r = ctx.t.review;
  return layout(ctx, {
    title: r.title,
    body: html`<h1>${r.title}</h1>
<p>${r.loginIntro}</p>
${failed ? html`<p class="hint" role="alert">${r.badToken}</p>` : ''}
<form method="post" action="/review/login" class="review-login">
<label for="token">${r.tokenLabel}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required maxlength="200">
<button type="submit">${r.signIn}</button>
</form>`,
  });
}

export interface ReviewPageData {
  editor: Editor;
  queue: Page<TimelineEvent>;
  threshold: number;
  log: AuditEntry[];
  saved?: { id: string; action: AuditEntry['action'] };
  /** A correction that could not be saved: its event and the date as typed. */
  problem?: { id: string; value: string };
}

/**
 * The queue with a confirm, reject and correct form per event, and the latest decisions. The
 * description box is 30 columns wide so that it fits a 320 px phone (the site's CSP refuses inline
 * styles, and the stylesheet does not size textareas).
 */
export function reviewPage(ctx: PageContext, data: ReviewPageData) {
  const { t, ui } = ctx;
  const r = t.review;
  const { queue } = data;
  return layout(ctx, {
    title: r.title,
    body: html`<h1>${r.title}</h1>
<form method="post" action="/review/logout"><p>${fill(r.signedInAs, { name: data.editor.name })} <button type="submit">${r.signOut}</button></p></form>
${
  data.problem
    ? html`<p class="notice notice-error" role="alert"><a href="#${data.problem.id}">${fill(r.badWhen, { value: data.problem.value })}</a></p>`
    : ''
}
${data.saved ? html`<p class="hint" role="status">${fill(r.saved, { id: data.saved.id, action: r.actions[data.saved.action] })}</p>` : ''}
<p><a href="/review/entities">${t.entityReview.queueTitle}</a></p>
<h2>${r.queueTitle}</h2>
<p>${fill(r.queueIntro, { threshold: data.threshold, total: queue.total })}</p>
${
  queue.items.length
    ? html`<ol class="events">${queue.items.map(
        (e) => html`<li class="event" id="${e.id}">
<span class="event-when">${formatWhen(e.when, ui, t)}</span> <code>${e.when}</code> · ${fill(r.confidence, { n: e.confidence.toFixed(2) })} · <code>${e.id}</code>
<p class="event-what">${e.what}</p>
${e.sources.map((s) => html`<blockquote lang="${s.language}"><a href="/articles/${s.articleId}#s-${s.sentence.start}">${s.title}</a>: ${s.sentenceText}</blockquote>`)}
<form method="post" action="/review/events/${e.id}"><input type="hidden" name="decision" value="confirmed"><button type="submit">${r.confirm}</button></form>
<form method="post" action="/review/events/${e.id}"><input type="hidden" name="decision" value="rejected"><button type="submit">${r.reject}</button></form>
<details${data.problem?.id === e.id ? ' open' : ''}><summary>${r.correct}</summary>
<form method="post" action="/review/events/${e.id}"><input type="hidden" name="decision" value="corrected">
<p><label for="when-${e.id}">${r.whenLabel}</label><br><input id="when-${e.id}" name="when" value="${data.problem?.id === e.id ? data.problem.value : e.when}" maxlength="64"${data.problem?.id === e.id ? html` aria-invalid="true" aria-describedby="when-help-${e.id}"` : ''}></p>
<p class="hint" id="when-help-${e.id}">${r.whenHelp}</p>
<p><label for="what-${e.id}">${r.whatLabel}</label><br><textarea id="what-${e.id}" name="what" rows="4" cols="30" maxlength="1000">${e.what}</textarea></p>
<p><label for="note-${e.id}">${r.noteLabel}</label><br><input id="note-${e.id}" name="note" maxlength="1000"></p>
<button type="submit">${r.saveCorrection}</button></form>
</details>
</li>`,
      )}</ol>`
    : html`<p>${r.queueEmpty}</p>`
}
<h2>${r.logTitle}</h2>
${
  data.log.length
    ? html`<ul>${data.log.map(
        (a) =>
          html`<li><time datetime="${a.at}">${a.at.slice(0, 16).replace('T', ' ')}</time> <code>${a.factKey}</code> ${r.actions[a.action]} — ${a.editor}${'when' in a.before && 'when' in a.after && a.before.when !== a.after.when ? html`: ${a.before.when} → ${a.after.when}` : ''}${a.note ? html` (${a.note})` : ''}</li>`,
      )}</ul>`
    : html`<p>${r.logEmpty}</p>`
}`,
  });
}
