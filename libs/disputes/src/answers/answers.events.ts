import type { Instant } from '../values/instant';
import type { EscalationLevel } from '../values/escalation-level';
import type { Dispute } from '../state';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, lastDayOf, type NotificationsOf } from '../events/notification-intent';

/** A courtesy, not an answer: the merchant's response clock keeps running. */
export type ClaimAcknowledged = DisputeEventOf<'ClaimAcknowledged', EventContext & { note?: string }>;

export type ClaimRejected = DisputeEventOf<'ClaimRejected', EventContext & { reason: string; level: EscalationLevel }>;

export type MerchantResponseOverdue = DisputeEventOf<'MerchantResponseOverdue', EventContext & { dueAt: Instant }>;

export type AnswersEvent = ClaimAcknowledged | ClaimRejected | MerchantResponseOverdue;

export const ANSWERS_EVENT_VERSIONS = { ClaimAcknowledged: 1, ClaimRejected: 1, MerchantResponseOverdue: 1 } as const satisfies SchemaVersions<AnswersEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const ANSWERS_PERSONAL_FIELDS = { ClaimAcknowledged: ['/note'], ClaimRejected: ['/reason'], MerchantResponseOverdue: [] } as const satisfies PersonalFields<AnswersEvent>;

/** Who reads each event (events/visibility.ts). */
export const ANSWERS_READERS = { ClaimAcknowledged: 'SHARED', ClaimRejected: 'SHARED', MerchantResponseOverdue: 'SHARED' } as const satisfies ReadersOf<AnswersEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const ANSWERS_NOTIFICATIONS: NotificationsOf<AnswersEvent> = {
  ClaimAcknowledged: () => notify('CLAIM_ACKNOWLEDGED', ['CONSUMER_SIDE']),
  ClaimRejected: (event) => notify('CLAIM_REJECTED', ['CONSUMER_SIDE'], { reason: event.data.reason }),
  MerchantResponseOverdue: (event) => notify('MERCHANT_RESPONSE_OVERDUE', ['CONSUMER_SIDE'], { dueOn: lastDayOf(event.data.dueAt) }),
};

/** The merchant, at its current level, refused, let an offer be refused or lapse, or stayed silent. */
export function merchantHadChance(s: Dispute): Dispute {
  return { ...s, merchantHadChance: true, escalation: { ...s.escalation, levelHadChance: true } };
}

export const answersEvolution: Evolution<AnswersEvent> = {
  ClaimAcknowledged: (s, event) => ({ ...s, acknowledgedAt: event.data.at }),
  ClaimRejected(s, event) {
    const { reason, at, level } = event.data;
    const next = merchantHadChance(s);
    return {
      ...next,
      negotiationTurn: 'CONSUMER',
      merchantResponse: null,
      rejection: { reason, at, level },
      refusals: [...(s.refusals ?? []), { at, level }],
      escalation: { ...next.escalation, answeredAtLevel: true },
    };
  },
  MerchantResponseOverdue: (s) => ({ ...merchantHadChance(s), merchantResponse: s.merchantResponse && { ...s.merchantResponse, overdue: true } }),
};
