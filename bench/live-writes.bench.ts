/**
 * bench=live-writes: what a live batch pays to rewrite a dispute's rows as the dispute grows, the
 * two rows whose cost grew with it, each against the way it was written before, alternated in the
 * same run on the same database (the migrated read models):
 *
 * - `dispute_search`, a row whose words are unchanged (most events): `plain`, an upsert, which
 *   made PostgreSQL compute the stored search document twice (the proposed row, then the update),
 *   against `spared` (`computedFrom`: updated without its words, the document left alone), for
 *   descriptions of BENCH_LIVE_DESCRIPTIONS characters;
 * - `dispute_summaries`, the folding state of a dispute with BENCH_LIVE_MESSAGES messages:
 *   `whole` (the decider's state) against `folding` (its messages without their words,
 *   `foldingState`), serialized, sent and stored.
 *
 * Each measure is BENCH_BATCHES batches of 16 disputes on one connection, as a live tail's
 * batch; µs per row; BENCH_ROUNDS rounds, the order alternated; medians. `ratio` = new / old.
 * Run with `npm run bench:live-writes`.
 */
import { Client } from 'pg';
import { DISPUTE_SEARCH } from '../libs/read-models/src';
import { DISPUTE_SUMMARIES } from '../libs/read-models/src/projections/dispute-cases/dispute-cases.tables';
import { foldingState } from '../libs/read-models/src/projections/dispute-cases/folding-state';
import { SEARCH_WORDS } from '../libs/read-models/src/projections/dispute-cases/dispute-search.tables';
import { writeTables, type Row, type TableWrite } from '../libs/read-models/src/projections/write-rows';
import { DisputeScript } from '../libs/read-models/src/testing/dispute-script';
import { JOURNEYS } from '../libs/read-models/src/testing/journeys';
import { runOnReadModels } from './bench-database';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const DESCRIPTIONS = (process.env.BENCH_LIVE_DESCRIPTIONS ?? '50,360,1080').split(',').map(Number);
const MESSAGES = (process.env.BENCH_LIVE_MESSAGES ?? '0,10,40').split(',').map(Number);
const BATCH = 16;

const PROSE =
  "Le téléphone s'éteint sans prévenir dès que la batterie descend sous 40 %. Depuis juin, la batterie gonfle et la coque arrière se soulève ; l'écran montre une ligne verte. J'ai réinitialisé l'appareil deux fois, sans effet. Le service après-vente a reçu mes photos le 12 juin et n'a plus répondu. ";
const prose = (characters: number) => PROSE.repeat(Math.ceil(characters / PROSE.length)).slice(0, characters);
const MESSAGE = "Bonjour, le technicien devait passer mardi et personne n'est venu ; le téléphone s'éteint toujours à 40 %. Pouvez-vous me donner une date ferme ? Je joins la photo de la batterie gonflée.";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** µs per row of BATCHES batches, each `write(b)` rewriting BATCH rows already there. */
async function timed(client: Client, write: (b: number) => TableWrite): Promise<number> {
  const started = process.hrtime.bigint();
  for (let b = 0; b < BATCHES; b++) await writeTables(client, 'read_models', [write(b)]);
  return Number(process.hrtime.bigint() - started) / 1e3 / BATCHES / BATCH;
}

/** The two ways, alternated ROUNDS times over their own rows (written once first), and their medians. */
async function compare(client: Client, ways: Record<string, (b: number) => TableWrite>): Promise<Record<string, number>> {
  const names = Object.keys(ways);
  for (const name of names) await writeTables(client, 'read_models', [ways[name](0)]);
  const spent: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) for (const name of round % 2 ? [...names].reverse() : names) spent[name].push(await timed(client, ways[name]));
  return Object.fromEntries(names.map((name) => [name, median(spent[name])]));
}

