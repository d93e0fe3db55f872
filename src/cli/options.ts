import type { Command } from 'commander';
import { z } from 'zod';
import { LANGUAGE_LIST, LANGUAGES } from '../domain/languages.ts';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES, normalizeDate, SOURCE_FORMATS } from '../ingest/index.ts';
import { UserError } from './errors.ts';

export { byteSize } from './byte-size.ts';

/** A whole number of at least `min`, given as a command-line string. */
export const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const positiveInt = () => wholeNumber(1);
export const nonNegativeInt = () => wholeNumber(0);

export const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && normalizeDate(s) === s, {
  message: 'must be a date YYYY-MM-DD',
});

export const sourceFormat = z.enum(SOURCE_FORMATS, {
  error: `must be one of ${SOURCE_FORMATS.join(', ')}`,
});
export const language = z.enum(LANGUAGES, { error: `must be one of ${LANGUAGE_LIST}` });

/** `<en|ru|kk>`, the placeholder of a `--lang` option in help texts. */
export const LANGUAGE_CHOICES = `<${LANGUAGES.join('|')}>`;

/** Validates a command's options with zod; the first problem becomes a user error naming the flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown, flags: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const flag = flags[key] ?? key;
  throw new UserError(`${flag}: ${issue?.message.replace(/^Invalid input: /, '') ?? 'invalid'}`);
}

/** The options of every command that reads source files (`ingest`, `queue add`); `verb` says what a run does with them. */
export function withSourceFileOptions(command: Command, verb: string): Command {
  return command
    .option(
      '--max-size <bytes>',
      `largest file to read (default ${DEFAULT_MAX_FILE_BYTES}, env CHRONICLE_MAX_FILE_BYTES)`,
    )
    .option('--max-files <n>', `most files one run may ${verb} (default ${DEFAULT_MAX_FILES})`)
    .option('--dct <YYYY-MM-DD>', 'document date for articles that do not give their publication date')
    .option('--format <format>', `read every file as this format: ${SOURCE_FORMATS.join(', ')}`);
}
