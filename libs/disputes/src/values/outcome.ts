/** How a dispute ended when it was closed (a withdrawal is not a closure). */
export const DISPUTE_OUTCOMES = ['RESOLVED', 'UNRESOLVED'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];
