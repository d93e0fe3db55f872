import { z } from 'zod';
import { LANGUAGES } from '../domain/languages.ts';
import { StoreInputError } from './errors.ts';
import type { ArticleInput } from './types.ts';

const language = z.enum(LANGUAGES);
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * The shape `saveArticle` accepts. Analysis parts are checked loosely (extra fields pass) but
 * every offset must point into the text, so stored provenance is never out of range.
 */
const articleInput = z.object({
  site: z.string().max(500).nullable(),
  sourceId: z.string().min(1).max(500).nullable(),
  path: z.string().min(1).max(4096),
  sourcePath: z.string().min(1).max(4096).optional(),
  format: z.enum(['ehistory', 'markdown', 'html', 'json', 'text']),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256 hex digest'),
  text: z.string(),
  meta: z.object({ title: z.string(), language, author: z.string().nullable().optional() }).passthrough(),
  analysis: z.object({
    language,
    sentences: z.array(span),
    timexes: z.array(span.extend({ type: z.string(), value: z.string(), text: z.string() }).passthrough()),
    entities: z.array(
      z
        .object({
          id: z.string().min(1).max(300),
          name: z.string().max(1000),
          type: z.enum(['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK']),
          aliases: z.array(z.string()),
          mentions: z.array(span.extend({ text: z.string() })),
        })
        .passthrough(),
    ),
    events: z.array(
      z
        .object({
          when: z.string().min(1).max(100),
          what: z.string(),
          sentence: span,
          entities: z.array(z.string()),
          entityIds: z.array(z.string()).optional(),
          confidence: z.number().min(0).max(1),
        })
        .passthrough(),
    ),
    claims: z.array(span.extend({ text: z.string(), kind: z.string(), value: z.number() }).passthrough()),
  }),
});

/** Throws `StoreInputError` naming the article and the first bad field. */
export function validateArticleInput(input: ArticleInput): void {
  const where = input?.path ?? 'article';
  const parsed = articleInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoreInputError(`${where}: ${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  // PostgreSQL text and jsonb cannot hold NUL; refuse it on both backends so they store the same
  // articles. Metadata counts too: a JSON source's title can carry an escaped `\u0000`.
  if (input.text.includes('\u0000')) throw new StoreInputError(`${where}: text contains NUL characters`);
  const nulField = fieldWithNul(
    { site: input.site, sourceId: input.sourceId, path: input.path, sourcePath: input.sourcePath, meta: input.meta },
    '',
  );
  if (nulField) throw new StoreInputError(`${where}: ${nulField} contains NUL characters`);
  const length = input.text.length;
  const check = (s: { start: number; end: number }, field: string) => {
    if (s.start > s.end || s.end > length) {
      throw new StoreInputError(`${where}: ${field}: span ${s.start}-${s.end} outside the text (length ${length})`);
    }
  };
  const a = input.analysis;
  for (const [i, s] of a.sentences.entries()) check(s, `analysis.sentences.${i}`);
  for (const [i, t] of a.timexes.entries()) check(t, `analysis.timexes.${i}`);
  for (const [i, e] of a.entities.entries()) {
    for (const [j, m] of e.mentions.entries()) check(m, `analysis.entities.${i}.mentions.${j}`);
  }
  for (const [i, e] of a.events.entries()) check(e.sentence, `analysis.events.${i}.sentence`);
  for (const [i, c] of a.claims.entries()) check(c, `analysis.claims.${i}`);
}

/** The dotted path of the first string inside `value` that holds a NUL character, or null. */
function fieldWithNul(value: unknown, at: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = fieldWithNul(inner, at ? `${at}.${key}` : key);
    if (found) return found;
  }
  return null;
}
