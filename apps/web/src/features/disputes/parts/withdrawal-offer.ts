/** A rights assessment's withdrawal guidance as the dispute page reads it (RightsView's guidance). */
export interface WithdrawalGuidance {
  topic: string;
  applies: boolean;
  message: { params: ReadonlyArray<{ name: string; value: string }> };
}

/**
 * The withdrawal form's last day when the rights engine finds the 14 days open (a distance or
 * off-premises purchase, L221-18, the last day moved to a working day): the documents panel offers
 * the letter then, as the API serves it then and refuses it otherwise. Null otherwise.
 */
export function withdrawalOpenUntil(guidance: readonly WithdrawalGuidance[] | null | undefined): string | null {
  const item = guidance?.find((g) => g.topic === 'WITHDRAWAL');
  if (!item?.applies) return null;
  return item.message.params.find((p) => p.name === 'until')?.value ?? null;
}
