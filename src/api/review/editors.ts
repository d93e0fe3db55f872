import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatBytes, ingestUploads, UPLOAD_LIMITS, type UploadedFile, uploadCounts } from '../../ingest/index.ts';
import { ApiError } from '../http/errors.ts';
import { type ApiDeps, found } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import {
  EditorAccessBodySchema,
  EditorAnswerSchema,
  EditorListSchema,
  EditorParamSchema,
  ForbiddenSchema,
  NewEditorBodySchema,
  NewEditorSchema,
  UploadAnswerSchema,
} from './editors-schema.ts';
import { EDITOR_TOKEN_SCHEME, UnauthorizedSchema } from './schema.ts';

/** The upload route, under `/api`: the server lets its body past the 64 KB limit of other requests. */
export const API_UPLOAD_PATH = '/review/articles';

const security = [{ [EDITOR_TOKEN_SCHEME]: [] }];
const unauthorized = {
  description: 'No editor token, or not a known one',
  content: { 'application/json': { schema: UnauthorizedSchema } },
};
const forbidden = {
  description: 'The token is an editor’s, not an admin’s',
  content: { 'application/json': { schema: ForbiddenSchema } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/review/editors',
  tags: ['review'],
  summary: 'Every editor with role, creation and, while disabled, the time they were disabled (admins only)',
  security,
  responses: { 200: jsonContent(EditorListSchema, 'The editors, oldest first'), 401: unauthorized, 403: forbidden },
});

const addRoute = createRoute({
  method: 'post',
  path: '/review/editors',
  tags: ['review'],
  summary: "Add an editor (admins only); the answer holds the new editor's token, shown only this once",
  security,
  request: { body: { content: { 'application/json': { schema: NewEditorBodySchema } }, required: true } },
  responses: {
    201: jsonContent(NewEditorSchema, 'The new editor and their token'),
    400: errorResponses[400],
    401: unauthorized,
    403: forbidden,
  },
});

const accessRoute = createRoute({
  method: 'post',
  path: '/review/editors/{editor}',
  tags: ['review'],
  summary:
    'Disable an editor (their token stops working at once) or enable them again (admins only); logged in the audit log',
  security,
  request: {
    params: EditorParamSchema,
    body: { content: { 'application/json': { schema: EditorAccessBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(EditorAnswerSchema, 'The editor as they are now'),
    400: errorResponses[400],
    401: unauthorized,
    403: forbidden,
    404: errorResponses[404],
  },
});

/** Lets only admins through; an editor's valid token gets a 403 error object. */
const requireAdmin: MiddlewareHandler = async (c, next) => {
  if (c.get('editor').role !== 'admin') {
    throw new ApiError(403, 'forbidden', 'only an admin may list, add, disable or enable editors');
  }
  await next();
};

/** The uploaded files of a multipart body's `file` fields; a 400 naming the field otherwise. */
async function uploadedFiles(form: Record<string, unknown>): Promise<UploadedFile[]> {
  const values = form.file === undefined ? [] : Array.isArray(form.file) ? form.file : [form.file];
  const files = values.filter((v): v is File => v instanceof File);
  if (!files.length || files.length !== values.length) {
    throw new ApiError(400, 'bad_request', 'file: send one or more files as multipart/form-data fields named "file"');
  }
  if (files.length > UPLOAD_LIMITS.maxFiles) {
    throw new ApiError(400, 'bad_request', `file: at most ${UPLOAD_LIMITS.maxFiles} files a request`);
  }
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

const requestLimit = `at most ${formatBytes(UPLOAD_LIMITS.maxRequestBytes)} a request (${UPLOAD_LIMITS.maxFiles} files of at most ${formatBytes(UPLOAD_LIMITS.maxFileBytes)})`;

/**
 * The editors' accounts (admins only) and article upload (any editor) on the review router, whose
 * `requireEditor` has already let only editors through.
 */
export function editorRoutes(router: OpenAPIHono, deps: ApiDeps): void {
  router.use('/review/editors', requireAdmin);
  router.use('/review/editors/*', requireAdmin);
  router
    .openapi(listRoute, async (c) => c.json({ items: await (await deps.store()).listEditors() }, 200))
    .openapi(addRoute, async (c) => {
      const { name, role, note } = c.req.valid('json');
      const created = await (await deps.store()).addEditor(name, {
        by: c.get('editor').name,
        ...(role ? { role } : {}),
        ...(note ? { note } : {}),
      });
      return c.json(created, 201);
    })
    .openapi(accessRoute, async (c) => {
      const { editor } = c.req.valid('param');
      const { enabled, note } = c.req.valid('json');
      const changed = await (await deps.store()).setEditorAccess({
        editor,
        enabled,
        by: c.get('editor').name,
        ...(note ? { note } : {}),
      });
      return c.json({ editor: found(changed, `editor ${editor}`) }, 200);
    });

  // Multipart bodies are read here, not by the OpenAPI validator: the route is described for the
  // document and handled by hand.
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: API_UPLOAD_PATH,
    tags: ['review'],
    summary: `Upload article files (any editor): the formats and checks of chronicle ingest; one outcome per file, a bad file does not stop the others; ${requestLimit}`,
    security,
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
    },
    responses: {
      200: jsonContent(UploadAnswerSchema, 'Each file’s outcome, in the order sent'),
      400: errorResponses[400],
      401: unauthorized,
      413: { description: `The request is larger than ${requestLimit}` },
    },
  });
  router.post(
    API_UPLOAD_PATH,
    bodyLimit({
      maxSize: UPLOAD_LIMITS.maxRequestBytes + 64 * 1024,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `upload too large: ${requestLimit}`);
      },
    }),
    async (c) => {
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw new ApiError(400, 'bad_request', 'file: the body is not readable multipart/form-data');
      }
      const outcomes = await ingestUploads(await deps.store(), await uploadedFiles(form));
      return c.json({ counts: uploadCounts(outcomes), files: outcomes }, 200);
    },
  );
}
