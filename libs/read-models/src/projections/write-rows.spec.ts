import type { PoolClient } from 'pg';
import { READ_MODELS_SCHEMA, quoteSchema } from '../schema/read-models-schema';
import { startTestKit, type TestKit } from '../testing/test-kit';
import { DISPUTE_SEARCH, SEARCH_WORDS } from './dispute-cases/dispute-search.tables';
import { writeTables, type Row, type TableOfColumns } from './write-rows';

/*
 * An upsert with `computedFrom` leaves a stored generated column alone when the columns it is
 * computed from are unchanged: PostgreSQL computes it only for the rows that are new or whose
 * sources changed, and every row ends as a plain upsert would leave it.
 */

let kit: TestKit;
let client: PoolClient;
/** The ids the probe table's generated column was computed for, in order (its function says so in a NOTICE). */
let computed: string[] = [];

const PROBE: TableOfColumns = { name: 'generated_probe', columns: { id: 'text', words: 'text', other: 'text', status: 'text' } };
const probe = `${quoteSchema(READ_MODELS_SCHEMA)}.generated_probe`;

beforeAll(async () => {
  kit = await startTestKit('write_rows');
  client = await kit.pool.connect();
  await client.query(`
    CREATE FUNCTION ${quoteSchema(READ_MODELS_SCHEMA)}.noticed_document(id text, words text, other text) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$
      BEGIN RAISE NOTICE 'computed %', id; RETURN upper(words || coalesce(' ' || other, '')); END $$;
    CREATE TABLE ${probe} (id text PRIMARY KEY, words text NOT NULL, other text, status text NOT NULL,
      document text GENERATED ALWAYS AS (${quoteSchema(READ_MODELS_SCHEMA)}.noticed_document(id, words, other)) STORED)`);
  client.on('notice', (notice) => {
    const id = /^computed (.*)$/.exec(notice.message ?? '')?.[1];
    if (id) computed.push(id);
  });
});

afterAll(async () => {
  client?.release();
  await kit?.close();
});

beforeEach(async () => {
  await client.query(`TRUNCATE ${probe}`);
  computed = [];
});

const rows = async (): Promise<Row[]> => (await client.query(`SELECT id, words, other, status, document FROM ${probe} ORDER BY id`)).rows;
const upsert = (written: Row[], computedFrom?: readonly string[]) => writeTables(client, READ_MODELS_SCHEMA, [{ table: PROBE, rows: written, upsertOn: ['id'], ...(computedFrom && { computedFrom }) }]);

it('does not compute the generated column again for a row whose sources are unchanged, and still writes its other columns', async () => {
  await upsert([{ id: 'a', words: 'battery', other: null, status: 'OPEN' }]);
  computed = [];

  await upsert([{ id: 'a', words: 'battery', other: null, status: 'CLOSED' }], ['words', 'other']);

  expect(computed).toEqual([]);
  expect(await rows()).toEqual([{ id: 'a', words: 'battery', other: null, status: 'CLOSED', document: 'BATTERY' }]);
});

it('computes it for the new rows and those whose sources changed (a null becoming a value included), as a plain upsert leaves them', async () => {
  const first = [
    { id: 'same', words: 'screen', other: 'cracked', status: 'OPEN' },
    { id: 'changed', words: 'battery', other: 'swollen', status: 'OPEN' },
    { id: 'was-null', words: 'hinge', other: null, status: 'OPEN' },
  ];
  const second = [
    { id: 'same', words: 'screen', other: 'cracked', status: 'ANSWERED' },
    { id: 'changed', words: 'battery', other: 'dead', status: 'ANSWERED' },
    { id: 'was-null', words: 'hinge', other: 'loose', status: 'OPEN' },
    { id: 'new', words: 'charger', other: null, status: 'OPEN' },
  ];
  await upsert(first);
  const plain = await (async () => {
    await upsert(second);
    return rows();
  })();
  await client.query(`TRUNCATE ${probe}`);
  await upsert(first);
  computed = [];

  await upsert(second, ['words', 'other']);

  expect(await rows()).toEqual(plain);
  expect(new Set(computed)).toEqual(new Set(['changed', 'was-null', 'new']));
});

it('inserts a row that is not there, whatever its sources', async () => {
  await upsert([{ id: 'gone', words: 'speaker', other: null, status: 'OPEN' }], ['words', 'other']);

  expect(await rows()).toEqual([{ id: 'gone', words: 'speaker', other: null, status: 'OPEN', document: 'SPEAKER' }]);
});

it('refuses computedFrom on a write that does not upsert', async () => {
  await expect(writeTables(client, READ_MODELS_SCHEMA, [{ table: PROBE, rows: [{ id: 'x', words: 'y', other: null, status: 'OPEN' }], computedFrom: ['words'] }])).rejects.toThrow(/does not upsert/);
});

it('keeps dispute_search’s document as its words say, the words unchanged or changed', async () => {
  const table = `${quoteSchema(READ_MODELS_SCHEMA)}.dispute_search`;
  const row = (status: string, description: string): Row => ({
    dispute_id: 'search-1',
    consumer_id: 'consumer-1',
    merchant_id: 'merchant-1',
    mediator_id: null,
    association_id: null,
    status,
    product_name: 'Téléphone Pixel',
    product_details: 'Google Pixel 8 smartphone',
    order_reference: 'CMD-2026-0042',
    serial_number: null,
    description,
    filed_at: '2026-01-02T10:00:00.000Z',
    last_activity_at: '2026-01-03T10:00:00.000Z',
  });
  const write = (written: Row) => writeTables(client, READ_MODELS_SCHEMA, [{ table: DISPUTE_SEARCH, rows: [written], upsertOn: ['dispute_id'], computedFrom: SEARCH_WORDS }]);
  const stored = async () => (await client.query<{ status: string; document: string; expected: string }>(`SELECT status, document::text, text_search.document(${SEARCH_WORDS.join(', ')})::text AS expected FROM ${table}`)).rows;

  await write(row('FILED', 'La batterie gonfle après six mois'));
  await write(row('AWAITING_MERCHANT', 'La batterie gonfle après six mois'));
  const kept = await stored();
  await write(row('AWAITING_MERCHANT', 'L’écran se fissure tout seul'));
  const changed = await stored();

  expect(kept).toHaveLength(1);
  expect(kept[0].status).toBe('AWAITING_MERCHANT');
  expect(kept[0].document).toBe(kept[0].expected);
  expect(kept[0].document).toContain('batter');
  expect(changed[0].document).toBe(changed[0].expected);
  expect(changed[0].document).not.toContain('batter');
});
