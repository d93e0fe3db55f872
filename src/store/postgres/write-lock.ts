/**
 * Any constant shared by every Chronicle writer: saves take this transaction-scoped advisory lock
 * in turn (`postgresDialect.beginWrite`), and so does a migration that must see no save halfway.
 */
export const WRITE_LOCK = 7_420_190;
