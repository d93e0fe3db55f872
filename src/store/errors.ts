/**
 * A caller asked the store for something malformed (a bad id, a page size over the limit, an
 * invalid article). The CLI and API turn it into a one-line message or a 400, never a 500.
 */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/**
 * A request the store understood but cannot carry out in the state it found (undoing a decision a
 * later one replaced). The API answers 409, the CLI and website with the message.
 */
export class StoreConflictError extends Error {
  override name = 'StoreConflictError';
}
