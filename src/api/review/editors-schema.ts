import { z } from '@hono/zod-openapi';
import { ErrorSchema } from '../schemas.ts';

export const EditorRoleSchema = z.enum(['editor', 'admin']).openapi('EditorRole', {
  description: '`admin`: may also add, disable and enable editors',
});

export const EditorSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: EditorRoleSchema,
    createdAt: z.string(),
    revokedAt: z
      .string()
      .optional()
      .openapi({ description: 'Set while the editor is disabled: their token does not work' }),
  })
  .openapi('Editor');

export const EditorListSchema = z.object({ items: z.array(EditorSchema) }).openapi('EditorList');

const NOTE = z.string().max(1000).optional().openapi({ description: 'Why, for the audit log' });

export const NewEditorBodySchema = z
  .object({
    name: z.string().min(1).max(64).openapi({
      description: 'Letters, digits, spaces, . _ @ -; starting with a letter or digit',
      example: 'Aigerim S.',
    }),
    role: EditorRoleSchema.optional().openapi({ description: 'Default `editor`' }),
    note: NOTE,
  })
  .strict()
  .openapi('NewEditorRequest');

export const NewEditorSchema = z
  .object({
    editor: EditorSchema,
    token: z.string().openapi({ description: "The new editor's bearer token, shown only in this answer" }),
  })
  .openapi('NewEditor');

export const EditorAccessBodySchema = z
  .object({
    enabled: z.boolean().openapi({ description: 'false disables the editor (their token stops working at once)' }),
    note: NOTE,
  })
  .strict()
  .openapi('EditorAccess');

export const EditorParamSchema = z.object({
  editor: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'editor', in: 'path' }, description: "The editor's name or id", example: '2' }),
});

export const EditorAnswerSchema = z.object({ editor: EditorSchema }).openapi('EditorAnswer');

/** `403`: a valid token of an editor who is not an admin. */
export const ForbiddenSchema = ErrorSchema;

export const UploadOutcomeSchema = z
  .union([
    z.object({
      name: z.string(),
      ok: z.literal(true),
      status: z.enum(['new', 'updated', 'unchanged']).openapi({
        description:
          '`updated`: a new revision of an article already stored; `unchanged`: these bytes are stored already',
      }),
      articleId: z.number().int(),
      revision: z.number().int(),
      title: z.string(),
      language: z.string(),
      events: z.number().int(),
      entities: z.number().int(),
      warnings: z.array(z.string()),
    }),
    z.object({ name: z.string(), ok: z.literal(false), reason: z.string() }),
  ])
  .openapi('UploadOutcome');

export const UploadAnswerSchema = z
  .object({
    counts: z.object({
      new: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
    }),
    files: z.array(UploadOutcomeSchema),
  })
  .openapi('UploadAnswer');