async function searchRows(client: Client, characters: number): Promise<void> {
  const rows = (way: string, b: number): Row[] =>
    Array.from({ length: BATCH }, (_, i) => ({
      dispute_id: `search-${characters}-${way}-${i}`,
      consumer_id: `consumer-${i}`,
      merchant_id: 'merchant-1',
      mediator_id: null,
      association_id: null,
      status: b % 2 ? 'AWAITING_MERCHANT' : 'AWAITING_CONSUMER',
      product_name: 'Smartphone Galaxy A54',
      product_details: 'Samsung SM-A546B Smartphone',
      order_reference: 'CMD-2026-0042',
      serial_number: `SN-${i}`,
      description: prose(characters),
      filed_at: '2026-06-01T10:00:00.000Z',
      last_activity_at: new Date(Date.UTC(2026, 5, 2) + b * 60_000).toISOString(),
    }));
  const m = await compare(client, {
    plain: (b) => ({ table: DISPUTE_SEARCH, rows: rows('plain', b), upsertOn: ['dispute_id'] }),
    spared: (b) => ({ table: DISPUTE_SEARCH, rows: rows('spared', b), upsertOn: ['dispute_id'], computedFrom: SEARCH_WORDS }),
  });
  console.log(`bench=live-writes table=dispute_search description_chars=${characters} plain_us=${m.plain.toFixed(0)} spared_us=${m.spared.toFixed(0)} ratio=${(m.spared / m.plain).toFixed(2)}`);
}

async function summaryRows(client: Client, messages: number, template: Row): Promise<void> {
  const state = template.state as Record<string, unknown>;
  const whole = {
    ...state,
    messages: Array.from({ length: messages }, (_, i) => ({ messageId: `m-${i}`, body: MESSAGE, visibility: 'ALL_PARTIES', at: '2026-06-03T10:00:00.000Z', by: { kind: i % 2 ? 'CONSUMER' : 'MERCHANT_AGENT', id: '0f8e2a52-7c0e-4d7e-9a51-3f6a1b2c9d10' } })),
  };
  const kept = foldingState(whole as never);
  const rows = (way: string, b: number, folded: unknown): Row[] =>
    Array.from({ length: BATCH }, (_, i) => ({ ...template, dispute_id: `summary-${messages}-${way}-${i}`, last_activity_at: new Date(Date.UTC(2026, 5, 2) + b * 60_000).toISOString(), state: folded }));
  const m = await compare(client, {
    whole: (b) => ({ table: DISPUTE_SUMMARIES, rows: rows('whole', b, whole), upsertOn: ['dispute_id'] }),
    folding: (b) => ({ table: DISPUTE_SUMMARIES, rows: rows('folding', b, kept), upsertOn: ['dispute_id'] }),
  });
  console.log(
    `bench=live-writes table=dispute_summaries messages=${messages} state_chars=${JSON.stringify(whole).length} folding_state_chars=${JSON.stringify(kept).length} whole_us=${m.whole.toFixed(0)} folding_us=${m.folding.toFixed(0)} ratio=${(m.folding / m.whole).toFixed(2)}`,
  );
}

/** A summary row as dispute-cases writes it, with a filed dispute's state (no message yet). */
const SUMMARY: Row = {
  dispute_id: 'template',
  consumer_id: 'consumer-1',
  merchant_id: 'merchant-1',
  mediator_id: null,
  association_id: null,
  product: { name: 'Smartphone Galaxy A54', brand: 'Samsung', model: 'SM-A546B', category: 'Smartphone', condition: 'NEW' },
  status: 'AWAITING_MERCHANT',
  turn: 'MERCHANT',
  requested_remedy: 'REPAIR',
  price_amount: '449.00',
  price_currency: 'EUR',
  offer_id: null,
  offer_side: null,
  offer_remedy: null,
  offer_amount: null,
  offer_currency: null,
  offer_expires_at: null,
  agreed_remedy: null,
  agreed_amount: null,
  agreed_currency: null,
  remedy_due_at: null,
  next_deadline_kind: 'MERCHANT_RESPONSE',
  next_deadline_at: '2026-06-12T00:00:00.000Z',
  filed_at: '2026-06-01T10:00:00.000Z',
  last_activity_at: '2026-06-01T10:00:00.000Z',
  version: 3,
  consumer_version: 3,
  // Every reader reads the three events (no sharing for advice, no renunciation).
  reader_versions: { CONSUMER: 3, MERCHANT: 3, MEDIATOR: 3, ASSOCIATION: 3, ADMIN: 3, OWN: {} },
  assignee_id: null,
  last_position: '1048577',
  retention_from: null,
  advisers: [],
  authors: [],
};

runOnReadModels('live_writes', async (client) => {
  for (const characters of DESCRIPTIONS) await searchRows(client, characters);
  // A real folded state: the decider's, of a dispute the merchant left unanswered.
  const script = new DisputeScript('template');
  await JOURNEYS.silentMerchant(script, { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-1', associationId: 'association-1', filedOn: '2026-06-01' });
  const state = JSON.parse(JSON.stringify(script.current));
  for (const messages of MESSAGES) await summaryRows(client, messages, { ...SUMMARY, state });
});
