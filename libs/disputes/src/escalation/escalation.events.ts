import type { Instant } from '../values/instant';
import type { EscalationLevel } from '../values/escalation-level';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, lastDayOf, type NotificationsOf } from '../events/notification-intent';

export type EscalatedInternally = DisputeEventOf<
  'EscalatedInternally',
  EventContext & { level: Exclude<EscalationLevel, 'FRONT_DESK'>; reason?: string; merchantResponseDueAt: Instant }
>;

export type EscalationEvent = EscalatedInternally;

export const ESCALATION_EVENT_VERSIONS = { EscalatedInternally: 1 } as const satisfies SchemaVersions<EscalationEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const ESCALATION_PERSONAL_FIELDS = { EscalatedInternally: ['/reason'] } as const satisfies PersonalFields<EscalationEvent>;

/** Who reads each event (events/visibility.ts). */
export const ESCALATION_READERS = { EscalatedInternally: 'SHARED' } as const satisfies ReadersOf<EscalationEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const ESCALATION_NOTIFICATIONS: NotificationsOf<EscalationEvent> = {
  // Up the merchant's team, level by level: its supervisors, then its complaints department
  // (the owner, with the supervisors); the agent handling the case hears of both.
  EscalatedInternally: (event) =>
    notify('ESCALATED', [event.data.level === 'SUPERVISOR' ? 'MERCHANT_SUPERVISORS' : 'MERCHANT_LEADS'], { level: event.data.level, dueOn: lastDayOf(event.data.merchantResponseDueAt) }),
};

export const escalationEvolution: Evolution<EscalationEvent> = {
  EscalatedInternally(s, event) {
    const { level, at, merchantResponseDueAt } = event.data;
    return {
      ...s,
      negotiationTurn: 'MERCHANT',
      merchantResponse: { dueAt: merchantResponseDueAt, overdue: false },
      rejection: null,
      escalation: { level, levelHadChance: false, answeredAtLevel: false, history: [...s.escalation.history, { level, at }] },
    };
  },
};
