/** The encodings we compress with, in order of preference when the client likes them equally. */
const OURS = ['br', 'gzip'] as const;
export type Encoding = (typeof OURS)[number];

/**
 * The encoding to answer with under an `Accept-Encoding` header (RFC 9110 §12.5.3): the one with
 * the highest q-value among ours, brotli on a tie; none listed with q=0 (`br;q=0`), nor refused
 * through `*;q=0`. Null when the client takes neither.
 *
 * @example chooseEncoding('br;q=0, gzip') === 'gzip'
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const given = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const value = given === undefined ? 1 : Number(given);
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of OURS) {
    const value = q.get(encoding) ?? q.get('*') ?? 0;
    if (value > bestQ) [best, bestQ] = [encoding, value];
  }
  return best;
}
