import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX } from '@recours/disputes';
import type { Projection } from '../runner/projection';
import { quoteSchema } from '../schema/read-models-schema';

/**
 * A projection that writes down every event it applies, with the transaction it applied it
 * in and a label of the runner: a duplicate or a missing event shows as a row too many or
 * too few, and the transactions show how events were batched.
 */
export function probeProjection(label: string, name = 'probe'): Projection {
  return {
    name,
    streamPrefix: DISPUTE_STREAM_PREFIX,
    eventTypes: DISPUTE_EVENT_TYPES,
    tables: [
      {
        name: 'probe_applied',
        ddl: (schema) => `CREATE TABLE ${quoteSchema(schema)}.probe_applied (event_id text NOT NULL, position numeric NOT NULL, runner text NOT NULL, txid bigint NOT NULL DEFAULT txid_current())`,
      },
    ],
    async applyBatch(events, { client, schema }) {
      await client.query(`INSERT INTO ${quoteSchema(schema)}.probe_applied (event_id, position, runner) SELECT * FROM unnest($1::text[], $2::numeric[], $3::text[])`, [
        events.map((e) => e.id),
        events.map((e) => e.globalPosition.toString()),
        events.map(() => label),
      ]);
    },
  };
}
