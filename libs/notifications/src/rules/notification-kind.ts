/** What a notification tells its reader; each has a sentence in every language (messages/). */
export const NOTIFICATION_KINDS = [
  'CLAIM_FILED',
  'CLAIM_ACKNOWLEDGED',
  'CLAIM_REJECTED',
  'MERCHANT_RESPONSE_OVERDUE',
  'ESCALATED',
  'OFFER_MADE',
  'COUNTER_OFFER_MADE',
  'OFFER_ACCEPTED',
  'OFFER_REJECTED',
  'OFFER_EXPIRED',
  'MESSAGE_POSTED',
  'MEDIATION_REQUESTED',
  'MEDIATOR_ASSIGNED',
  'MEDIATION_ADMISSIBLE',
  'MEDIATION_INADMISSIBLE',
  'MEDIATION_EXTENDED',
  'SETTLEMENT_PROPOSED',
  'SETTLEMENT_ACCEPTED',
  'SETTLEMENT_REJECTED',
  'AGREEMENT_REACHED',
  'DEADLINE_REMINDER',
  'REMEDY_DUE_SOON',
  'REMEDY_OVERDUE',
  'MEDIATION_DEADLINE_MISSED',
  'REMEDY_CARRIED_OUT_REPORTED',
  'REMEDY_DEEMED_CONFIRMED',
  'REMEDY_FULFILLED',
  'REMEDY_FAILED',
  'CLAIM_WITHDRAWN',
  'DISPUTE_CLOSED',
  'MANDATE_GRANTED',
  'MANDATE_REVOKED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds that go at once even to a reader who asked for a daily digest: a deadline does not wait for tomorrow. */
export const URGENT_KINDS: ReadonlySet<NotificationKind> = new Set(['DEADLINE_REMINDER', 'REMEDY_DUE_SOON']);
