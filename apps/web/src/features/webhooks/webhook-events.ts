import type { MessageKey } from '../../i18n/messages/en';

/** The events a helpdesk may subscribe to (WebhookEventType), in the order the form offers them. */
export const WEBHOOK_EVENT_TYPES = ['CLAIM_FILED', 'MESSAGE_POSTED', 'OFFER_ACCEPTED', 'OFFER_REJECTED', 'OFFER_MADE', 'ESCALATED_INTERNALLY', 'MEDIATION_REQUESTED', 'SETTLEMENT_PROPOSED', 'REMEDY_FULFILLED', 'REMEDY_FAILED', 'REMEDY_OVERDUE', 'DEADLINE_REMINDER_RECORDED', 'CLAIM_WITHDRAWN', 'DISPUTE_CLOSED'] as const;

/**
 * The catalogue key titling a webhook event type: the timeline's title of the same event
 * (CLAIM_FILED is the event ClaimFiled, `event.ClaimFiled`). The code itself is never shown.
 */
export function webhookEventKey(type: string): MessageKey {
  const pascal = type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `event.${pascal}` as MessageKey;
}
