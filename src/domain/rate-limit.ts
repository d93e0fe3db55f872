// A fixed-window counter: at most `limit` hits per key in each window of `windowMs`. Small and
// per process on purpose: it guards the public report form against one client (or everyone at
// once) filling the editors' queue, not against a determined attack from many addresses, which
// the store's cap of open reports per fact bounds.

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts a hit on every key, or none when any key is over its limit (so refusals do not extend the wait). */
  hit(keys: readonly string[]): RateDecision;
}

/**
 * `rules` maps a key's prefix (the part before the first `:`) to its rule; `now` is injected so
 * tests count without waiting. Windows that have passed are forgotten, so the table stays as
 * large as the clients of one window.
 */
export function createRateLimiter(
  rules: Record<string, RateLimitRule>,
  now: () => number = Date.now,
  maxKeys = 100_000,
): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const ruleOf = (key: string): RateLimitRule => {
    const rule = rules[key.split(':', 1)[0] as string];
    if (!rule) throw new Error(`rate limit: no rule for key ${key}`);
    return rule;
  };
  const sweep = (t: number) => {
    for (const [key, w] of windows) if (t - w.start >= ruleOf(key).windowMs) windows.delete(key);
  };
  return {
    hit(keys) {
      const t = now();
      if (windows.size >= maxKeys) sweep(t);
      let wait = 0;
      for (const key of keys) {
        const rule = ruleOf(key);
        const w = windows.get(key);
        if (w && t - w.start < rule.windowMs && w.count >= rule.limit) {
          wait = Math.max(wait, w.start + rule.windowMs - t);
        }
      }
      if (wait > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
      for (const key of keys) {
        const w = windows.get(key);
        if (w && t - w.start < ruleOf(key).windowMs) w.count++;
        else windows.set(key, { start: t, count: 1 });
      }
      return { ok: true };
    },
  };
}

/** Per client address: 5 reports in 10 minutes; everyone together: 200 in 10 minutes. */
export const REPORT_RATE_RULES: Record<string, RateLimitRule> = {
  client: { limit: 5, windowMs: 10 * 60_000 },
  all: { limit: 200, windowMs: 10 * 60_000 },
};

/** The keys one report counts against: its client's and everyone's. */
export function reportRateKeys(client: string): string[] {
  return [`client:${client}`, 'all:'];
}

/**
 * The address a request comes from: the socket's, or behind a proxy that says so (`trustProxy`,
 * from `CHRONICLE_TRUST_PROXY=1`) the first of `X-Forwarded-For`, which anyone could send otherwise.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  const forwarded = trustProxy ? forwardedFor?.split(',')[0]?.trim() : undefined;
  return (forwarded || socketAddress || 'unknown').slice(0, 64);
}
