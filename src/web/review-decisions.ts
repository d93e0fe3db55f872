// The editors' pages for undoing decisions and reviewing conflicts: plain forms, no JavaScript.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import type { WebDeps } from './context.ts';
import { layout } from './layout.ts';
import { conflictReviewPage, dismissedConflictsPage } from './pages/review-conflicts.ts';
import { type RefusedUndo, undoNotice } from './pages/review-history.ts';
import { formBody, inputError, type ReviewEnv, signedInCheck } from './review-http.ts';

/** A review page an undo form returns to: /review with its query, a conflict's or an entity's page. */
const BACK = /^\/review(?:\/conflicts\/\d{1,12}|\/entities\/[^?#/\s]{1,300})?(?:\?[^#\s]{0,2000})?$/;

const ConflictFormSchema = z.object({
  decision: z.enum(['dismissed', 'confirmed']),
  note: z.string().trim().max(1000).optional(),
});

/** `back` with a parameter added (the page's own message after the undo). */
function withParam(back: string, name: string, value: string | number): string {
  const [path, query = ''] = back.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  for (const key of ['saved', 'action', 'n', 'undone']) params.delete(key);
  params.set(name, String(value));
  return `${path}?${params.toString()}`;
}

const conflictIdOf = (raw: string): number => {
  const id = Number(raw);
  if (!/^\d{1,12}$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw inputError(`conflict: not a conflict id: ${raw.slice(0, 40)}`);
  }
  return id;
};

export function decisionPages(deps: WebDeps): Hono<ReviewEnv> {
  const web = new Hono<ReviewEnv>();
  const signedIn = signedInCheck(deps);

  web.post('/review/decisions/:auditId/undo', signedIn, async (c) => {
    const raw = c.req.param('auditId');
    const auditId = Number(raw);
    if (!/^\d{1,12}$/.test(raw) || auditId < 1) throw inputError(`decision: not an audit id: ${raw.slice(0, 40)}`);
    const form = await formBody(c);
    const back = typeof form.back === 'string' && BACK.test(form.back) ? form.back : '/review';
    const note = typeof form.note === 'string' && form.note.trim() ? form.note.trim().slice(0, 1000) : undefined;
    const store = await deps.store();
    let entry: Awaited<ReturnType<typeof store.undoDecision>>;
    try {
      entry = await store.undoDecision({ auditId, editor: c.var.editor.name, ...(note ? { note } : {}) });
    } catch (err) {
      const later = (err as { later?: { id: number; action: string; editor: string; at: string } }).later;
      if (!(err instanceof Error && err.name === 'StoreConflictError' && later)) throw err;
      // Refused: said on a page of its own, with the way back to where the editor was.
      const refused: RefusedUndo = { later: later.id, action: later.action, editor: later.editor, at: later.at };
      const r = c.var.page.t.review;
      c.header('Cache-Control', 'private, no-store');
      return c.html(
        await layout(c.var.page, {
          title: r.title,
          body: html`<h1>${r.title}</h1>${undoNotice(c.var.page, { refused })}<p><a href="${back}">${r.title}</a></p>`,
        }),
        409,
      );
    }
    if (!entry) throw inputError(`decision: no decision ${auditId}`);
    // Entity pages say "undone" through their own `saved` message.
    const done = back.startsWith('/review/entities/')
      ? withParam(back, 'saved', 'undone')
      : withParam(back, 'undone', auditId);
    return c.redirect(done, 303);
  });

  web.get('/review/conflicts', signedIn, async (c) => {
    const offset = Math.max(0, Math.min(Number(c.req.query('offset') ?? 0) || 0, 1_000_000));
    const page = await (await deps.store()).dismissedConflicts({ limit: 50, offset });
    c.header('Cache-Control', 'private, no-store');
    return c.html(await dismissedConflictsPage(c.var.page, page));
  });

  web.get('/review/conflicts/:id', signedIn, async (c) => {
    const id = conflictIdOf(c.req.param('id'));
    const review = await (await deps.store()).conflictReview(id);
    if (!review)
      throw inputError(
        `conflict: no conflict ${id} (conflicts are renumbered when articles change: open it again from the conflicts page)`,
      );
    const saved = z.enum(['dismissed', 'confirmed']).safeParse(c.req.query('saved'));
    const undone = Number(c.req.query('undone'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      await conflictReviewPage(c.var.page, {
        review,
        ...(saved.success ? { saved: saved.data } : {}),
        ...(Number.isSafeInteger(undone) && undone > 0 ? { undone } : {}),
      }),
    );
  });

  web.post('/review/conflicts/:id', signedIn, async (c) => {
    const id = conflictIdOf(c.req.param('id'));
    const parsed = ConflictFormSchema.safeParse(await formBody(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw inputError(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    const { decision, note } = parsed.data;
    const entry = await (await deps.store()).reviewConflict({
      conflictId: id,
      editor: c.var.editor.name,
      decision,
      ...(note ? { note } : {}),
    });
    if (!entry) throw inputError(`conflict: no conflict ${id}`);
    return c.redirect(`/review/conflicts/${id}?saved=${decision}`, 303);
  });
  return web;
}
