import { CLAIM_EVENT_VERSIONS, type ClaimEvent } from '../claim/claim.events';
import { ANSWERS_EVENT_VERSIONS, type AnswersEvent } from '../answers/answers.events';
import { ESCALATION_EVENT_VERSIONS, type EscalationEvent } from '../escalation/escalation.events';
import { OFFERS_EVENT_VERSIONS, type OffersEvent } from '../offers/offers.events';
import { MEDIATION_EVENT_VERSIONS, type MediationEvent } from '../mediation/mediation.events';
import { REMEDY_EVENT_VERSIONS, type RemedyEvent } from '../remedy/remedy.events';
import { REPRESENTATION_EVENT_VERSIONS, type RepresentationEvent } from '../representation/representation.events';
import { CLOSURE_EVENT_VERSIONS, type ClosureEvent } from '../closure/closure.events';
import { FEEDBACK_EVENT_VERSIONS, type FeedbackEvent } from '../feedback/feedback.events';
import { DEADLINES_EVENT_VERSIONS, type DeadlinesEvent } from '../deadlines/deadlines.events';
import { FORMAL_NOTICE_EVENT_VERSIONS, type FormalNoticeEvent } from '../formal-notice/formal-notice.events';
import { TEAM_EVENT_VERSIONS, type TeamEvent } from '../team/team.events';
import { RETENTION_EVENT_VERSIONS, type RetentionEvent } from '../retention/retention.events';
import type { SchemaVersions } from './evolution';

/** Every fact of a dispute's life, each declared by its sub-domain. */
export type DisputeEvent =
  | ClaimEvent
  | AnswersEvent
  | EscalationEvent
  | FormalNoticeEvent
  | OffersEvent
  | MediationEvent
  | RemedyEvent
  | RepresentationEvent
  | ClosureEvent
  | FeedbackEvent
  | DeadlinesEvent
  | TeamEvent
  | RetentionEvent;

export type DisputeEventType = DisputeEvent['type'];
export type DisputeEventOfType<T extends DisputeEventType> = Extract<DisputeEvent, { type: T }>;

/** The current schema version of each event type; bump it with an upcaster (see upcasting.ts). */
export const DISPUTE_EVENT_SCHEMA_VERSIONS = {
  ...CLAIM_EVENT_VERSIONS,
  ...ANSWERS_EVENT_VERSIONS,
  ...ESCALATION_EVENT_VERSIONS,
  ...FORMAL_NOTICE_EVENT_VERSIONS,
  ...OFFERS_EVENT_VERSIONS,
  ...MEDIATION_EVENT_VERSIONS,
  ...REMEDY_EVENT_VERSIONS,
  ...REPRESENTATION_EVENT_VERSIONS,
  ...CLOSURE_EVENT_VERSIONS,
  ...FEEDBACK_EVENT_VERSIONS,
  ...DEADLINES_EVENT_VERSIONS,
  ...TEAM_EVENT_VERSIONS,
  ...RETENTION_EVENT_VERSIONS,
} as const satisfies SchemaVersions<DisputeEvent>;

/** Every event type name, e.g. to subscribe a projection to the dispute streams. */
export const DISPUTE_EVENT_TYPES = Object.keys(DISPUTE_EVENT_SCHEMA_VERSIONS) as DisputeEventType[];

export function isDisputeEventType(value: unknown): value is DisputeEventType {
  return typeof value === 'string' && Object.hasOwn(DISPUTE_EVENT_SCHEMA_VERSIONS, value);
}
