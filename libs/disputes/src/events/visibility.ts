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

/** Every event is on the shared record, except messages kept between one side and the mediator, the mediator's own notes, and the consumer's choice of advisers. */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  if (consumersOwn(event)) return ['CONSUMER', 'ASSOCIATION'];
  if (event.type !== 'MessagePosted') return [...TIMELINE_VIEWERS];
  const { visibility } = event.data;
  return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
}

/** The platform admin reads the shared record only: no message meant for one side and the mediator. */
export const onSharedRecord = (event: DisputeEvent): boolean => !consumersOwn(event) && (event.type !== 'MessagePosted' || event.data.visibility === 'ALL');
