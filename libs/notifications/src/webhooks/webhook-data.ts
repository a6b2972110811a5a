import { withheldFields } from '@recours/disputes';

/**
 * The event's data as a merchant's webhook receives it: what the merchant does not read of it
 * stays on recours (withheldFields, the rule of the dispute's view and case file: her postcode,
 * a legal hold's reason).
 */
export function webhookDataOf(event: { type: string; data: unknown }): unknown {
  const hidden = withheldFields(event.type, 'MERCHANT');
  if (hidden.length === 0 || typeof event.data !== 'object' || event.data === null) return event.data;
  return Object.fromEntries(Object.entries(event.data).filter(([field]) => !hidden.includes(field)));
}
