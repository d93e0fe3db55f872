// The editors' pages for conflicts: one conflict with dismiss/confirm forms and its history, and
// the list of dismissed conflicts (which readers no longer see).
import { html } from 'hono/html';
import type { Conflict, ConflictReview, Page } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';
import { historyList, type RefusedUndo, undoNotice } from './review-history.ts';

/** A conflict's values, each with its article and sentence. */
function conflictValues(c: Conflict) {
  return html`<ul>${c.values.map(
    (v) =>
      html`<li><strong>${v.value}</strong> — <a href="/articles/${v.articleId}#s-${v.sentence.start}">${v.title}</a><p class="snippet">${v.text}</p></li>`,
  )}</ul>`;
}

/** One conflict as an editor reviews it. */
export function conflictReviewPage(
  ctx: PageContext,
  data: {
    review: ConflictReview;
    saved?: 'dismissed' | 'confirmed';
    undone?: number;
    refused?: RefusedUndo;
  },
) {
  const { t } = ctx;
  const r = t.review;
  const { conflict, review } = data.review;
  const back = `/review/conflicts/${conflict.id}`;
  const state = !review
    ? r.conflictNone
    : fill(review.decision === 'dismissed' ? r.conflictDismissed : r.conflictConfirmed, {
        editor: review.editor,
        at: review.at.slice(0, 16).replace('T', ' '),
      });
  const button = (decision: 'dismissed' | 'confirmed', label: string) =>
    html`<form method="post" action="/review/conflicts/${conflict.id}"><input type="hidden" name="decision" value="${decision}">
<p><label for="note-${decision}">${r.noteLabel}</label><br><input id="note-${decision}" name="note" maxlength="1000"></p>
<button type="submit">${label}</button></form>`;
  return layout(ctx, {
    title: r.conflictTitle,
    body: html`<h1>${r.conflictTitle}</h1>
${data.saved ? html`<p class="notice" role="status">${fill(r.conflictSaved, { action: r.actions[data.saved] })}</p>` : ''}
${undoNotice(ctx, { ...(data.undone ? { undone: data.undone } : {}), ...(data.refused ? { refused: data.refused } : {}) })}
<p><a href="/review">${r.title}</a> · <a href="/review/conflicts">${r.conflictsLink}</a> · <a href="/conflicts">${t.conflictsTitle}</a></p>
<article class="card"><p><span class="badge badge-warn">${conflict.kind === 'date' ? t.conflictDate : t.conflictValue}</span></p>
<h2>${conflict.subject}</h2>
${conflictValues(conflict)}
<p><strong>${state}</strong></p>
${review?.decision !== 'dismissed' ? button('dismissed', r.dismiss) : button('confirmed', r.restore)}
${review?.decision === undefined ? button('confirmed', r.confirmConflict) : ''}
</article>
<h2>${r.conflictHistoryTitle}</h2>
${historyList(ctx, data.review.history, back, r.logEmpty)}`,
  });
}

/** The conflicts editors dismissed, each linked to its review page. */
export function dismissedConflictsPage(ctx: PageContext, page: Page<Conflict>) {
  const { t } = ctx;
  const r = t.review;
  return layout(ctx, {
    title: r.conflictsTitle,
    body: html`<h1>${r.conflictsTitle}</h1>
<p><a href="/review">${r.title}</a> · <a href="/conflicts">${t.conflictsTitle}</a></p>
<p>${r.conflictsIntro}</p>
${
  page.items.length
    ? html`<ul class="conflicts">${page.items.map(
        (c) =>
          html`<li class="card"><h2><a href="/review/conflicts/${c.id}">${c.subject}</a></h2>${conflictValues(c)}</li>`,
      )}</ul>`
    : html`<p>${r.conflictsNone}</p>`
}`,
  });
}
