import { html } from 'hono/html';
import { HONEYPOT_FIELD, REPORT_NOTE_MAX, REPORT_NOTE_MIN, type ReportedFact } from '../../domain/reader-reports.ts';
import type { Page, ReaderReport } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';

export interface ReportFormData {
  type: ReportedFact;
  key: string;
  /** What the fact is as readers see it. */
  subject: string;
  /** The page the reader came from (a path of this site), for the way back. */
  back: string;
  /** The note as typed, when the form comes back. */
  note?: string;
  /** Why the form came back: a refused note, or a limit. */
  problem?: string;
}

/** The short public form: what is reported, a note, a field robots fill and people do not. */
export function reportFormPage(ctx: PageContext, data: ReportFormData) {
  const t = ctx.t.reports;
  const label = fill(t.noteLabel, { min: REPORT_NOTE_MIN, max: REPORT_NOTE_MAX });
  return layout(ctx, {
    title: t.title,
    body: html`<h1>${t.title}</h1>
${data.problem ? html`<p class="notice notice-error" role="alert" id="report-problem">${data.problem}</p>` : ''}
<p>${t.intro}</p>
<section class="card" aria-labelledby="reported-title"><h2 id="reported-title">${t.about[data.type]}</h2><p>${data.subject}</p></section>
<form method="post" action="/report" class="report-form">
<input type="hidden" name="type" value="${data.type}">
<input type="hidden" name="key" value="${data.key}">
<input type="hidden" name="back" value="${data.back}">
<p><label for="report-note">${label}</label><br><textarea id="report-note" name="note" rows="5" cols="30" required minlength="${REPORT_NOTE_MIN}" maxlength="${REPORT_NOTE_MAX}"${data.problem ? html` aria-invalid="true" aria-describedby="report-problem"` : ''}>${data.note ?? ''}</textarea></p>
<div class="visually-hidden" aria-hidden="true"><label for="report-${HONEYPOT_FIELD}">${t.honeypot}</label> <input id="report-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<p><button type="submit">${t.send}</button></p>
</form>
<p><a href="${data.back}">${t.back}</a></p>`,
  });
}

/** What a reader sees once the report is sent. */
export function reportThanksPage(ctx: PageContext, back: string) {
  const t = ctx.t.reports;
  return layout(ctx, {
    title: t.thanksTitle,
    body: html`<section class="card"><h1>${t.thanksTitle}</h1>
<p class="notice" role="status">${t.thanksText}</p>
<p><a href="${back}">${t.back}</a></p></section>`,
  });
}

/** What readers reported about one fact, for the editor reviewing it: each note linked to its report. */
export function readerNotes(ctx: PageContext, reports: ReaderReport[]) {
  if (!reports.length) return '';
  const r = ctx.t.reports;
  return html`<div class="notice reader-notes"><p><strong>${r.onEvent}</strong></p><ul>${reports.map(
    (x) =>
      html`<li><span${x.language ? html` lang="${x.language}"` : ''}>${x.note}</span> <a href="/review/reports#report-${x.id}">#${x.id}</a></li>`,
  )}</ul></div>`;
}

/** Where an editor checks the fact a report is about. */
function factReview(ctx: PageContext, r: ReaderReport) {
  const t = ctx.t.reports;
  if (r.factType === 'event')
    return html`<a href="/review?event=${encodeURIComponent(r.factKey)}">${t.reviewEvent}</a>`;
  if (r.factType === 'entity')
    return html`<a href="/review/entities/${encodeURIComponent(r.factKey)}">${t.reviewEntity}</a>`;
  if (r.factType === 'conflict')
    return html`<a href="/review/conflicts/${encodeURIComponent(r.factKey)}">${ctx.t.review.reviewThisConflict}</a>`;
  return html`<a href="/articles/${r.factKey.split(':')[0]}">${t.about.claim}</a>`;
}

export interface ReportQueueData {
  reports: Page<ReaderReport>;
  /** The report just acted on. */
  saved?: { id: number; action: 'resolved' | 'dismissed' };
}

/** Readers' open reports for editors, each with a way to the fact and Resolve / Dismiss forms. */
export function reportQueuePage(ctx: PageContext, data: ReportQueueData) {
  const { t } = ctx;
  const r = t.reports;
  return layout(ctx, {
    title: r.queueTitle,
    body: html`<h1>${r.queueTitle}</h1>
<p><a href="/review">${t.review.title}</a></p>
${data.saved ? html`<p class="notice" role="status">${fill(r.saved, { id: data.saved.id, action: t.review.actions[data.saved.action] })}</p>` : ''}
${
  data.reports.items.length
    ? html`<p>${fill(r.queueIntro, { total: data.reports.total })}</p>
<ol class="reports">${data.reports.items.map(
        (x) => html`<li class="card report" id="report-${x.id}">
<p><strong>${r.about[x.factType]}</strong> <code>${x.factKey}</code>: ${x.subject ?? r.gone}</p>
<blockquote${x.language ? html` lang="${x.language}"` : ''}>${x.note}</blockquote>
<p class="meta">#${x.id} · ${fill(r.reported, { at: x.createdAt.slice(0, 16).replace('T', ' ') })} · ${factReview(ctx, x)}</p>
<form method="post" action="/review/reports/${x.id}">
<p><label for="resolution-${x.id}">${r.resolutionNote}</label><br><input id="resolution-${x.id}" name="note" maxlength="1000"></p>
<p><button type="submit" name="status" value="resolved">${r.resolve}</button> <button type="submit" name="status" value="dismissed">${r.dismiss}</button></p>
</form></li>`,
      )}</ol>`
    : html`<p>${r.queueEmpty}</p>`
}`,
  });
}
