/**
 * Writes a batch's saves send without waiting for their answer, where the dialect allows
 * (`StoreDialect.writesAhead`): the saves go on, and the next article's rows are made, while
 * the database runs them, so the two processes work at the same time. The connection runs
 * statements in the order they are sent (Kysely queues the queries of one connection), so a
 * later read sees them; the batch checks every answer before it commits.
 */
export class SentWrites {
  readonly #sent: Promise<unknown>[] = [];

  /** Keeps `write` to be answered later (its failure is reported by `firstError`, never unhandled). */
  add(write: Promise<unknown>): void {
    write.catch(() => {});
    this.#sent.push(write);
  }

  /** Once every write kept has been answered: the first one's error, or undefined when all went in. */
  async firstError(): Promise<Error | undefined> {
    for (const outcome of await Promise.allSettled(this.#sent)) {
      if (outcome.status === 'rejected') return asError(outcome.reason);
    }
    return undefined;
  }
}

/**
 * Ids of a batch's new articles, taken from the database up front in the order the saves insert
 * them (`StoreDialect.reserveArticleIds`), so a new article's insert needs no answer and goes
 * with its other rows. Each is taken by one save, stored or failed, as the insert's own default
 * would be; once none is left a save inserts as before. `taken` rewinds when saves are redone.
 */
export class ReservedIds {
  readonly #ids: readonly number[];
  /** How many of the ids saves have taken. */
  taken = 0;

  constructor(ids: readonly number[] = []) {
    this.#ids = ids;
  }

  /** The next id, or undefined when every one is taken. */
  take(): number | undefined {
    if (this.taken >= this.#ids.length) return undefined;
    return this.#ids[this.taken++];
  }
}

/** What a failed save reports: the error thrown, or one made of whatever else was thrown. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
