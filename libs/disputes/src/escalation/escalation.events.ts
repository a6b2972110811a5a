import type { Instant } from '../values/instant';
import type { EscalationLevel } from '../values/escalation-level';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-data';
import type { ReadersOf } from '../events/visibility';

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
