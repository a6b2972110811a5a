import { CONSUMER_SIDE_EVENTS, DISPUTE_EVENT_TYPES, merchantsOwn, type DisputeEventType } from '@recours/disputes';

/** `ClaimFiled` → `CLAIM_FILED`: a webhook names each dispute event the way GraphQL enums are written. */
export const webhookTypeOf = (type: DisputeEventType | string): string => type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** Every type a webhook may ask for: one per dispute event, but the merchant team's own (assignment, internal notes), which stay on recours. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = DISPUTE_EVENT_TYPES.filter((type) => !merchantsOwn({ type })).map(webhookTypeOf);

/**
 * Types a webhook may name but is never sent: the consumer's side alone reads them. Kept among
 * the types a subscription accepts (a public enum loses no value), marked deprecated in the schema.
 */
export const WEBHOOK_EVENT_TYPES_NEVER_SENT: readonly string[] = CONSUMER_SIDE_EVENTS.map(webhookTypeOf);
