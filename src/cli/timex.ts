import type { Command } from 'commander';
import { z } from 'zod';
import { tagTimexes } from '../analyze/time/index.ts';
import { LANGUAGE_LIST, LANGUAGES } from '../domain/languages.ts';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, readRegularFile } from '../ingest/regular-file/index.ts';
import { byteSize, envMaxFileBytes } from './byte-size.ts';
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
  maxSize: byteSize.optional(),
});

/**
 * Reads the whole input: a regular file, or stdin for `-` / no file, of at most `maxBytes` (the
 * limit ingest keeps). FIFOs and devices are refused by their kind. Errors name the file.
 */
export async function readInput(file: string | undefined, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new UserError(`stdin: too large (more than ${formatBytes(maxBytes)}, see --max-size)`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const read = await readRegularFile(file, maxBytes);
  if (!read.ok) throw new UserError(`${file}: ${read.reason}`);
  return Buffer.from(read.bytes).toString('utf8');
}

/** Validates `--lang`/`--dct`; the first problem becomes a one-line user error. */
export function parseTimexOptions(raw: { lang?: string; dct?: string; maxSize?: string }): z.infer<typeof TimexArgs> {
  const parsed = TimexArgs.safeParse({ lang: raw.lang ?? 'auto', dct: raw.dct, maxSize: raw.maxSize });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? 'invalid options';
    throw new UserError(issue?.path[0] === 'maxSize' ? `--max-size: ${message}` : message);
  }
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
    .option(
      '--max-size <bytes>',
      `largest input to read (default ${DEFAULT_MAX_FILE_BYTES}, env CHRONICLE_MAX_FILE_BYTES)`,
    )
    .action(async (file: string | undefined, raw: { lang?: string; dct?: string; maxSize?: string }) => {
      const opts = parseTimexOptions({ ...raw, maxSize: raw.maxSize ?? envMaxFileBytes() });
      const text = await readInput(file, opts.maxSize);
      const found = tagTimexes(text, opts);
      // Written in chunks: joining a million lines into one string doubled the memory a large file needs.
      for (let i = 0; i < found.length; i += OUTPUT_CHUNK) {
        let chunk = '';
        for (const t of found.slice(i, i + OUTPUT_CHUNK)) chunk += `${JSON.stringify(t)}\n`;
        process.stdout.write(chunk);
      }
    });
}
