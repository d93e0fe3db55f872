import { html, raw } from 'hono/html';
import type { AuditEntry, Editor, Page, ReaderReport, TimelineEvent } from '../../store/index.ts';
import { formatWhen } from '../components/format.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';
import { readerNotes } from './reports.ts';
import { decisionLog, historyList, undoNotice } from './review-history.ts';

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
  /** Readers' open reports: counted in the link to their page, their notes under the events they are about. */
  reports?: Page<ReaderReport>;
  saved?: { id: string; action: AuditEntry['action'] };
  /** A correction that could not be saved: its event and the date as typed. */
  problem?: { id: string; value: string };
  /** Several events decided at once from the bulk form. */
  bulk?: { n: number; action: 'confirmed' | 'rejected' };
  /** The queue's filters as typed (empty when none), and as a query string the forms send back. */
  filters?: ReviewFilters;
  /** With the event filter: that event's review history, oldest first. */
  history?: AuditEntry[];
  /** The audit row just undone. */
  undone?: number;
}

/** The /review page's GET filters: field values as typed, whether any is set, and the query string. */
export interface ReviewFilters {
  values: Partial<Record<(typeof FILTER_FIELDS)[number], string>>;
  active: boolean;
  query: string;
}

/** The filter form's fields, as `GET /api/review/queue` names them. */
export const FILTER_FIELDS = ['q', 'lang', 'article', 'entity', 'event', 'above', 'below', 'decision'] as const;

function filterForm(ctx: PageContext, f: ReviewFilters | undefined) {
  const r = ctx.t.review;
  const v = f?.values ?? {};
  const text = (name: 'q' | 'article' | 'entity' | 'event' | 'above' | 'below', label: string, extra = '') =>
    html`<p><label for="f-${name}">${label}</label><br><input id="f-${name}" name="${name}" value="${v[name] ?? ''}"${raw(extra)}></p>`;
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value="${value}"${(current ?? '') === value ? ' selected' : ''}>${label}</option>`;
  return html`<form method="get" action="/review" class="review-filter" role="search" aria-labelledby="filter-title">
<h2 id="filter-title">${r.filterTitle}</h2>
<p class="hint">${r.filterIntro}</p>
${text('q', r.filterQ, ' type="search" maxlength="500"')}
<p><label for="f-lang">${r.filterLang}</label><br><select id="f-lang" name="lang">${option('', r.any, v.lang)}${option('kk', 'қазақша', v.lang)}${option('ru', 'русский', v.lang)}${option('en', 'English', v.lang)}</select></p>
${text('article', r.filterArticle, ' inputmode="numeric" maxlength="16"')}
${text('entity', r.filterEntity, ' maxlength="200"')}
${text('event', r.filterEvent, ' maxlength="30"')}
${text('above', r.filterAbove, ' inputmode="decimal" maxlength="5"')}
${text('below', r.filterBelow, ' inputmode="decimal" maxlength="5"')}
<p><label for="f-decision">${r.filterDecision}</label><br><select id="f-decision" name="decision">${option('', r.any, v.decision)}${option('unreviewed', r.unreviewed, v.decision)}${option('confirmed', r.actions.confirmed, v.decision)}${option('corrected', r.actions.corrected, v.decision)}${option('rejected', r.actions.rejected, v.decision)}</select></p>
<p><button type="submit">${r.search}</button>${f?.active ? html` <a href="/review">${r.clearFilters}</a>` : ''}</p>
</form>`;
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
  // Every decision form returns to the same filtered queue.
  const back = data.filters?.query ? html`<input type="hidden" name="back" value="${data.filters.query}">` : '';
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
${data.undone ? undoNotice(ctx, { undone: data.undone }) : ''}
${data.bulk ? html`<p class="hint" role="status">${fill(r.bulkSaved, { n: data.bulk.n, action: r.actions[data.bulk.action] })}</p>` : ''}
<p><a href="/review/reports">${data.reports?.total ? fill(t.reports.queueLink, { n: data.reports.total }) : t.reports.queueTitle}</a> · <a href="/review/entities">${t.entityReview.queueTitle}</a> · <a href="/review/upload">${t.editors.uploadLink}</a>${data.editor.role === 'admin' ? html` · <a href="/review/editors">${t.editors.link}</a>` : ''}</p>
${filterForm(ctx, data.filters)}
<h2>${data.filters?.active ? r.foundTitle : r.queueTitle}</h2>
<p>${data.filters?.active ? fill(r.foundIntro, { total: queue.total }) : fill(r.queueIntro, { threshold: data.threshold, total: queue.total })}</p>
${
  queue.items.length
    ? html`<form method="post" action="/review/bulk" id="bulk">${back}<p><button type="submit" name="decision" value="confirmed">${r.bulkConfirm}</button> <button type="submit" name="decision" value="rejected">${r.bulkReject}</button></p></form>
<ol class="events">${queue.items.map(
        (e) => html`<li class="event" id="${e.id}">
<p><input type="checkbox" id="pick-${e.id}" name="event" value="${e.id}" form="bulk"> <label for="pick-${e.id}">${r.select} <code>${e.id}</code></label></p>
<span class="event-when">${formatWhen(e.when, ui, t)}</span> <code>${e.when}</code> · ${fill(r.confidence, { n: e.confidence.toFixed(2) })}${e.review ? html` · <strong>${fill(r.decidedNow, { decision: r.actions[e.review.decision] })}</strong>` : ''}
<p class="event-what">${e.what}</p>
${readerNotes(ctx, data.reports?.items.filter((x) => x.factType === 'event' && x.factKey === e.id) ?? [])}
${e.sources.map((s) => html`<blockquote lang="${s.language}"><a href="/articles/${s.articleId}#s-${s.sentence.start}">${s.title}</a>: ${s.sentenceText}</blockquote>`)}
<form method="post" action="/review/events/${e.id}">${back}<input type="hidden" name="decision" value="confirmed"><button type="submit">${r.confirm}</button></form>
<form method="post" action="/review/events/${e.id}">${back}<input type="hidden" name="decision" value="rejected"><button type="submit">${r.reject}</button></form>
<details${data.problem?.id === e.id ? ' open' : ''}><summary>${r.correct}</summary>
<form method="post" action="/review/events/${e.id}">${back}<input type="hidden" name="decision" value="corrected">
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
${data.history ? html`<h2 id="history">${r.historyTitle}</h2>${historyList(ctx, data.history, `/review?${data.filters?.query ?? ''}`, r.historyEmpty)}` : ''}
<p><a href="/review/conflicts">${r.conflictsLink}</a></p>
<h2>${r.logTitle}</h2>
${data.log.length ? decisionLog(ctx, data.log, `/review${data.filters?.query ? `?${data.filters.query}` : ''}`) : html`<p>${r.logEmpty}</p>`}`,
  });
}
