import { z } from 'zod';

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
