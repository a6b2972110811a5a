import type {
  ClaimAcknowledged,
  ClaimFiled,
  ClaimRejected,
  EscalatedInternally,
  EvidenceAttached,
  MerchantResponseOverdue,
  MessagePosted,
} from './claim-events';
import type {
  AdmissibilityOverdue,
  MediationAdmissibilityDecided,
  MediationOverdue,
  MediationRequested,
  MediatorAssigned,
  SettlementAccepted,
  SettlementProposed,
  SettlementRejected,
} from './mediation-events';
import type { OfferAccepted, OfferExpired, OfferMade, OfferRejected, OfferSuperseded } from './offer-events';
import type { ClaimWithdrawn, DisputeClosed, FeedbackGiven } from './closure-events';
import type { DeadlineReminderRecorded } from './deadline-events';
import type { RepresentationGranted, RepresentationRevoked } from './representation-events';
import type { RemedyFailed, RemedyFulfilled, RemedyOverdue } from './remedy-events';

export type DisputeEvent =
  | ClaimFiled
  | EvidenceAttached
  | MessagePosted
  | ClaimAcknowledged
  | ClaimRejected
  | EscalatedInternally
  | MerchantResponseOverdue
  | OfferMade
  | OfferSuperseded
  | OfferAccepted
  | OfferRejected
  | OfferExpired
  | MediationRequested
  | MediatorAssigned
  | MediationAdmissibilityDecided
  | SettlementProposed
  | SettlementAccepted
  | SettlementRejected
  | AdmissibilityOverdue
  | MediationOverdue
  | RemedyFulfilled
  | RemedyFailed
  | RemedyOverdue
  | RepresentationGranted
  | RepresentationRevoked
  | DeadlineReminderRecorded
  | ClaimWithdrawn
  | DisputeClosed
  | FeedbackGiven;

export type DisputeEventType = DisputeEvent['type'];
export type DisputeEventOfType<T extends DisputeEventType> = Extract<DisputeEvent, { type: T }>;

/** The current schema version of each event type; bump it with an upcaster (see upcasting.ts). */
export const DISPUTE_EVENT_SCHEMA_VERSIONS = {
  ClaimFiled: 1,
  EvidenceAttached: 1,
  MessagePosted: 1,
  ClaimAcknowledged: 1,
  ClaimRejected: 1,
  EscalatedInternally: 1,
  MerchantResponseOverdue: 1,
  OfferMade: 1,
  OfferSuperseded: 1,
  OfferAccepted: 1,
  OfferRejected: 1,
  OfferExpired: 1,
  MediationRequested: 1,
  MediatorAssigned: 1,
  MediationAdmissibilityDecided: 1,
  SettlementProposed: 1,
  SettlementAccepted: 1,
  SettlementRejected: 1,
  AdmissibilityOverdue: 1,
  MediationOverdue: 1,
  RemedyFulfilled: 1,
  RemedyFailed: 1,
  RemedyOverdue: 1,
  RepresentationGranted: 1,
  RepresentationRevoked: 1,
  DeadlineReminderRecorded: 1,
  ClaimWithdrawn: 1,
  DisputeClosed: 1,
  FeedbackGiven: 1,
} as const satisfies { [T in DisputeEventType]: DisputeEventOfType<T>['schemaVersion'] };

/** Every event type name, e.g. to subscribe a projection to the dispute streams. */
export const DISPUTE_EVENT_TYPES = Object.keys(DISPUTE_EVENT_SCHEMA_VERSIONS) as DisputeEventType[];

export function isDisputeEventType(value: unknown): value is DisputeEventType {
  return typeof value === 'string' && Object.hasOwn(DISPUTE_EVENT_SCHEMA_VERSIONS, value);
}
