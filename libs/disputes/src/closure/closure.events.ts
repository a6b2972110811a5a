import type { NextStep } from '../values/next-steps';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, type NotificationsOf } from '../events/notification-intent';

export type ClaimWithdrawn = DisputeEventOf<'ClaimWithdrawn', EventContext & { reason?: string }>;

/** UNRESOLVED always tells the consumer where to go next; RESOLVED never does. */
export type DisputeClosed = DisputeEventOf<
  'DisputeClosed',
  EventContext & ({ outcome: 'RESOLVED'; summary?: string } | { outcome: 'UNRESOLVED'; nextSteps: NextStep[]; summary?: string })
>;

export type ClosureEvent = ClaimWithdrawn | DisputeClosed;

export const CLOSURE_EVENT_VERSIONS = { ClaimWithdrawn: 1, DisputeClosed: 1 } as const satisfies SchemaVersions<ClosureEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const CLOSURE_PERSONAL_FIELDS = { ClaimWithdrawn: ['/reason'], DisputeClosed: ['/summary', '/nextSteps/*/text'] } as const satisfies PersonalFields<ClosureEvent>;

/** Who reads each event (events/visibility.ts). */
export const CLOSURE_READERS = { ClaimWithdrawn: 'SHARED', DisputeClosed: 'SHARED' } as const satisfies ReadersOf<ClosureEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const CLOSURE_NOTIFICATIONS: NotificationsOf<ClosureEvent> = {
  ClaimWithdrawn: () => notify('CLAIM_WITHDRAWN', ['MERCHANT', 'MEDIATOR']),
  DisputeClosed: (event) => notify('DISPUTE_CLOSED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { outcome: event.data.outcome }),
};

export const closureEvolution: Evolution<ClosureEvent> = {
  ClaimWithdrawn(s, event) {
    const { reason, at, by } = event.data;
    return { ...s, withdrawal: { ...(reason && { reason }), at, by } };
  },
  DisputeClosed(s, { data: d }) {
    return {
      ...s,
      closure: { outcome: d.outcome, nextSteps: d.outcome === 'UNRESOLVED' ? d.nextSteps : [], ...(d.summary && { summary: d.summary }), at: d.at, by: d.by },
    };
  },
};
