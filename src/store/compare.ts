/** How the store decides whether two claims from different articles are one quantity, and whether they disagree. */
export { type ComparableClaim, compareClaims, compareFigures, quantityOf } from '../analyze/index.ts';
