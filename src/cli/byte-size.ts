import { z } from 'zod';
import { UserError } from './errors.ts';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** A byte count: `10485760`, `512k`, `10MB`, `1.5 GB`. */
export const byteSize = z.string().transform((s, ctx) => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  const unit = m ? UNITS[(m[2] as string).toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) * unit < 1) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a size in bytes (e.g. 10485760, 512KB, 10MB)` });
    return z.NEVER;
  }
  return Math.floor(Number(m[1]) * unit);
});

/**
 * `CHRONICLE_MAX_FILE_BYTES`, the size limit every command that reads sources keeps (ingest,
 * queue add, extract, timex) when `--max-size` is not given; unset or empty is the default.
 * Refused in one line when it is not a size.
 */
export function envMaxFileBytes(): string | undefined {
  const value = process.env.CHRONICLE_MAX_FILE_BYTES;
  if (value === undefined || value === '') return undefined;
  if (!byteSize.safeParse(value).success) {
    throw new UserError(`CHRONICLE_MAX_FILE_BYTES: "${value}" is not a size in bytes`);
  }
  return value;
}
