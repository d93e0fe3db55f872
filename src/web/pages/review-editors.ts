import { html } from 'hono/html';
import type { UploadLimits, UploadOutcome } from '../../ingest/index.ts';
import { formatBytes } from '../../ingest/index.ts';
import type { Editor } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';

/** A visible message at the top of a page: a saved change (status) or a refusal (alert). */
export type Notice = { kind: 'status' | 'alert'; text: string };

function notice(n: Notice | undefined) {
  if (!n) return '';
  return n.kind === 'alert'
    ? html`<p class="notice notice-error" role="alert">${n.text}</p>`
    : html`<p class="notice" role="status">${n.text}</p>`;
}

const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** The editors' links every review page can show: the queue, and these two pages. */
function reviewNav(ctx: PageContext, admin: boolean) {
  const { t } = ctx;
  return html`<p><a href="/review">${t.review.title}</a> · <a href="/review/upload">${t.editors.uploadLink}</a>${admin ? html` · <a href="/review/editors">${t.editors.link}</a>` : ''}</p>`;
}

/** A plain editor asked for an admin's page: 403, saying so in the interface language. */
export function adminOnlyPage(ctx: PageContext, editor: Editor) {
  const e = ctx.t.editors;
  return layout(ctx, {
    title: e.forbiddenTitle,
    body: html`${reviewNav(ctx, false)}<h1>${e.forbiddenTitle}</h1>
<p class="notice notice-error" role="alert">${fill(e.forbidden, { name: editor.name })}</p>`,
  });
}

/**
 * `/review/editors`: every editor in a list (name, role, added, disabled) with a disable or
 * enable button each, and the form that adds one. Plain forms; no JavaScript.
 */
export function editorsPage(
  ctx: PageContext,
  data: { me: Editor; editors: Editor[]; notice?: Notice; typed?: { name: string; role: string } },
) {
  const { t } = ctx;
  const e = t.editors;
  const row = (ed: Editor) => {
    const self = ed.id === data.me.id;
    const action = ed.revokedAt
      ? html`<form method="post" action="/review/editors/${ed.id}"><input type="hidden" name="enabled" value="1"><button type="submit">${fill(e.enable, { name: ed.name })}</button></form>`
      : self
        ? ''
        : html`<form method="post" action="/review/editors/${ed.id}"><input type="hidden" name="enabled" value="0"><button type="submit">${fill(e.disable, { name: ed.name })}</button></form>`;
    return html`<li id="editor-${ed.id}"><strong>${ed.name}</strong>${self ? html` ${e.you}` : ''}<br><span class="meta">${e.role}: ${e.roles[ed.role]} · ${e.created}: <time datetime="${ed.createdAt}">${day(ed.createdAt)}</time> · ${e.state}: ${ed.revokedAt ? html`<strong>${fill(e.disabledSince, { at: day(ed.revokedAt) })}</strong>` : e.active}</span>${action}</li>`;
  };
  const option = (value: 'editor' | 'admin') =>
    html`<option value="${value}"${data.typed?.role === value ? ' selected' : ''}>${e.roles[value]}</option>`;
  return layout(ctx, {
    title: e.title,
    body: html`${reviewNav(ctx, true)}<h1>${e.title}</h1>
${notice(data.notice)}
<p>${e.intro}</p>
<ul class="editors">${data.editors.map(row)}</ul>
<h2 id="add-title">${e.addTitle}</h2>
<form method="post" action="/review/editors" class="card" aria-labelledby="add-title">
<p><label for="editor-name">${e.nameLabel}</label><br><input id="editor-name" name="name" required maxlength="64" autocomplete="off" value="${data.typed?.name ?? ''}"></p>
<p><label for="editor-role">${e.roleLabel}</label><br><select id="editor-role" name="role">${option('editor')}${option('admin')}</select></p>
<p><label for="editor-note">${e.noteLabel}</label><br><input id="editor-note" name="note" maxlength="1000"></p>
<p><button type="submit">${e.add}</button></p>
</form>`,
  });
}

/** The answer to adding an editor: their token, shown this once, in a field that is easy to copy. */
export function editorAddedPage(ctx: PageContext, editor: Editor, token: string) {
  const e = ctx.t.editors;
  return layout(ctx, {
    title: e.addedTitle,
    body: html`${reviewNav(ctx, true)}<h1>${e.addedTitle}</h1>
<p class="notice" role="status">${fill(e.added, { name: editor.name, role: e.roles[editor.role] })}</p>
<p><label for="new-token">${fill(e.tokenLabel, { name: editor.name })}</label><br><input id="new-token" readonly value="${token}" size="44"></p>
<p><a href="/review/editors">${e.back}</a></p>`,
  });
}

/** `/review/upload`: a multipart form for one or more article files, with the limits said. */
export function uploadPage(ctx: PageContext, data: { admin: boolean; limits: UploadLimits; notice?: Notice }) {
  const u = ctx.t.upload;
  const { limits } = data;
  return layout(ctx, {
    title: u.title,
    body: html`${reviewNav(ctx, data.admin)}<h1>${u.title}</h1>
${notice(data.notice)}
<p>${u.intro}</p>
<p id="upload-limits">${fill(u.limits, { files: limits.maxFiles, total: formatBytes(limits.maxRequestBytes), size: formatBytes(limits.maxFileBytes) })}</p>
<form method="post" action="/review/upload" enctype="multipart/form-data" class="card">
<p><label for="upload-files">${u.filesLabel}</label><br><input id="upload-files" name="file" type="file" multiple required accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json" aria-describedby="upload-limits"></p>
<p><button type="submit">${u.submit}</button></p>
</form>`,
  });
}

/** What became of each uploaded file: the article (linked) as new, a new revision or unchanged, or why not. */
export function uploadResultPage(
  ctx: PageContext,
  data: {
    admin: boolean;
    outcomes: UploadOutcome[];
    counts: Record<'new' | 'updated' | 'unchanged' | 'failed', number>;
  },
) {
  const u = ctx.t.upload;
  const item = (o: UploadOutcome) => {
    if (!o.ok) {
      return html`<li class="upload-failed"><strong>${o.name}</strong>: <span role="alert">${fill(u.failed, { reason: o.reason })}</span></li>`;
    }
    const status =
      o.status === 'new'
        ? u.statusNew
        : o.status === 'updated'
          ? fill(u.statusUpdated, { revision: o.revision })
          : u.statusUnchanged;
    return html`<li class="upload-ok"><strong>${o.name}</strong>: ${status} — <a href="/articles/${o.articleId}" lang="${o.language}">${o.title}</a> (${fill(u.counts, { events: o.events, entities: o.entities })})${o.warnings.map((w) => html`<br><span class="hint">${fill(u.warning, { text: w })}</span>`)}</li>`;
  };
  return layout(ctx, {
    title: u.resultTitle,
    body: html`${reviewNav(ctx, data.admin)}<h1>${u.resultTitle}</h1>
<p class="notice${data.counts.failed ? ' notice-error' : ''}" role="status">${fill(u.summary, data.counts)}</p>
<ul class="upload-result">${data.outcomes.map(item)}</ul>
<p><a href="/review/upload">${u.again}</a></p>`,
  });
}
