import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { tagTimexes } from '../analyze/time/index.ts';
import { LANGUAGE_LIST, LANGUAGES } from '../domain/languages.ts';
import { UserError } from './errors.ts';

const TimexArgs = z.object({
  lang: z.enum([...LANGUAGES, 'auto'], { message: `--lang must be one of ${LANGUAGE_LIST}, auto` }),
  dct: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '--dct must be a date YYYY-MM-DD' })
    .refine(
      (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        message: '--dct is not a real calendar date',
      },
    )
    .optional(),
});

/** Reads the whole input: a file, or stdin for `-` / no file. Errors name the file. */
export function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new UserError(`${file}: ${why}`);
  }
}

/** Validates `--lang`/`--dct`; the first problem becomes a one-line user error. */
export function parseTimexOptions(raw: { lang?: string; dct?: string }): z.infer<typeof TimexArgs> {
  const parsed = TimexArgs.safeParse({ lang: raw.lang ?? 'auto', dct: raw.dct });
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? 'invalid options');
  return parsed.data;
}

/** Lines per write to stdout. */
const OUTPUT_CHUNK = 2000;

export function registerTimex(program: Command): void {
  program
    .command('timex')
    .description('print the temporal expressions of a text as JSON lines (UTF-16 offsets)')
    .argument('[file]', 'text file, or - for stdin (the default)')
    .option('--lang <lang>', `${LANGUAGE_LIST} or auto`, 'auto')
    .option('--dct <date>', 'document creation date YYYY-MM-DD, anchor of "today" and "two years ago"')
    .action((file: string | undefined, raw: { lang?: string; dct?: string }) => {
      const opts = parseTimexOptions(raw);
      const text = readInput(file);
      const found = tagTimexes(text, opts);
      // Written in chunks: joining a million lines into one string doubled the memory a large file needs.
      for (let i = 0; i < found.length; i += OUTPUT_CHUNK) {
        let chunk = '';
        for (const t of found.slice(i, i + OUTPUT_CHUNK)) chunk += `${JSON.stringify(t)}\n`;
        process.stdout.write(chunk);
      }
    });
}
