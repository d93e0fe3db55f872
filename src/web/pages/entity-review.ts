import { html } from 'hono/html';
import type { EntityType } from '../../analyze/types.ts';
import { ENTITY_TYPES } from '../../domain/entity-types.ts';
import { SITE_LANGUAGES } from '../../domain/languages.ts';
import type { AuditEntry, EntityReview, EntitySummary, Page, ReaderReport } from '../../store/index.ts';
import { nameHtml } from '../components/names.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';
import { snippet } from './entities.ts';
import { readerNotes } from './reports.ts';

/** What a success message names: the action an edit or undo took. */
export type SavedAction = AuditEntry['action'];

function savedNotice(ctx: PageContext, saved: SavedAction | undefined) {
  const r = ctx.t.review;
  if (!saved) return '';
  return html`<p class="notice" role="status">${fill(ctx.t.entityReview.saved, { action: r.actions[saved] })}</p>`;
}

/** One entity listed for review: its name, type and counts, linked to its review page. */
function entityItem(ctx: PageContext, e: EntitySummary) {
  const { t } = ctx;
  return html`<li><a href="/review/entities/${encodeURIComponent(e.id)}">${nameHtml(e.id, e.name, ctx.ui, e.names)}</a> <span class="meta">${t.entityTypes[e.type]} · <code>${e.id}</code> · ${fill(t.mentionsCount, { n: e.mentionCount, m: e.articleCount })}${e.confidence !== null && e.confidence !== undefined ? html` · ${fill(t.review.confidence, { n: e.confidence.toFixed(2) })}` : ''}</span></li>`;
}

/** The doubtful entities, least confident first, and a name search to open any entity for review. */
export function entityQueuePage(
  ctx: PageContext,
  data: {
    queue: Page<EntitySummary>;
    threshold: number;
    q: string;
    found: EntitySummary[] | null;
    saved?: SavedAction;
  },
) {
  const { t } = ctx;
  const er = t.entityReview;
  return layout(ctx, {
    title: er.queueTitle,
    body: html`<p><a href="/review">${t.review.title}</a></p>
<h1>${er.queueTitle}</h1>
${savedNotice(ctx, data.saved)}
<form method="get" action="/review/entities" class="card">
<p><label for="find-entity">${er.findLabel}</label><br><input id="find-entity" name="q" type="search" maxlength="200" value="${data.q}"> <button type="submit">${er.find}</button></p>
</form>
${data.found ? html`<ul class="review-found">${data.found.map((e) => entityItem(ctx, e))}</ul>${data.found.length ? '' : html`<p>${er.mergeNone}</p>`}` : ''}
<p>${fill(er.queueIntro, { threshold: data.threshold, total: data.queue.total })}</p>
${data.queue.items.length ? html`<ol class="review-entities">${data.queue.items.map((e) => entityItem(ctx, e))}</ol>` : html`<p>${er.queueEmpty}</p>`}`,
  });
}

function historyItem(ctx: PageContext, a: AuditEntry) {
  const r = ctx.t.review;
  const before = 'mentionCount' in a.before ? a.before : null;
  const after = 'mentionCount' in a.after ? a.after : null;
  const change =
    before && after
      ? [
          before.name !== after.name ? `${before.name} → ${after.name}` : '',
          before.type !== after.type ? `${before.type} → ${after.type}` : '',
          before.mentionCount !== after.mentionCount ? `${before.mentionCount} → ${after.mentionCount}` : '',
        ]
          .filter(Boolean)
          .join('; ')
      : '';
  return html`<li><time datetime="${a.at}">${a.at.slice(0, 16).replace('T', ' ')}</time> <code>${a.factKey}</code> ${r.actions[a.action]}${a.target ? html` ${fill(ctx.t.entityReview.target, { id: a.target })}` : ''} — ${a.editor}${change ? `: ${change}` : ''}${a.note ? html` (${a.note})` : ''}</li>`;
}

/**
 * One entity as an editor works on it, every action a plain form (no JavaScript): rename (in one
 * interface language or all), retype, choose mentions to split off or unlink, find another entity
 * to merge into, delete; the edits in force, each with an undo button; the history.
 */
