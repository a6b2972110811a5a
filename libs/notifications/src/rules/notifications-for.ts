import { notificationRuleOf, type Dispute, type DisputeEvent, type NotificationIntent } from '@recours/disputes';

/**
 * What an event tells whom, given the dispute after it (`dispute`) and before it (`before`,
 * undefined for the claim that opens it): the rule its sub-domain declares beside the event
 * (`<X>_NOTIFICATIONS` in libs/disputes, every event listed, null for nobody), as a list (empty:
 * nobody; several: each audience told its own kind). Pure: the notifier addresses the audiences
 * to accounts, leaves out whoever acted, and keeps each reader to what the dispute shows them.
 */
export function notificationsFor(event: DisputeEvent, dispute: Dispute, before: Dispute | undefined): readonly NotificationIntent[] {
  const told = notificationRuleOf(event)?.(event, dispute, before) ?? null;
  if (told === null) return [];
  return Array.isArray(told) ? told : [told as NotificationIntent];
}
