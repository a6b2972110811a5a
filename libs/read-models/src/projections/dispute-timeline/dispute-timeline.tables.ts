import { readModelTable } from '../../schema/read-model-table';

/** One row per dispute event, in plain words, with the viewers allowed to read it. */
export const DISPUTE_TIMELINE = readModelTable({
  name: 'dispute_timeline',
  columns: {
    dispute_id: 'text',
    stream_version: 'integer',
    event_id: 'text',
    global_position: 'numeric(39,0)',
    event_type: 'text',
    occurred_at: 'timestamptz',
    actor_kind: 'text',
    actor_id: 'text',
    on_behalf_of: 'text?',
    summary: 'text',
    visible_to: 'text[]',
    /**
     * The one association that reads the row among associations (readByAssociationAlone: its own
     * sharing for advice, its renunciation); null when every association reading the dispute does.
     * Last, as migration 176900000029400 added it.
     */
    association_alone: 'text?',
  },
  primaryKey: ['dispute_id', 'stream_version'],
  // An erasure finds the lines of the person she was (AccountErasure.disputesWithWordsOf, the
  // projection's own erase): by index, not by reading every event's line. Migration 176900000029930.
  indexes: {
    dispute_timeline_by_actor: '(actor_id)',
    dispute_timeline_on_behalf_of: '(on_behalf_of) WHERE on_behalf_of IS NOT NULL',
  },
});
