import { quoteSchema } from '../../schema/read-models-schema';
import type { TableOfColumns } from '../write-rows';

/** One row per dispute event, in plain words, with the viewers allowed to read it. */
export const DISPUTE_TIMELINE: TableOfColumns = {
  name: 'dispute_timeline',
  columns: {
    dispute_id: 'text',
    stream_version: 'integer',
    event_id: 'text',
    global_position: 'numeric',
    event_type: 'text',
    occurred_at: 'timestamptz',
    actor_kind: 'text',
    actor_id: 'text',
    on_behalf_of: 'text',
    summary: 'text',
    visible_to: 'text[]',
  },
  ddl: (schema) => `
CREATE TABLE ${quoteSchema(schema)}.dispute_timeline (
  dispute_id text NOT NULL,
  stream_version integer NOT NULL,
  event_id text NOT NULL,
  global_position numeric(39,0) NOT NULL,
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_kind text NOT NULL,
  actor_id text NOT NULL,
  on_behalf_of text,
  summary text NOT NULL,
  visible_to text[] NOT NULL,
  PRIMARY KEY (dispute_id, stream_version)
);`,
};
