/**
 * A caller asked the store for something malformed (a bad id, a page size over the limit, an
 * invalid article). The CLI and API turn it into a one-line message or a 400, never a 500.
 */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}
