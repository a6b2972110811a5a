import { canRead, type MessageVisibility } from '../values/message-visibility';
import type { DisputeEvent, DisputeEventType } from './dispute-event';
import { CLAIM_READERS } from '../claim/claim.events';
import { ANSWERS_READERS } from '../answers/answers.events';
import { ESCALATION_READERS } from '../escalation/escalation.events';
import { FORMAL_NOTICE_READERS } from '../formal-notice/formal-notice.events';
import { OFFERS_READERS } from '../offers/offers.events';
import { MEDIATION_READERS } from '../mediation/mediation.events';
import { REMEDY_READERS } from '../remedy/remedy.events';
import { REPRESENTATION_READERS } from '../representation/representation.events';
import { CLOSURE_READERS } from '../closure/closure.events';
import { FEEDBACK_READERS } from '../feedback/feedback.events';
import { DEADLINES_READERS } from '../deadlines/deadlines.events';
import { TEAM_READERS } from '../team/team.events';
import { RETENTION_READERS } from '../retention/retention.events';

/** Who reads a dispute's record. An association under mandate reads what the consumer reads. */
export const TIMELINE_VIEWERS = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'] as const;
export type TimelineViewer = (typeof TIMELINE_VIEWERS)[number];

/**
 * Who reads an event: the shared record (`SHARED`: every party, the admin, the merchant's
 * webhooks); the consumer's side alone (`CONSUMER_SIDE`: whom she asks for advice is hers to
 * know); the merchant's team alone (`MERCHANT_TEAM`, issue 18 item 2: who handles the case, its
 * internal notes); or whom a message is addressed to (`AS_ADDRESSED`, for an event that carries
 * a message's `visibility`, and only for one).
 */
export type EventReaders = 'SHARED' | 'CONSUMER_SIDE' | 'MERCHANT_TEAM' | 'AS_ADDRESSED';

/**
 * Each sub-domain says who reads each of its events, beside them (`<X>_READERS` in
 * `<x>.events.ts`), every event listed: a new event's author decides it, nothing is shared by
 * default.
 */
export type ReadersOf<E extends { type: string; data: unknown }> = {
  readonly [T in E['type']]: Extract<E, { type: T }>['data'] extends { visibility: MessageVisibility } ? 'AS_ADDRESSED' : Exclude<EventReaders, 'AS_ADDRESSED'>;
};

const READERS: ReadersOf<DisputeEvent> = {
  ...CLAIM_READERS,
  ...ANSWERS_READERS,
  ...ESCALATION_READERS,
  ...FORMAL_NOTICE_READERS,
  ...OFFERS_READERS,
  ...MEDIATION_READERS,
  ...REMEDY_READERS,
  ...REPRESENTATION_READERS,
  ...CLOSURE_READERS,
  ...FEEDBACK_READERS,
  ...DEADLINES_READERS,
  ...TEAM_READERS,
  ...RETENTION_READERS,
};

const readersOf = (type: string): EventReaders | undefined => (Object.hasOwn(READERS, type) ? READERS[type as DisputeEventType] : undefined);

/** The merchant's team's own business: its agents read it; the consumer, her association, the mediator and the admin never do. */
export const MERCHANT_INTERNAL_EVENTS: readonly DisputeEventType[] = (Object.keys(READERS) as DisputeEventType[]).filter((type) => READERS[type] === 'MERCHANT_TEAM');
export const merchantsOwn = (event: Pick<DisputeEvent, 'type'>): boolean => readersOf(event.type) === 'MERCHANT_TEAM';
/** The consumer's side's own (whom she asks for advice, why an association renounced): the merchant, its webhooks and the mediator never read them. */
export const CONSUMER_SIDE_EVENTS: readonly DisputeEventType[] = (Object.keys(READERS) as DisputeEventType[]).filter((type) => READERS[type] === 'CONSUMER_SIDE');

/** Every event is on the shared record, except messages kept between one side and the mediator, the mediator's own notes, the consumer's choice of advisers and the merchant team's own business. */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  switch (readersOf(event.type)) {
    case 'CONSUMER_SIDE':
      return ['CONSUMER', 'ASSOCIATION'];
    case 'MERCHANT_TEAM':
      return ['MERCHANT'];
    case 'AS_ADDRESSED': {
      const { visibility } = event.data as { visibility: MessageVisibility };
      return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
    }
    default:
      return [...TIMELINE_VIEWERS];
  }
}

/** The platform admin reads the shared record only: no message meant for one side and the mediator. */
export function onSharedRecord(event: DisputeEvent): boolean {
  switch (readersOf(event.type)) {
    case 'CONSUMER_SIDE':
    case 'MERCHANT_TEAM':
      return false;
    case 'AS_ADDRESSED':
      return (event.data as { visibility: MessageVisibility }).visibility === 'ALL';
    default:
      return true;
  }
}
