/** Data fields of dispute events that only the admin reads, by event type. */
const ADMIN_ONLY: Readonly<Record<string, readonly string[]>> = {
  // The legal hold's reason may name the litigation and the people in it (LegalHold.reason is the admin's alone).
  LegalHoldPlaced: ['reason'],
  LegalHoldLifted: ['reason'],
};

/** The event's data as a merchant's webhook receives it: what only the admin reads stays on recours. */
export function webhookDataOf(event: { type: string; data: unknown }): unknown {
  const hidden = ADMIN_ONLY[event.type];
  if (!hidden || typeof event.data !== 'object' || event.data === null) return event.data;
  return Object.fromEntries(Object.entries(event.data).filter(([field]) => !hidden.includes(field)));
}
