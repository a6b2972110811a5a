import type { PoolClient } from 'pg';
import { READ_MODELS_SCHEMA, quoteSchema } from '../schema/read-models-schema';
import { startTestKit, type TestKit } from '../testing/test-kit';
import { DISPUTE_OUTCOMES } from './dispute-cases/dispute-search.tables';
import { writeTables, type Row } from './write-rows';

/*
 * A live batch's writes are named statements: each connection parses and plans a text once
 * (PostgreSQL lists them in pg_prepared_statements), and what they write is what the text says.
 * A rebuild's large writes stay unnamed, so that no connection holds them.
 */

let kit: TestKit;
let client: PoolClient;

const outcome = (n: number, outcome = 'RESOLVED'): Row => ({
  dispute_id: `live-statement-${n}`,
  merchant_id: 'merchant-live',
  category_key: 'smartphone',
  outcome,
  remedy: null,
  mediated: false,
  filed_at: '2026-01-02T10:00:00.000Z',
  ended_at: '2026-02-03T10:00:00.000Z',
});

const named = async (): Promise<string[]> =>
  (await client.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'read-models-write-%' ORDER BY name`)).rows.map((row) => row.name);

beforeAll(async () => {
  kit = await startTestKit('live_statements');
  client = await kit.pool.connect();
});

afterAll(async () => {
  client?.release();
  await kit?.close();
});

it('prepares a live batch’s statement once per connection, and each execution writes its own values', async () => {
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(1)], upsertOn: ['dispute_id'] }]);
  const first = await named();
  expect(first).toHaveLength(1);

  // The same text with other values: the prepared statement runs again, nothing new is prepared.
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(1, 'WITHDRAWN')], upsertOn: ['dispute_id'] }]);
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(2)], upsertOn: ['dispute_id'] }]);
  expect(await named()).toEqual(first);
  const { rows } = await client.query(`SELECT dispute_id, outcome FROM ${quoteSchema(READ_MODELS_SCHEMA)}.dispute_outcomes WHERE merchant_id = 'merchant-live' ORDER BY dispute_id`);
  expect(rows).toEqual([
    { dispute_id: 'live-statement-1', outcome: 'WITHDRAWN' },
    { dispute_id: 'live-statement-2', outcome: 'RESOLVED' },
  ]);

  // Another shape (replacing a dispute's rows) is another statement.
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(2, 'UNRESOLVED')], replacing: ['live-statement-2'] }]);
  expect(await named()).toHaveLength(2);
});

it('leaves a rebuild’s large write unnamed', async () => {
  const before = await named();
  const many = Array.from({ length: 40 }, (_, i) => outcome(100 + i));
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: many, upsertOn: ['dispute_id'] }]);
  expect(await named()).toEqual(before);
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${quoteSchema(READ_MODELS_SCHEMA)}.dispute_outcomes WHERE dispute_id LIKE 'live-statement-1__'`);
  expect(rows[0].n).toBe(40);
});

it('writes on through a named statement after its table was replaced, as a rebuild’s swap replaces it', async () => {
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(3)], upsertOn: ['dispute_id'] }]);
  const table = `${quoteSchema(READ_MODELS_SCHEMA)}.dispute_outcomes`;
  // A new table of the same shape takes the name; PostgreSQL plans the prepared statement again for it.
  await client.query(`CREATE TABLE ${quoteSchema(READ_MODELS_SCHEMA)}.dispute_outcomes_next (LIKE ${table} INCLUDING ALL)`);
  await client.query(`DROP TABLE ${table}`);
  await client.query(`ALTER TABLE ${quoteSchema(READ_MODELS_SCHEMA)}.dispute_outcomes_next RENAME TO dispute_outcomes`);
  await writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_OUTCOMES, rows: [outcome(4)], upsertOn: ['dispute_id'] }]);
  const { rows } = await client.query(`SELECT dispute_id FROM ${table}`);
  expect(rows).toEqual([{ dispute_id: 'live-statement-4' }]);
});
