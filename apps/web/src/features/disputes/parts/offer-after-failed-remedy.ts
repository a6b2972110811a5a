const IN_KIND: readonly string[] = ['REPAIR', 'REPLACEMENT'];

/**
 * Whether an offer is a new repair or replacement after one failed. A failure closes no remedy
 * (libs/disputes, remediesAfterFailure): such an offer is the consumer's to accept, or to decline
 * for the price reduction or refund the failure gives her (L217-14), and her side is told so.
 */
export function offerAfterFailedRemedy(remedyHistory: ReadonlyArray<{ remedy: string; outcome: string }>, offer: { kind: string; remedy: string }): boolean {
  return offer.kind === 'REMEDY' && IN_KIND.includes(offer.remedy) && remedyHistory.some((r) => r.outcome === 'FAILED' && IN_KIND.includes(r.remedy));
}
