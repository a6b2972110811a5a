import { canRead } from '../values/message-visibility';
import type { DisputeEvent } from './dispute-event';

/** Who reads a dispute's record. An association under mandate reads what the consumer reads. */
export const TIMELINE_VIEWERS = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'] as const;
export type TimelineViewer = (typeof TIMELINE_VIEWERS)[number];

/** Every event is on the shared record, except messages kept between one side and the mediator, or the mediator's own notes. */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  if (event.type !== 'MessagePosted') return [...TIMELINE_VIEWERS];
  const { visibility } = event.data;
  return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
}

/** The platform admin reads the shared record only: no message meant for one side and the mediator. */
export const onSharedRecord = (event: DisputeEvent): boolean => event.type !== 'MessagePosted' || event.data.visibility === 'ALL';
