import { notificationRuleOf, type Dispute, type DisputeEvent, type NotificationIntent } from '@recours/disputes';

/**
 * What an event tells whom, given the dispute after it (`dispute`) and before it (`before`,
 * undefined for the claim that opens it): the rule its sub-domain declares beside the event
 * (`<X>_NOTIFICATIONS` in libs/disputes, every event listed, null for nobody). Pure: the notifier
 * addresses the audiences to accounts, leaves out whoever acted, and keeps each reader to what
 * the dispute shows them.
 */
export function notificationFor(event: DisputeEvent, dispute: Dispute, before: Dispute | undefined): NotificationIntent | null {
  return notificationRuleOf(event)?.(event, dispute, before) ?? null;
}
