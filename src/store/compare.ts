/** How the store decides whether two facts from different articles are the same, disagree, or differ. */
export {
  type ComparableEvent,
  compareClaims,
  compareEvents,
  datesMayConflict,
  mayConflict,
  sameWhen,
} from '../analyze/index.ts';
