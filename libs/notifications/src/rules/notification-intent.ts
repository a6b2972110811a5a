import type { NotificationKind } from './notification-kind';

/**
 * Who hears of an event, by their part in the dispute. CONSUMER_SIDE is the consumer and, under
 * a live mandate, the association acting for them; MERCHANT is every agent of the merchant;
 * ADMINS the platform's admins (who assign mediators); ADVISER the association the event shares
 * the dispute with for advice. Up the merchant's team (issue 18 item 2), the two levels of the
 * guide's internal escalation: MERCHANT_SUPERVISORS is its supervisors (its owner when it has
 * none), MERCHANT_LEADS its owner, who answers as the complaints department, and its
 * supervisors; both with the agent who handles the case. ASSIGNEE is that agent alone.
 */
export type Audience = 'CONSUMER_SIDE' | 'MERCHANT' | 'MERCHANT_SUPERVISORS' | 'MERCHANT_LEADS' | 'ASSIGNEE' | 'MEDIATOR' | 'ASSOCIATION' | 'ADVISER' | 'ADMINS';

/** Values a notification's sentences are made from: never an e-mail address, never a private message. */
export type NotificationParams = Record<string, string | number | boolean | null>;

/** What an event means for whom, before it is addressed to accounts. */
export interface NotificationIntent {
  kind: NotificationKind;
  audiences: Audience[];
  params: NotificationParams;
}
