import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { mediatorIfAssigned, notify, type NotificationsOf } from '../events/notification-intent';
import type { Dispute } from '../state';
import type { MandateDocument } from '../values/evidence';

/** The consumer lets a consumer association act on its behalf in this dispute. */
export type RepresentationGranted = DisputeEventOf<'RepresentationGranted', EventContext & { associationId: string; /** The signed mandate, when the consumer uploaded it. */ document?: MandateDocument }>;

export type RepresentationRevoked = DisputeEventOf<'RepresentationRevoked', EventContext & { associationId: string }>;

/** The association renounced the mandate (C. civ. art. 2007); the mandate ends as after a revocation. */
export type RepresentationRenounced = DisputeEventOf<'RepresentationRenounced', EventContext & { associationId: string; reason: string }>;

/**
 * The association no longer represents the consumer, by its own act (`by`, the association, and
 * `at`): the face of a renunciation every party reads, recorded with RepresentationRenounced and
 * never carrying its reason. Why a second event rather than one read differently by each party:
 * an event has one set of readers (REPRESENTATION_READERS), and everything that reads the shared
 * record (the merchant's and the mediator's views and live updates, the admin, the merchant's
 * webhooks, the timeline projection) reads an event's data whole. Streams recorded before it
 * hold RepresentationRenounced alone, which ends the mandate by itself.
 */
export type RepresentationEnded = DisputeEventOf<'RepresentationEnded', EventContext & { associationId: string }>;

/** The consumer lets an association read the dispute to advise her; it may not act. */
export type SharedForAdvice = DisputeEventOf<'SharedForAdvice', EventContext & { associationId: string }>;

export type SharingForAdviceEnded = DisputeEventOf<'SharingForAdviceEnded', EventContext & { associationId: string }>;

export type RepresentationEvent = RepresentationGranted | RepresentationRevoked | RepresentationRenounced | RepresentationEnded | SharedForAdvice | SharingForAdviceEnded;

export const REPRESENTATION_EVENT_VERSIONS = { RepresentationGranted: 1, RepresentationRevoked: 1, RepresentationRenounced: 1, RepresentationEnded: 1, SharedForAdvice: 1, SharingForAdviceEnded: 1 } as const satisfies SchemaVersions<RepresentationEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const REPRESENTATION_PERSONAL_FIELDS = { RepresentationGranted: ['/document/name'], RepresentationRevoked: [], RepresentationRenounced: ['/reason'], RepresentationEnded: [], SharedForAdvice: [], SharingForAdviceEnded: [] } as const satisfies PersonalFields<RepresentationEvent>;

/** Who reads each event (events/visibility.ts). */
export const REPRESENTATION_READERS = {
  RepresentationGranted: 'SHARED',
  RepresentationRevoked: 'SHARED',
  // The renunciation and its reason are between the association and the consumer it notifies
  // (C. civ. art. 2007): told to the merchant, a reason such as « dossier infondé » would harm her;
  // nor is it another association's to read (one she asks for advice, or mandates next).
  RepresentationRenounced: 'CONSUMER_AND_NAMED',
  // Its shared face, without the reason: the merchant and the mediator learn that the mandate ended,
  // as they do of a revocation, and deal with the consumer herself from then on.
  RepresentationEnded: 'SHARED',
  // Whom the consumer asks for advice is hers (Dispute.advisers): neither the merchant, the mediator
  // nor the admin reads it, nor any association but the one it names (its own sharing, not another's).
  SharedForAdvice: 'CONSUMER_AND_NAMED',
  SharingForAdviceEnded: 'CONSUMER_AND_NAMED',
} as const satisfies ReadersOf<RepresentationEvent>;

/**
 * The merchant and the mediator (once one is assigned) told that the association no longer
 * represents the consumer, and by whose act as far as they may know it (both acts are on the
 * shared record): the consumer's revocation, or the association's own end of its mandate. Never
 * a reason; the association is named by the notifier (`association`).
 */
const mandateEnded = (endedBy: 'CONSUMER' | 'ASSOCIATION', dispute: Dispute) => notify('MANDATE_ENDED', ['MERCHANT', ...mediatorIfAssigned(dispute)], { endedBy });

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const REPRESENTATION_NOTIFICATIONS: NotificationsOf<RepresentationEvent> = {
  RepresentationGranted: () => notify('MANDATE_GRANTED', ['ASSOCIATION']),
  // The association that held it; and the merchant and the mediator, who would otherwise go on
  // writing to an association that can no longer act nor read: the consumer speaks for herself now.
  RepresentationRevoked: (_event, dispute) => [notify('MANDATE_REVOKED', ['ASSOCIATION']), mandateEnded('CONSUMER', dispute)],
  // The notification art. 2007 asks of the mandataire: the consumer hears it, and why. Nobody
  // else hears of this event: the merchant and the mediator are told by RepresentationEnded.
  RepresentationRenounced: (event) => notify('MANDATE_RENOUNCED', ['CONSUMER_SIDE'], { reason: event.data.reason }),
  // The renunciation's shared face, told to the merchant and the mediator as a revocation is:
  // that the association ended its mandate, never why (the consumer was told, just above).
  RepresentationEnded: (_event, dispute) => mandateEnded('ASSOCIATION', dispute),
  // Its way in: the notice links to the dispute it may now read.
  SharedForAdvice: () => notify('SHARED_FOR_ADVICE', ['ADVISER']),
  // Once it stops, the association reads nothing more of the dispute, save that news: told, it
  // does not find the case gone from its list without a word (as a revoked mandate is told).
  SharingForAdviceEnded: () => notify('ADVICE_SHARING_ENDED', ['ADVISER']),
};

export const representationEvolution: Evolution<RepresentationEvent> = {
  // The mandate takes the place of the advice: revoking it later ends the association's reading too.
  RepresentationGranted: (s, event) => ({
    ...s,
    mandate: { associationId: event.data.associationId, grantedAt: event.data.at, ...(event.data.document ? { document: event.data.document } : {}) },
    ...(s.advisers ? { advisers: s.advisers.filter((a) => a.associationId !== event.data.associationId) } : {}),
  }),
  RepresentationRevoked: (s) => ({ ...s, mandate: null }),
  // Renounced by the association: the mandate ends exactly as when the consumer revokes it.
  RepresentationRenounced: (s) => ({ ...s, mandate: null }),
  // Recorded after RepresentationRenounced, which already ended it: ends only the mandate it names.
  RepresentationEnded: (s, event) => (s.mandate?.associationId === event.data.associationId ? { ...s, mandate: null } : s),
  SharedForAdvice: (s, event) => ({ ...s, advisers: [...(s.advisers ?? []), { associationId: event.data.associationId, sharedAt: event.data.at }] }),
  SharingForAdviceEnded: (s, event) => ({ ...s, advisers: (s.advisers ?? []).filter((a) => a.associationId !== event.data.associationId) }),
};
