/** How the store decides whether two facts from different articles are the same, disagree, or differ. */
export { compareClaims, compareEvents } from '../analyze/events/merge.ts';
