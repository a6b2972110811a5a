import type { RecordedEvent } from '@recours/event-store';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX, disputeEventOf, readByAssociationAlone, visibleTo } from '@recours/disputes';
import { disputeEventsUpTo } from '../../erasure/replay-dispute';
import type { Erasure, Projection, ProjectionTarget } from '../../runner/projection';
import { quoteSchema } from '../../schema/read-models-schema';
import { disputeIdOf } from '../dispute-id-of';
import { insertRows, replaceDisputeRows } from '../write-rows';
import { describeEvent } from './describe-event';
import { DISPUTE_TIMELINE } from './dispute-timeline.tables';

/** Append-only: each event becomes one line; nothing earlier is ever read back. */
export const disputeTimelineProjection: Projection = {
  name: 'dispute-timeline',
  // 2: summaries name the parties instead of their ids (issue 14). Raise it with any change to what
  // it writes or to its tables' shape (read-model-tables.spec.ts).
  // 3: whom the consumer asks for advice left out of the merchant's and mediator's timelines;
  // 4: rows written before the legal hold's reason became the admin's alone (f83c12f) quoted it: written again.
  // 5: a missed deadline reads "did not answer within the period, which ended on …" (legal review, finding 13).
  // 6: a quoted reason ending with its own full stop gets no second one (« Refus définitif. »; journeys review, finding 6).
  // 7: English dates and amounts in words (“15 December 2026”, “€449.00”), no longer ISO dates and “449.00 EUR”.
  // 8: an inadmissibility's ground follows the mediator's words, no longer nested parentheses
  // (« irrecevable (litige … (L612-2 3°)) »).
  // 9: French cites an article with its code (« article L612-2, 3°, du Code de la consommation »,
  // « article R612-5 du Code de la consommation »); a remedy to carry out in one day says « 1 jour ».
  // 10: English cites an article with its code too ("Article L612-2, 3°, of the Consumer Code",
  // "Article R612-5 of the Consumer Code").
  // 11: association_alone, the one association that reads a sharing for advice or a renunciation
  // (another association reads neither: not whom else the consumer consulted, nor why one renounced).
  // 12: the indexes on actor_id and on_behalf_of, by which an erasure finds a person's lines.
  // 13: English names the country of the code it cites ("Article R612-5 of the French Consumer Code"):
  // recours serves Belgian consumers too, whose Civil Code it also cites.
  version: 13,
  streamPrefix: DISPUTE_STREAM_PREFIX,
  eventTypes: DISPUTE_EVENT_TYPES,
  tables: [DISPUTE_TIMELINE],

  async applyBatch(events: readonly RecordedEvent[], { client, schema }: ProjectionTarget): Promise<void> {
    await insertRows(client, schema, DISPUTE_TIMELINE, events.map(timelineRow));
  },

  /**
   * A line quotes the words of its own event, which are its author's: the lines of the disputes
   * named, and of every dispute where the subject acted, written again from their events.
   */
  async erase(erasure: Erasure, target: ProjectionTarget): Promise<void> {
    const { client, schema } = target;
    const { rows } = await client.query<{ dispute_id: string; version: number }>(
      `SELECT dispute_id, max(stream_version) AS version FROM ${quoteSchema(schema)}.dispute_timeline
       WHERE dispute_id = ANY($1) OR actor_id = $2 OR on_behalf_of = $2 GROUP BY dispute_id`,
      [erasure.disputes, erasure.subject ?? null],
    );
    for (const { dispute_id, version } of rows) {
      const events = await disputeEventsUpTo(target, dispute_id, version);
      await replaceDisputeRows(client, schema, DISPUTE_TIMELINE, [dispute_id], events.map(timelineRow));
    }
  },
};

function timelineRow(recorded: RecordedEvent): object {
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
    association_alone: readByAssociationAlone(event),
  };
}
