import type { NotificationKind } from '@recours/disputes';

// The kinds are named where each event says whom it tells (libs/disputes, events/notification-intent.ts).
export { NOTIFICATION_KINDS, type NotificationKind } from '@recours/disputes';

/** Kinds that go at once even to a reader who asked for a daily digest: a deadline does not wait for tomorrow. */
export const URGENT_KINDS: ReadonlySet<NotificationKind> = new Set(['DEADLINE_REMINDER', 'REMEDY_DUE_SOON', 'SETTLEMENT_ANSWER_REMINDER']);

/**
 * Kinds whose sentence depends on the reader's part in the dispute: the notifier gives each
 * addressee's notification `reader` (MERCHANT, MEDIATOR…), as its sentence needs it (the end of a
 * mandate: the merchant addresses the consumer directly; the mediator hears that she takes part herself;
 * a mediator assigned hears that the case is hers to decide on).
 */
export const READER_WORDED_KINDS: ReadonlySet<NotificationKind> = new Set(['MANDATE_ENDED', 'MEDIATOR_ASSIGNED']);

/**
 * Kinds whose sentence names the association the event names: the notifier gives them
 * `association`, its name as the directory shows it (when it has one), and `associationId`, by
 * which a rename of the association renames it in them (renameAssociation).
 */
export const ASSOCIATION_NAMED_KINDS: ReadonlySet<NotificationKind> = new Set(['MANDATE_ENDED']);

/**
 * Kinds that tell their reader that her own access ended: to a dispute (the association whose
 * mandate the consumer revoked, or whose sharing for advice she stopped; the mediator the case was
 * taken from), or to every case of a company (the agent removed from the merchant's team,
 * TEAM_ACCESS_ENDED, which names no dispute). Shown and sent although she no longer reads the
 * dispute: it is that news. Each goes to her alone (its audience, or queueTeamAccessEnded).
 */
export const ACCESS_ENDED_KINDS: ReadonlySet<NotificationKind> = new Set(['MANDATE_REVOKED', 'ADVICE_SHARING_ENDED', 'MEDIATOR_REPLACED', 'TEAM_ACCESS_ENDED']);
