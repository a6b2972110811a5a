import type { NotificationKind } from './notification-kind';

/**
 * Who hears of an event, by their part in the dispute. CONSUMER_SIDE is the consumer and, under
 * a live mandate, the association acting for them; MERCHANT is every agent of the merchant;
 * ADMINS the platform's admins (who assign mediators); ADVISER the association the event shares
 * the dispute with for advice.
 */
export type Audience = 'CONSUMER_SIDE' | 'MERCHANT' | 'MEDIATOR' | 'ASSOCIATION' | 'ADVISER' | 'ADMINS';

/** Values a notification's sentences are made from: never an e-mail address, never a private message. */
export type NotificationParams = Record<string, string | number | boolean | null>;

/** What an event means for whom, before it is addressed to accounts. */
export interface NotificationIntent {
  kind: NotificationKind;
  audiences: Audience[];
  params: NotificationParams;
}
