import { canRead, type DisputeEvent } from '@recours/disputes';

/** Who reads a dispute's timeline. An association under mandate reads what the consumer reads. */
export const TIMELINE_VIEWERS = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'] as const;
export type TimelineViewer = (typeof TIMELINE_VIEWERS)[number];

/** Every event is on the shared record, except messages kept between one side and the mediator, or the mediator's own notes. */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  if (event.type !== 'MessagePosted') return [...TIMELINE_VIEWERS];
  const { visibility } = event.data;
  return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
}
