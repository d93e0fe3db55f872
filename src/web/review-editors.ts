import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { formatBytes, ingestUploads, UPLOAD_LIMITS, type UploadedFile, uploadCounts } from '../ingest/index.ts';
import type { WebDeps } from './context.ts';
import { fill } from './i18n/index.ts';
import {
  adminOnlyPage,
  editorAddedPage,
  editorsPage,
  type Notice,
  uploadPage,
  uploadResultPage,
} from './pages/review-editors.ts';
import { formBody, inputError, privatePage, type ReviewEnv, signedInCheck } from './review-http.ts';

/** The upload page's address: the server lets its body past the 64 KB limit of other requests. */
export const WEB_UPLOAD_PATH = '/review/upload';

const AddFormSchema = z.object({
  name: z.string().trim().min(1, 'give a name').max(64, 'at most 64 characters'),
  role: z.enum(['editor', 'admin']).default('editor'),
  note: z.string().trim().max(1000, 'at most 1000 characters').optional(),
});

const AccessFormSchema = z.object({
  enabled: z.enum(['0', '1']),
  note: z.string().trim().max(1000, 'at most 1000 characters').optional(),
});

const isStoreInputError = (err: unknown): err is Error => err instanceof Error && err.name === 'StoreInputError';

/**
 * `/review/editors` (admins: list, add, disable, enable editors) and `/review/upload` (any editor:
 * article files ingested as `chronicle ingest` would). Behind the same sign-in and cross-site
 * check as every review page; plain forms, answers in the interface language.
 */
export function editorPages(deps: WebDeps): Hono<ReviewEnv> {
  const web = new Hono<ReviewEnv>();
  const signedIn = signedInCheck(deps);
  const adminOnly: MiddlewareHandler<ReviewEnv> = async (c, next) => {
    if (c.var.editor.role !== 'admin') return privatePage(c, await adminOnlyPage(c.var.page, c.var.editor), 403);
    await next();
  };

  /** The editors' page with a notice; what was typed into the add form stays. */
  const listPage = async (
    c: Parameters<MiddlewareHandler<ReviewEnv>>[0],
    notice?: Notice,
    typed?: { name: string; role: string },
  ) => {
    const editors = await (await deps.store()).listEditors();
    return editorsPage(c.var.page, {
      me: c.var.editor,
      editors,
      ...(notice ? { notice } : {}),
      ...(typed ? { typed } : {}),
    });
  };

  web.get('/review/editors', signedIn, adminOnly, async (c) => {
    const e = c.var.page.t.editors;
    const saved = z.enum(['enabled', 'disabled']).safeParse(c.req.query('saved'));
    const id = Number(c.req.query('id'));
    let notice: Notice | undefined;
    if (saved.success && Number.isSafeInteger(id)) {
      const editor = (await (await deps.store()).listEditors()).find((ed) => ed.id === id);
      if (editor) {
        notice = {
          kind: 'status',
          text: fill(saved.data === 'enabled' ? e.savedEnabled : e.savedDisabled, { name: editor.name }),
        };
      }
    }
    return privatePage(c, await listPage(c, notice));
  });

  web.post('/review/editors', signedIn, adminOnly, async (c) => {
    const e = c.var.page.t.editors;
    const form = await formBody(c);
    const typed = { name: typeof form.name === 'string' ? form.name : '', role: String(form.role ?? '') };
    const refuse = async (reason: string) =>
      privatePage(c, await listPage(c, { kind: 'alert', text: fill(e.notSaved, { reason }) }, typed), 400);
    const parsed = AddFormSchema.safeParse({ ...form, note: form.note || undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    const { name, role, note } = parsed.data;
    try {
      const created = await (await deps.store()).addEditor(name, {
        role,
        by: c.var.editor.name,
        ...(note ? { note } : {}),
      });
      // The token is in this answer only: never in an address, a log or a cache.
      return privatePage(c, await editorAddedPage(c.var.page, created.editor, created.token));
    } catch (err) {
      if (isStoreInputError(err)) return refuse(err.message);
      throw err;
    }
  });

  web.post('/review/editors/:id', signedIn, adminOnly, async (c) => {
    const e = c.var.page.t.editors;
    const id = c.req.param('id');
    if (!/^\d{1,9}$/.test(id)) throw inputError(`editor: not an editor id: ${id.slice(0, 20)}`);
    const parsed = AccessFormSchema.safeParse(await formBody(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw inputError(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    const enabled = parsed.data.enabled === '1';
    let changed: Awaited<ReturnType<Awaited<ReturnType<WebDeps['store']>>['setEditorAccess']>>;
    try {
      changed = await (await deps.store()).setEditorAccess({
        editor: id,
        enabled,
        by: c.var.editor.name,
        ...(parsed.data.note ? { note: parsed.data.note } : {}),
      });
    } catch (err) {
      if (!isStoreInputError(err)) throw err;
      return privatePage(c, await listPage(c, { kind: 'alert', text: fill(e.notSaved, { reason: err.message }) }), 400);
    }
    if (!changed) throw inputError(`editor: no editor ${id}`);
    return c.redirect(
      `/review/editors?saved=${enabled ? 'enabled' : 'disabled'}&id=${changed.id}#editor-${changed.id}`,
      303,
    );
  });

  web.get(WEB_UPLOAD_PATH, signedIn, async (c) =>
    privatePage(c, await uploadPage(c.var.page, { admin: c.var.editor.role === 'admin', limits: UPLOAD_LIMITS })),
  );

  const refusedUpload = async (c: Parameters<MiddlewareHandler<ReviewEnv>>[0], text: string, status: 400 | 413) =>
    privatePage(
      c,
      await uploadPage(c.var.page, {
        admin: c.var.editor.role === 'admin',
        limits: UPLOAD_LIMITS,
        notice: { kind: 'alert', text },
      }),
      status,
    );
  const sizes = {
    files: UPLOAD_LIMITS.maxFiles,
    total: formatBytes(UPLOAD_LIMITS.maxRequestBytes),
    size: formatBytes(UPLOAD_LIMITS.maxFileBytes),
  };

  web.post(
    WEB_UPLOAD_PATH,
    signedIn,
    // The multipart envelope adds a little to the files' own bytes.
    bodyLimit({
      maxSize: UPLOAD_LIMITS.maxRequestBytes + 64 * 1024,
      onError: (c) => refusedUpload(c, fill((c.var as ReviewEnv['Variables']).page.t.upload.tooLarge, sizes), 413),
    }),
    async (c) => {
      const u = c.var.page.t.upload;
      const form = await formBody(c);
      const values = form.file === undefined ? [] : Array.isArray(form.file) ? form.file : [form.file];
      // A browser sends an empty, nameless file when none was chosen.
      const files = values.filter((v): v is File => v instanceof File && (v.size > 0 || v.name !== ''));
      if (!files.length) return refusedUpload(c, u.noFiles, 400);
      if (files.length > UPLOAD_LIMITS.maxFiles) return refusedUpload(c, fill(u.tooMany, sizes), 400);
      const uploaded: UploadedFile[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const outcomes = await ingestUploads(await deps.store(), uploaded);
      const counts = uploadCounts(outcomes);
      return privatePage(
        c,
        await uploadResultPage(c.var.page, { admin: c.var.editor.role === 'admin', outcomes, counts }),
      );
    },
  );
  return web;
}
