import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX } from '@recours/disputes';
import type { Projection, ProjectionTarget } from '../../runner/projection';
import { disputeEventOf, disputeIdOf } from '../dispute-event-of';
import { insertRows } from '../write-rows';
import { describeEvent } from './describe-event';
import { DISPUTE_TIMELINE } from './dispute-timeline.tables';
import { visibleTo } from './timeline-viewer';

/** Append-only: each event becomes one line; nothing earlier is ever read back. */
export const disputeTimelineProjection: Projection = {
  name: 'dispute-timeline',
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: DISPUTE_EVENT_TYPES,
  tables: [DISPUTE_TIMELINE],

  async applyBatch(events: readonly RecordedEvent[], { client, schema }: ProjectionTarget): Promise<void> {
    const rows = events.map((recorded) => {
      const event = disputeEventOf(recorded);
      const { at, by, onBehalfOf } = event.data;
      return {
        dispute_id: disputeIdOf(recorded.streamId),
        stream_version: recorded.streamVersion,
        event_id: recorded.id,
        global_position: recorded.globalPosition.toString(),
        event_type: event.type,
        occurred_at: at,
        actor_kind: by.kind,
        actor_id: by.id,
        on_behalf_of: onBehalfOf ?? null,
        summary: describeEvent(event),
        visible_to: visibleTo(event),
      };
    });
    await insertRows(client, schema, DISPUTE_TIMELINE, rows);
  },
};
