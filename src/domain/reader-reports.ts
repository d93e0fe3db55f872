// Readers' "report an error": what can be reported and how long a note may be. One set of rules
// for the store, the public form and the API, so each refuses the same input with the same words.
import { z } from '@hono/zod-openapi';
import { LanguageSchema } from './inputs.ts';

export const REPORTED_FACT_TYPES = ['event', 'entity', 'claim', 'conflict'] as const;
export type ReportedFact = (typeof REPORTED_FACT_TYPES)[number];

/** A reader's note: enough to say what is wrong, short enough to read in the queue. */
export const REPORT_NOTE_MIN = 3;
export const REPORT_NOTE_MAX = 1000;
/** Open reports one fact may have; past it a new one is refused (429) until an editor acts. */
export const MAX_OPEN_REPORTS_PER_FACT = 20;

/** The hidden field of the public form: people leave it empty, form-filling robots do not. */
export const HONEYPOT_FIELD = 'website';

/** How each kind of fact is named in a report (and in the public form's `key`). */
const FACT_KEY: Record<ReportedFact, RegExp> = {
  event: /^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/,
  entity: /^[a-z][a-z0-9_-]*:[^\s/\\<>"'`\u0000]{1,200}$/u,
  // A claim by its article and the span of its text: `12:340-361`.
  claim: /^\d{1,10}:\d{1,9}-\d{1,9}$/,
  conflict: /^\d{1,10}$/,
};

const FACT_KEY_HINT: Record<ReportedFact, string> = {
  event: 'an event id such as ev- and 16 hex digits',
  entity: 'an entity id such as person:abai-kunanbaiuly',
  claim: 'a claim as articleId:start-end',
  conflict: 'a conflict number',
};

/** Why a fact key is not one of its type, or null when it is. */
export function factKeyProblem(type: ReportedFact, key: string): string | null {
  return FACT_KEY[type].test(key) ? null : `key: not ${FACT_KEY_HINT[type]}: ${JSON.stringify(key.slice(0, 60))}`;
}

/** Links only (`http://… https://…`) say nothing about the fact: the mark of spam, refused. */
export function linksOnly(note: string): boolean {
  const rest = note.replace(/\b(?:https?:\/\/|www\.)\S+/giu, '').replace(/[\s\p{P}]+/gu, '');
  return rest.length === 0 && /\b(?:https?:\/\/|www\.)/i.test(note);
}

/** A report as the public API's JSON body and the form's fields give it. */
export const ReaderReportBodySchema = z
  .object({
    type: z.enum(REPORTED_FACT_TYPES).openapi({ description: 'What kind of fact is wrong', example: 'event' }),
    key: z.string().min(1).max(240).openapi({
      description: 'The fact: an event or entity id, a conflict number, or a claim as articleId:start-end',
      example: 'ev-345943acf5307bb7',
    }),
    note: z
      .string()
      .trim()
      .min(REPORT_NOTE_MIN, `must be at least ${REPORT_NOTE_MIN} characters`)
      .max(REPORT_NOTE_MAX, `must be at most ${REPORT_NOTE_MAX} characters`)
      .refine((s) => !s.includes('\u0000'), 'must not contain the NUL character')
      .refine((s) => !linksOnly(s), 'say what is wrong, not only links')
      .openapi({ description: 'What is wrong, in a few words', example: 'The decree was signed in 1995, not 1991' }),
    language: LanguageSchema.optional().openapi({ description: 'The language the reader writes in' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = factKeyProblem(body.type, body.key);
    if (problem) ctx.addIssue({ code: 'custom', path: ['key'], message: problem.replace(/^key: /, '') });
  });

export type ReaderReportBody = z.infer<typeof ReaderReportBodySchema>;
