import { canRead } from '../values/message-visibility';
import type { DisputeEvent } from './dispute-event';

/** Who reads a dispute's record. An association under mandate reads what the consumer reads. */
export const TIMELINE_VIEWERS = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'] as const;
export type TimelineViewer = (typeof TIMELINE_VIEWERS)[number];

/**
 * Whom the consumer asks for advice is hers to know: neither the merchant, the mediator nor the
 * admin reads it (the association reads it, as it reads what she reads).
 */
const consumersOwn = (event: DisputeEvent) => event.type === 'SharedForAdvice' || event.type === 'SharingForAdviceEnded';

/**
 * The merchant's team's own business (issue 18 item 2): who handles the case and the team's
 * internal notes. Its agents read it; the consumer, her association, the mediator and the admin never do.
 */
export const MERCHANT_INTERNAL_EVENTS = ['CaseAssigned', 'CaseUnassigned', 'InternalNoteAdded'] as const satisfies readonly DisputeEvent['type'][];
export const merchantsOwn = (event: Pick<DisputeEvent, 'type'>): boolean => (MERCHANT_INTERNAL_EVENTS as readonly string[]).includes(event.type);

/** Every event is on the shared record, except messages kept between one side and the mediator, the mediator's own notes, the consumer's choice of advisers and the merchant team's own business. */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  if (consumersOwn(event)) return ['CONSUMER', 'ASSOCIATION'];
  if (merchantsOwn(event)) return ['MERCHANT'];
  if (event.type !== 'MessagePosted') return [...TIMELINE_VIEWERS];
  const { visibility } = event.data;
  return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
}

/** The platform admin reads the shared record only: no message meant for one side and the mediator. */
export const onSharedRecord = (event: DisputeEvent): boolean => !consumersOwn(event) && !merchantsOwn(event) && (event.type !== 'MessagePosted' || event.data.visibility === 'ALL');
