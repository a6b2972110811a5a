import type { Dispute } from '../state';
import type { Side } from '../values/actor';
import type { Money } from '../values/money';

/** What a notification tells its reader; each has a sentence in every language (libs/notifications, messages/). */
export const NOTIFICATION_KINDS = [
  'CLAIM_FILED',
  'CLAIM_ACKNOWLEDGED',
  'CLAIM_REJECTED',
  'MERCHANT_RESPONSE_OVERDUE',
  'FORMAL_NOTICE_SENT',
  'ESCALATED',
  'CASE_ASSIGNED',
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
  'SETTLEMENT_EXPIRED',
  'SETTLEMENT_ANSWER_REMINDER',
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
  'MANDATE_RENOUNCED',
  'MANDATE_ENDED',
  'SHARED_FOR_ADVICE',
  'ADVICE_SHARING_ENDED',
  'MEDIATOR_REPLACED',
  'TEAM_ACCESS_ENDED',
  'ERASURE_NOTICE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Who hears of an event, by their part in the dispute. CONSUMER_SIDE is the consumer and, under
 * a live mandate, the association acting for them; MERCHANT is every agent of the merchant;
 * ADMINS the platform's admins (who assign mediators); ADVISER the association the event shares
 * the dispute with for advice. Up the merchant's team (issue 18 item 2), the two levels of the
 * guide's internal escalation: MERCHANT_SUPERVISORS is its supervisors (its owner when it has
 * none), MERCHANT_LEADS its owner, who answers as the complaints department, and its
 * supervisors; both with the agent who handles the case. ASSIGNEE is that agent alone.
 * ADVISER is also the association whose sharing for advice the event ends; REPLACED_MEDIATOR
 * the mediator a new assignment takes the case from.
 */
export type Audience = 'CONSUMER_SIDE' | 'MERCHANT' | 'MERCHANT_SUPERVISORS' | 'MERCHANT_LEADS' | 'ASSIGNEE' | 'MEDIATOR' | 'REPLACED_MEDIATOR' | 'ASSOCIATION' | 'ADVISER' | 'ADMINS';

/** Values a notification's sentences are made from: never an e-mail address, never a private message. */
export type NotificationParams = Record<string, string | number | boolean | null>;

/** What an event means for whom, before it is addressed to accounts. */
export interface NotificationIntent {
  kind: NotificationKind;
  audiences: Audience[];
  params: NotificationParams;
}

/**
 * What one event tells whom, given the dispute after it (`dispute`) and before it (`before`,
 * undefined for the claim that opens it); `null`: it tells nobody. Several intents when it tells
 * different audiences different things (a revocation: the association that held the mandate, and
 * the merchant and the mediator), each of its own kind, and each account hears of the event once
 * (the first intent that reaches it). Pure: the notifier addresses the audiences to accounts,
 * leaves out whoever acted, and keeps each reader to what the dispute shows them.
 */
export type NotificationRule<E> = ((event: E, dispute: Dispute, before: Dispute | undefined) => NotificationIntent | readonly NotificationIntent[] | null) | null;

/**
 * Each sub-domain says whom each of its events tells, beside them (`<X>_NOTIFICATIONS` in
 * `<x>.events.ts`), every event listed: a new event's author decides it (`null` for nobody)
 * rather than let a notification that matters be dropped without anyone deciding it.
 */
export type NotificationsOf<E extends { type: string }> = { readonly [T in E['type']]: NotificationRule<Extract<E, { type: T }>> };

export const notify = (kind: NotificationKind, audiences: Audience[], params: NotificationParams = {}): NotificationIntent => ({ kind, audiences, params });
export const sideAudience = (side: Side): Audience => (side === 'CONSUMER' ? 'CONSUMER_SIDE' : 'MERCHANT');
export const moneyParams = (amount: Money | undefined): NotificationParams => (amount ? { amount: amount.amount, currency: amount.currency } : {});
/** The last day to act on a deadline that passes at `dueAt` (values/instant.ts). */
export { lastDayOf } from '../values/instant';
/** The mediator, once one is assigned. */
export const mediatorIfAssigned = (dispute: Dispute): Audience[] => (dispute.mediation?.mediatorId ? ['MEDIATOR'] : []);
