import type { Context } from 'hono';
import { ApiError } from './errors.ts';

/** Seconds a client told to wait should wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * At most `max` runs of a heavy handler at once; past that the request is answered at once with a
 * 503 and `Retry-After` instead of queueing without bound (a few export clients took every other
 * route down with them). `slot` takes a place for work that outlives the handler (a streamed
 * answer) and gives the function that frees it, once, however often it is called.
 *
 * @example const exports = concurrencyLimit(2, 'exports'); await exports(c, () => render())
 */
export function concurrencyLimit(max: number, what: string) {
  let running = 0;
  const slot = (c: Context): (() => void) => {
    if (running >= max) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new ApiError(503, 'busy', `too many ${what} at once (at most ${max}); retry in ${RETRY_AFTER_SECONDS} s`);
    }
    running++;
    let freed = false;
    return () => {
      if (!freed) running--;
      freed = true;
    };
  };
  const limited = async <T>(c: Context, work: () => Promise<T>): Promise<T> => {
    const free = slot(c);
    try {
      return await work();
    } finally {
      free();
    }
  };
  return Object.assign(limited, { slot, running: () => running });
}
