import { quoteSchema } from '../../schema/read-models-schema';
import type { TableOfColumns } from '../write-rows';

/** One row per dispute event, in plain words, with the viewers allowed to read it. */
export const DISPUTE_TIMELINE: TableOfColumns = {
  name: 'dispute_timeline',
  columns: ['dispute_id', 'stream_version', 'event_id', 'global_position', 'event_type', 'occurred_at', 'actor_kind', 'actor_id', 'on_behalf_of', 'summary', 'visible_to'],
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
