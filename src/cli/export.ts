import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { LANGUAGE_LIST, LANGUAGES } from '../domain/languages.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName, exportPieces } from '../export/index.ts';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';

const year = (flag: string) =>
  z
    .string()
    .regex(/^-?\d{1,5}$/, `${flag} must be a year, e.g. 2009 (negative for BCE)`)
    .transform(Number);

const ExportOptionsSchema = z.object({
  out: z.string().min(1, '--out must name a file').optional(),
  from: year('--from').optional(),
  to: year('--to').optional(),
  entity: z
    .string()
    .regex(/^[a-z]+:[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u, '--entity must be an entity id such as org:osce')
    .optional(),
  lang: z
    .enum(LANGUAGES, { message: `--lang must be ${LANGUAGES.slice(0, -1).join(', ')} or ${LANGUAGES.at(-1)}` })
    .optional(),
  baseUrl: z.string().url('--base-url must be an absolute URL').optional(),
});

/** `chronicle export FORMAT [--out FILE] [--from --to --entity --lang]`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(`Export the timeline and graph: ${EXPORT_FORMAT_NAMES.join(', ')}`)
    .argument('<format>', EXPORT_FORMAT_NAMES.map((f) => `${f} (${EXPORT_FORMATS[f].description})`).join('; '))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--from <year>', 'only events from this year on')
    .option('--to <year>', 'only events up to this year')
    .option('--entity <id>', 'only events with this entity (e.g. org:osce)')
    .option('--lang <lang>', `only articles in this language: ${LANGUAGE_LIST}`)
    .option('--base-url <url>', 'site address used in links and identifiers', 'http://127.0.0.1:8080')
    .action(async (format: string, _opts, cmd: Command) => {
      if (!(EXPORT_FORMAT_NAMES as string[]).includes(format)) {
        throw new UserError(`export: unknown format "${format}" (one of ${EXPORT_FORMAT_NAMES.join(', ')})`);
      }
      const parsed = ExportOptionsSchema.safeParse(cmd.opts());
      if (!parsed.success) throw new UserError(`export: ${parsed.error.issues[0]!.message}`);
      const o = parsed.data;
      if (o.from !== undefined && o.to !== undefined && o.from > o.to) {
        throw new UserError(`export: --from ${o.from} is after --to ${o.to}`);
      }
      // Written as the store is read: a large export never sits whole in memory.
      await withStore(cmd, async (store) => {
        const pieces = exportPieces(
          store,
          format as ExportFormatName,
          { from: o.from, to: o.to, entity: o.entity, language: o.lang },
          { baseUrl: o.baseUrl },
        );
        if (o.out) {
          // Into a file beside it first, so a failed export never leaves half a file under the name.
          const partial = `${o.out}.partial-${process.pid}`;
          try {
            await pipeline(Readable.from(pieces), createWriteStream(partial));
            await rename(partial, o.out);
          } catch (err) {
            await rm(partial, { force: true });
            const code = (err as NodeJS.ErrnoException).code;
            if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
              throw new UserError(`export: cannot write --out ${o.out}: ${(err as Error).message}`);
            }
            throw err;
          }
          return;
        }
        // `chronicle export csv | head` closes the pipe early; that is not an error.
        let closed = false;
        process.stdout.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EPIPE') throw err;
          closed = true;
        });
        for await (const piece of pieces) {
          if (closed) break;
          if (!process.stdout.write(piece)) {
            await new Promise((resolve) => {
              process.stdout.once('drain', resolve);
              process.stdout.once('close', resolve);
              process.stdout.once('error', resolve);
            });
          }
        }
      });
    });
}
