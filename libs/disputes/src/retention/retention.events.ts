import { parisDateOf } from '@recours/consumer-law';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, mediatorIfAssigned, type NotificationsOf } from '../events/notification-intent';
import type { Instant } from '../values/instant';

/** The admin keeps the dispute for litigation: retention never erases it while the hold stands. */
export type LegalHoldPlaced = DisputeEventOf<'LegalHoldPlaced', EventContext & { reason: string }>;

export type LegalHoldLifted = DisputeEventOf<'LegalHoldLifted', EventContext & { reason: string }>;

/** The parties are told the dispute will be erased from `erasesAt`, its retention period over. */
export type ErasureNoticeGiven = DisputeEventOf<'ErasureNoticeGiven', EventContext & { erasesAt: Instant; retentionYears: number }>;

/**
 * The dispute is erased (its keys destroyed, its files deleted, its read models' copies scrubbed,
 * in that order after this is recorded): its words read as erased from now on; nothing more
 * happens on it. `endedAt`: when it ended, from which its retention ran.
 */
export type DisputeErased = DisputeEventOf<'DisputeErased', EventContext & { endedAt: Instant; retentionYears: number }>;

/** The erasure's steps were carried out: keys destroyed, `filesDeleted` files deleted, the read models told to scrub their copies. */
export type DisputeErasureCompleted = DisputeEventOf<'DisputeErasureCompleted', EventContext & { filesDeleted: number }>;

export type RetentionEvent = LegalHoldPlaced | LegalHoldLifted | ErasureNoticeGiven | DisputeErased | DisputeErasureCompleted;

export const RETENTION_EVENT_VERSIONS = { LegalHoldPlaced: 1, LegalHoldLifted: 1, ErasureNoticeGiven: 1, DisputeErased: 1, DisputeErasureCompleted: 1 } as const satisfies SchemaVersions<RetentionEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const RETENTION_PERSONAL_FIELDS = { LegalHoldPlaced: ['/reason'], LegalHoldLifted: ['/reason'], ErasureNoticeGiven: [], DisputeErased: [], DisputeErasureCompleted: [] } as const satisfies PersonalFields<RetentionEvent>;

/** Who reads each event (events/visibility.ts). */
export const RETENTION_READERS = { LegalHoldPlaced: 'SHARED', LegalHoldLifted: 'SHARED', ErasureNoticeGiven: 'SHARED', DisputeErased: 'SHARED', DisputeErasureCompleted: 'SHARED' } as const satisfies ReadersOf<RetentionEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const RETENTION_NOTIFICATIONS: NotificationsOf<RetentionEvent> = {
  // The admin's own steps; the parties hear of the erasure itself before it (ErasureNoticeGiven).
  LegalHoldPlaced: null,
  LegalHoldLifted: null,
  // Every party, before their case is erased: time to download its file, or to say it is in litigation.
  ErasureNoticeGiven: (event, dispute) =>
    notify('ERASURE_NOTICE', ['CONSUMER_SIDE', 'MERCHANT', ...mediatorIfAssigned(dispute)], { erasesOn: parisDateOf(event.data.erasesAt), retentionYears: event.data.retentionYears }),
  DisputeErased: null,
  DisputeErasureCompleted: null,
};

export const retentionEvolution: Evolution<RetentionEvent> = {
  // A notice given before the hold is moot: once the hold is lifted, the parties are told again.
  LegalHoldPlaced: ({ erasureNotice: _moot, ...s }, { data: d }) => ({ ...s, legalHold: { reason: d.reason, at: d.at, by: d.by } }),
  LegalHoldLifted: ({ legalHold: _lifted, ...s }) => s,
  ErasureNoticeGiven: (s, { data: d }) => ({ ...s, erasureNotice: { at: d.at, erasesAt: d.erasesAt } }),
  DisputeErased: (s, { data: d }) => ({ ...s, erased: { at: d.at } }),
  DisputeErasureCompleted: (s, { data: d }) => ({ ...s, erased: { at: s.erased?.at ?? d.at, completedAt: d.at } }),
};
