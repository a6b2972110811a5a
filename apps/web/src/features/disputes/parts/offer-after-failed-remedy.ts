const IN_KIND: readonly string[] = ['REPAIR', 'REPLACEMENT'];

/**
 * Whether a repair or replacement is proposed again after one failed. A failure closes no remedy
 * (libs/disputes, remediesAfterFailure): such a proposal is the consumer's to accept, or to decline
 * for the price reduction or refund the failure gives her (L217-14), and her side is told so.
 */
export function remedyAgainAfterFailure(remedyHistory: ReadonlyArray<{ remedy: string; outcome: string }>, remedy: string): boolean {
  return IN_KIND.includes(remedy) && remedyHistory.some((r) => r.outcome === 'FAILED' && IN_KIND.includes(r.remedy));
}

/** The merchant's offer of a new repair or replacement after one failed (a paid repair's quote is not one). */
export function offerAfterFailedRemedy(remedyHistory: ReadonlyArray<{ remedy: string; outcome: string }>, offer: { kind: string; remedy: string }): boolean {
  return offer.kind === 'REMEDY' && remedyAgainAfterFailure(remedyHistory, offer.remedy);
}
