import type { Statement } from '../../analyze/index.ts';
import type { Database } from '../schema.ts';

/** A statement as merging handles it: what the identity rule compares, and the source row it is stored as. */
export interface StoredStatement extends Statement {
  row: Omit<Database['event_sources'], 'event_id'> & { event_id: string | null };
}
