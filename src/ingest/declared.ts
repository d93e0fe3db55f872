import { z } from 'zod';
import { LANGUAGE_INFO, LANGUAGE_LIST, LANGUAGES, type Language } from '../domain/languages.ts';
import type { ArticleMeta } from './types.ts';

/**
 * Metadata a source declares about itself (Markdown front matter, JSON fields, HTML meta tags),
 * validated and normalised the same way whatever the format.
 */
export interface DeclaredMeta {
  id: string | null;
  site: string | null;
  language: Language | null;
  title: string | null;
  epigraph: { text: string; author: string } | null;
  lead: string | null;
  author: string | null;
  authorRole: string | null;
  published: string | null;
  url: string | null;
}

const text = z.string().trim();
const optionalText = z.union([text, z.null()]).optional();
const person = z.union([text, z.object({ name: text, role: optionalText }), z.array(text).min(1)]);

/** The fields every format understands; unknown fields are allowed and ignored. */
export const declaredSchema = z.looseObject({
  id: z.union([text, z.number().int().nonnegative(), z.null()]).optional(),
  site: optionalText,
  language: optionalText,
  lang: optionalText,
  title: optionalText,
  epigraph: z.union([text, z.object({ text, author: optionalText }), z.null()]).optional(),
  lead: optionalText,
  description: optionalText,
  summary: optionalText,
  author: z.union([person, z.null()]).optional(),
  authorRole: optionalText,
  author_role: optionalText,
  date: z.union([text, z.date(), z.null()]).optional(),
  published: z.union([text, z.date(), z.null()]).optional(),
  url: optionalText,
  source: optionalText,
  canonical: optionalText,
});

const LANGUAGE_CODES: Record<string, Language> = Object.fromEntries(
  LANGUAGES.flatMap((code) => [code, ...LANGUAGE_INFO[code].aliases].map((name) => [name, code])),
);

/** `en`, `en-US`, `rus`, `Kazakh` → a Language; anything else → null. */
export function normalizeLanguage(code: string): Language | null {
  const lower = code.trim().toLowerCase();
  return LANGUAGE_CODES[lower] ?? LANGUAGE_CODES[lower.split(/[-_]/)[0] ?? ''] ?? null;
}

/** `2020-01-02`, `2020-01-02T10:00:00Z`, a Date → `2020-01-02`; anything else → null. */
export function normalizeDate(value: string | Date | null | undefined): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim()) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? (m[0].slice(0, 10) as string) : null;
}

/**
 * An absolute http(s) address, normalised by the URL parser; anything else → null. Other schemes
 * (`javascript:`, `data:`, `file:`) are never kept: the address becomes a link on the article page.
 */
export function normalizeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Turns the first zod issue into one line naming the field: `field "title": expected string, received number`. */
export function describeIssue(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  if (!issue) return `${where}: invalid`;
  const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'value';
  return `${where}: ${field}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

/**
 * Validates and normalises declared metadata. Errors are values: a one-line reason naming the field.
 *
 * @example readDeclared({ title: 'T', lang: 'ru-RU', date: '2020-05-09' }, 'front matter')
 */
export function readDeclared(
  input: unknown,
  where: string,
): { ok: true; meta: DeclaredMeta } | { ok: false; reason: string } {
  const parsed = declaredSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error, where) };
  const d = parsed.data;
  const langCode = d.language ?? d.lang;
  let language: Language | null = null;
  if (langCode) {
    language = normalizeLanguage(langCode);
    if (!language)
      return { ok: false, reason: `${where}: field "language": "${langCode}" is not one of ${LANGUAGE_LIST}` };
  }
  const dateValue = d.published ?? d.date;
  const published = normalizeDate(dateValue);
  if (dateValue && !published) {
    return { ok: false, reason: `${where}: field "date": "${String(dateValue)}" is not a date YYYY-MM-DD` };
  }
  const urlValue = d.url ?? d.canonical ?? (d.source && /^https?:/i.test(d.source) ? d.source : null);
  const url = normalizeUrl(urlValue);
  if (urlValue && !url) {
    return { ok: false, reason: `${where}: field "url": "${urlValue.slice(0, 80)}" is not an http or https address` };
  }
  let author: string | null = null;
  let role: string | null = d.authorRole ?? d.author_role ?? null;
  if (typeof d.author === 'string') author = d.author;
  else if (Array.isArray(d.author)) author = d.author.join(', ');
  else if (d.author) {
    author = d.author.name;
    role ??= d.author.role ?? null;
  }
  const epigraph =
    typeof d.epigraph === 'string'
      ? { text: d.epigraph, author: '' }
      : d.epigraph
        ? { text: d.epigraph.text, author: d.epigraph.author ?? '' }
        : null;
  return {
    ok: true,
    meta: {
      id: d.id === undefined || d.id === null ? null : String(d.id),
      site: d.site || null,
      language,
      title: d.title || null,
      epigraph,
      lead: d.lead || d.description || d.summary || null,
      author: author || null,
      authorRole: role || null,
      published,
      url,
    },
  };
}

/** Fills an ArticleMeta from declared metadata, falling back to what the parser found. */
export function mergeMeta(declared: DeclaredMeta, found: ArticleMeta): ArticleMeta {
  return {
    id: declared.id ?? found.id,
    site: declared.site ?? found.site,
    language: declared.language ?? found.language,
    title: declared.title ?? found.title,
    epigraph: declared.epigraph ?? found.epigraph,
    lead: declared.lead ?? found.lead,
    author: declared.author ?? found.author,
    authorRole: declared.authorRole ?? found.authorRole,
    paragraphs: found.paragraphs,
    ...(found.headings ? { headings: found.headings } : {}),
    published: declared.published ?? found.published ?? null,
    url: declared.url ?? found.url ?? null,
  };
}
