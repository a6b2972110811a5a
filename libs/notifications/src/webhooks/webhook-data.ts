/** Data fields of dispute events a merchant's webhook does not receive, by event type. */
const NOT_FOR_THE_MERCHANT: Readonly<Record<string, readonly string[]>> = {
  // Where the consumer lives is for her rights' calendar (her holidays, her midnight): the merchant needs it to answer nothing.
  ClaimFiled: ['consumerPostcode'],
  // The legal hold's reason may name the litigation and the people in it (LegalHold.reason is the admin's alone).
  LegalHoldPlaced: ['reason'],
  LegalHoldLifted: ['reason'],
};

/** The event's data as a merchant's webhook receives it: what only the admin reads, and her postcode, stay on recours. */
export function webhookDataOf(event: { type: string; data: unknown }): unknown {
  const hidden = NOT_FOR_THE_MERCHANT[event.type];
  if (!hidden || typeof event.data !== 'object' || event.data === null) return event.data;
  return Object.fromEntries(Object.entries(event.data).filter(([field]) => !hidden.includes(field)));
}