export function entityReviewPage(
  ctx: PageContext,
  data: {
    review: EntityReview;
    find: string;
    candidates: EntitySummary[] | null;
    saved?: SavedAction;
    /** Readers' open reports on this entity. */
    reports?: ReaderReport[];
  },
) {
  const { t, ui } = ctx;
  const er = t.entityReview;
  const { entity: e, mentionGroups, edits, history } = data.review;
  const action = `/review/entities/${encodeURIComponent(e.id)}`;
  const types = ENTITY_TYPES as readonly EntityType[];
  const candidates = data.candidates?.filter((c) => c.id !== e.id) ?? null;
  return layout(ctx, {
    title: `${t.review.title}: ${e.name}`,
    body: html`<p><a href="/review">${t.review.title}</a> · <a href="/review/entities">${er.queueTitle}</a></p>
<h1>${nameHtml(e.id, e.name, ui, e.names)}</h1>
<p>${fill(er.counts, { type: t.entityTypes[e.type], mentions: e.mentionCount, articles: e.articleCount })} · <code>${e.id}</code> · <a href="/entities/${encodeURIComponent(e.id)}">${er.publicPage}</a></p>
${savedNotice(ctx, data.saved)}
${readerNotes(ctx, data.reports ?? [])}
<section class="card" aria-labelledby="rename-h"><h2 id="rename-h">${er.renameTitle}</h2>
<form method="post" action="${action}"><input type="hidden" name="action" value="renamed">
<p><label for="rename-name">${er.nameLabel}</label><br><input id="rename-name" name="name" required maxlength="200" value="${e.name}"></p>
<p><label for="rename-language">${er.inLanguage}</label><br><select id="rename-language" name="language"><option value="">${er.everyLanguage}</option>${SITE_LANGUAGES.map((l) => html`<option value="${l}">${t.languageNames[l]}</option>`)}</select></p>
<p><label for="rename-note">${er.noteLabel}</label><br><input id="rename-note" name="note" maxlength="1000"></p>
<button type="submit">${er.rename}</button></form>
</section>
<section class="card" aria-labelledby="retype-h"><h2 id="retype-h">${er.retypeTitle}</h2>
<form method="post" action="${action}"><input type="hidden" name="action" value="retyped">
<p><label for="retype-type">${er.typeLabel}</label><br><select id="retype-type" name="type">${types.map((ty) => html`<option value="${ty}"${ty === e.type ? ' selected' : ''}>${t.entityTypes[ty]}</option>`)}</select></p>
<p><label for="retype-note">${er.noteLabel}</label><br><input id="retype-note" name="note" maxlength="1000"></p>
<button type="submit">${er.retype}</button></form>
</section>
<section class="card" aria-labelledby="mentions-h"><h2 id="mentions-h">${er.mentionsTitle}</h2>
<form method="post" action="${action}">
<fieldset><legend>${er.mentionsIntro}</legend>
<ul class="mention-groups">${mentionGroups.map(
      (g, i) =>
        html`<li><input type="checkbox" id="mention-${i}" name="mention" value="${g.articleId}|${g.text}"> <label for="mention-${i}">${fill(er.choose, { text: g.text, title: g.title })} (${fill(er.times, { n: g.count })})</label>
<p class="snippet" lang="${g.language}">${snippet(g.snippet)}</p></li>`,
    )}</ul>
<p><input type="checkbox" id="mention-everywhere" name="everywhere" value="1"> <label for="mention-everywhere">${er.inEveryArticle}</label></p>
</fieldset>
<p><label for="split-name">${er.newNameLabel}</label><br><input id="split-name" name="name" maxlength="200"></p>
<p><label for="mentions-note">${er.noteLabel}</label><br><input id="mentions-note" name="note" maxlength="1000"></p>
<p><button type="submit" name="action" value="split">${er.split}</button> <button type="submit" name="action" value="unlinked-none">${er.unlinkNone}</button> <button type="submit" name="action" value="unlinked-own">${er.unlinkOwn}</button></p>
</form>
</section>
<section class="card" aria-labelledby="merge-h"><h2 id="merge-h">${er.mergeTitle}</h2>
<p>${er.mergeIntro}</p>
<form method="get" action="${action}"><p><label for="merge-find">${er.mergeFind}</label><br><input id="merge-find" name="find" type="search" maxlength="200" value="${data.find}"> <button type="submit">${er.find}</button></p></form>
${
  candidates
    ? candidates.length
      ? html`<ul class="merge-candidates">${candidates.map(
          (
            c,
          ) => html`<li><form method="post" action="${action}"><input type="hidden" name="action" value="merged"><input type="hidden" name="into" value="${c.id}">
<button type="submit">${fill(er.mergeInto, { name: c.name })}</button> <span class="meta">${t.entityTypes[c.type]} · <code>${c.id}</code> · ${fill(t.mentionsCount, { n: c.mentionCount, m: c.articleCount })}</span></form></li>`,
        )}</ul>`
      : html`<p role="status">${er.mergeNone}</p>`
    : ''
}
</section>
<section class="card" aria-labelledby="delete-h"><h2 id="delete-h">${er.deleteTitle}</h2>
<p>${er.deleteIntro}</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="deleted">
<p><label for="delete-note">${er.noteLabel}</label><br><input id="delete-note" name="note" maxlength="1000"></p>
<button type="submit">${er.delete}</button></form>
</section>
<section class="card" aria-labelledby="edits-h"><h2 id="edits-h">${er.editsTitle}</h2>
${
  edits.length
    ? html`<ul>${edits.map(
        (
          x,
        ) => html`<li><form method="post" action="/review/entity-edits/${x.id}/undo"><input type="hidden" name="back" value="${e.id}">
<time datetime="${x.at}">${x.at.slice(0, 16).replace('T', ' ')}</time> <code>${x.entityId}</code> ${t.review.actions[x.action]}${x.target ? html` ${fill(er.target, { id: x.target })}` : ''} — ${x.editor}${x.note ? html` (${x.note})` : ''}
<button type="submit">${er.undo}</button></form></li>`,
      )}</ul>`
    : html`<p>${er.editsEmpty}</p>`
}
</section>
<section class="card" aria-labelledby="history-h"><h2 id="history-h">${er.historyTitle}</h2>
${history.length ? html`<ul>${history.map((a) => historyItem(ctx, a))}</ul>` : html`<p>${er.historyEmpty}</p>`}
</section>`,
  });
}
