import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { ProjectionProgress } from '@recours/read-models';
import { must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';
import type { DataSource } from 'typeorm';
import { notifierProjection } from '../../libs/notifications/src/outbox/notifier-projection';
import { LruCache } from '../../libs/read-models/src/runner/lru-cache';
import { ACCOUNTS_DATA_SOURCE } from '../../apps/api/src/accounts/accounts-data-source';
import { LogRetention } from '../../apps/api/src/privacy/retention/log-retention';

const DAY_MS = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(Date.now() + days * DAY_MS);

/*
 * The access log of disputes and the outbox are trimmed (GDPR art. 5(1)(e)): an access-log entry
 * goes once it is ACCESS_LOG_KEPT_DAYS old and its dispute ended that long ago, unless the
 * dispute is under a legal hold or still runs; an outbox row ended OUTBOX_KEPT_DAYS ago keeps
 * only a tombstone (an e-mail's naming no recipient), which still keeps a replay of its event
 * from sending it again.
 */
describe('the access log and the outbox are kept for a period (real PostgreSQL)', () => {
  let api: TestApp;
  let claire: Account;
  let shop: Account;
  let admin: Account;
  let job: LogRetention;
  /** The job as it runs `days` from now, keeping the access log a year and the outbox `outboxKeptDays`. */
  const after = (days: number, outboxKeptDays = 90) => new LogRetention(api.app.get<DataSource>(ACCOUNTS_DATA_SOURCE), { accessLogKeptDays: 365, outboxKeptDays }, () => later(days));
  const ids: Record<'closed' | 'held' | 'running', string> = { closed: '', held: '', running: '' };

  const mutate = (name: string, input: Record<string, unknown>, as: Account) =>
    api.gql<Record<string, { id: string }>>(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input }, as.token);
  const file = async () => must(await mutate('fileClaim', phoneClaim(shop.merchantId as string), claire), 'fileClaim').fileClaim.id;
  const entriesOf = async (disputeId: string) => (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.access_log WHERE dispute_id = $1`, [disputeId]))[0].n;
  const until = async (what: string, done: () => Promise<boolean>) => {
    for (const started = Date.now(); !(await done()); await new Promise((r) => setTimeout(r, 100))) if (Date.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
  };
  const caughtUp = async () => {
    const [{ head }] = await api.database.query<{ head: string }>(`SELECT max(global_position)::text AS head FROM event_store.events`);
    await api.app.get(ProjectionProgress).waitForPosition(BigInt(head), 10_000);
  };

  beforeAll(async () => {
    ({ api, claire, shop, admin } = await startWithCast('log_retention', { claire: ['consumer', 'Claire Lognonne'], shop: ['merchant', 'PhoneShop Retenue'], admin: 'admin' }));
    ids.closed = await file();
    ids.held = await file();
    ids.running = await file();
    for (const id of [ids.closed, ids.held]) must(await mutate('closeDispute', { disputeId: id, outcome: 'RESOLVED' }, claire), 'closeDispute');
    must(await mutate('placeLegalHold', { disputeId: ids.held, reason: 'Assignation devant le tribunal judiciaire de Lyon' }, admin), 'placeLegalHold');
    // The admin reads each: one access-log entry each.
    for (const id of Object.values(ids)) must(await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id }, admin.token), 'dispute');
    await until('the access log', async () => (await Promise.all(Object.values(ids).map(entriesOf))).every((n) => n === 1));
    await caughtUp();
  }, 120_000);
  afterAll(() => api?.close());

  it('deletes the entries older than the period of a dispute ended longer ago; keeps the younger, the held and the running', async () => {
    // A year on less a day: nothing is due.
    job = after(364, 36_500);
    expect(await job.runOnce()).toEqual({ accessesDeleted: 0, deliveriesBlanked: 0 });
    // A read of the closed dispute two hundred days from now (the clock moved on).
    await api.database.query(`INSERT INTO accounts.access_log (dispute_id, account_id, role, kind, at) VALUES ($1, $2, 'ADMIN', 'DISPUTE_READ', $3)`, [ids.closed, admin.id, later(200)]);

    job = after(366, 36_500);
    expect((await job.runOnce()).accessesDeleted).toBe(1);
    const left = await api.database.query<{ dispute_id: string; at: Date }>(`SELECT dispute_id::text, at FROM accounts.access_log ORDER BY at`);
    expect(left.filter((e) => e.dispute_id === ids.closed).map((e) => e.at.getTime() > later(199).getTime())).toEqual([true]);
    expect(await entriesOf(ids.held)).toBe(1);
    expect(await entriesOf(ids.running)).toBe(1);
    // Once the hold is lifted, its log goes as any other's.
    must(await mutate('liftLegalHold', { disputeId: ids.held, reason: 'Jugement rendu' }, admin), 'liftLegalHold');
    await caughtUp();
    expect((await job.runOnce()).accessesDeleted).toBe(1);
    expect(await entriesOf(ids.held)).toBe(0);
  });

  it('deletes the entries of a dispute whose erasure was carried out, as the read model records it', async () => {
    const erased = await file();
    must(await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: erased }, admin.token), 'dispute');
    await until('the access log', async () => (await entriesOf(erased)) === 1);
    await caughtUp();
    expect((await after(366, 36_500).runOnce()).accessesDeleted).toBe(0);
    // What the retention job's erasure leaves in the read model: its retention over, the fold's `erased.completedAt`.
    await api.database.query(
      `UPDATE read_models.dispute_summaries SET retention_from = NULL, state = jsonb_set(state::jsonb, '{erased}', jsonb_build_object('at', now(), 'completedAt', now()))::json WHERE dispute_id = $1`,
      [erased],
    );
    expect((await after(366, 36_500).runOnce()).accessesDeleted).toBe(1);
    expect(await entriesOf(erased)).toBe(0);
  });

  it('an ended delivery past the period loses its personal data and keeps its key: a replay sends nothing again; a pending row is untouched', async () => {
    const sentRow = async () =>
      (await api.database.query<{ id: string; dedupe_key: string; state: string; payload: Record<string, unknown>; last_error: string | null }>(
        `SELECT id::text, dedupe_key, state, payload, last_error FROM notifications.outbox WHERE dispute_id = $1 AND channel = 'EMAIL' AND state = 'SENT' ORDER BY seq LIMIT 1`,
        [ids.running],
      ))[0];
    await until('an e-mail of the running dispute sent', async () => (await sentRow()) !== undefined);
    const sent = await sentRow();
    expect(JSON.stringify(sent.payload)).toMatch(/@example|Claire|PhoneShop/); // what the period is about
    const pendingId = randomUUID();
    const pendingPayload = { kind: 'CLAIM_FILED', to: { address: 'pending.person@example.test', name: 'Pending Person' } };
    await api.database.query(
      `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, dispute_id, payload, state, next_attempt_at, created_at)
       VALUES ($1, 'EMAIL', $2, $3, $4, $5, 'PENDING', now() + interval '10 years', now() - interval '1 year')`,
      [pendingId, claire.id, `event:${randomUUID()}`, ids.running, JSON.stringify(pendingPayload)],
    );

    job = after(91);
    expect((await job.runOnce()).deliveriesBlanked).toBeGreaterThan(0);
    const tomb = (await api.database.query<{ state: string; recipient: string | null; payload: Record<string, unknown>; last_error: string | null; attempts: number }>(
      `SELECT state, recipient::text, payload, last_error, (SELECT count(*)::int FROM notifications.delivery_attempts WHERE outbox_id = o.id) AS attempts FROM notifications.outbox o WHERE id = $1`,
      [sent.id],
    ))[0];
    // It points to no one: who was e-mailed about what is not kept for good.
    expect(tomb).toEqual({ state: 'SENT', recipient: null, payload: { kind: sent.payload.kind, blanked: true }, last_error: null, attempts: 0 });
    expect(await api.database.query(`SELECT count(*)::int AS n FROM notifications.outbox WHERE channel = 'EMAIL' AND payload ? 'blanked' AND recipient IS NOT NULL`)).toEqual([{ n: 0 }]);
    const [pending] = await api.database.query<{ state: string; payload: unknown }>(`SELECT state, payload FROM notifications.outbox WHERE id = $1`, [pendingId]);
    expect(pending).toEqual({ state: 'PENDING', payload: pendingPayload });
    // Nothing more is due: a second round blanks nothing.
    expect((await job.runOnce()).deliveriesBlanked).toBe(0);

    // The notifier applies the dispute's events again (a rebuild, a second notifier): nothing new to send.
    const before = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE dispute_id = $1`, [ids.running]);
    const store = api.app.get<EventStore>(EVENT_STORE);
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await notifierProjection({ store, now: () => new Date() }).applyBatch(await store.readStream(`dispute-${ids.running}`), { client, schema: 'notifications', cache: new LruCache(100), rebuilding: false });
    } finally {
      await client.end();
    }
    expect(await api.database.query(`SELECT count(*)::int AS n FROM notifications.outbox WHERE dispute_id = $1`, [ids.running])).toEqual(before);
    expect((await api.database.query<{ state: string; dedupe_key: string }>(`SELECT state, dedupe_key FROM notifications.outbox WHERE id = $1`, [sent.id]))[0]).toEqual({ state: 'SENT', dedupe_key: sent.dedupe_key });
    // Nor to the person the tombstone no longer names: its event key alone stops the replay.
    expect(await api.database.query(`SELECT count(*)::int AS n FROM notifications.outbox WHERE dedupe_key = $1 AND channel = 'EMAIL' AND recipient IS NOT NULL AND state = 'PENDING'`, [sent.dedupe_key])).toEqual([{ n: 0 }]);
  });

  it('a webhook delivery reduced to its tombstone is still listed by its event type, and is not sent again', async () => {
    const hook = must(
      await api.gql<{ registerWebhook: { webhook: { id: string } } }>(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`, { input: { url: 'https://helpdesk.example.com/recours', events: ['CLAIM_FILED'] } }, shop.token),
      'registerWebhook',
    ).registerWebhook.webhook;
    const disputeId = await file();
    const delivery = async () => (await api.database.query<{ id: string }>(`SELECT id::text FROM notifications.outbox WHERE recipient = $1 AND dispute_id = $2`, [hook.id, disputeId]))[0];
    await until('the webhook delivery', async () => (await delivery()) !== undefined);
    const { id } = await delivery();
    // The sender tries it at once (the address does not answer): its outcome, written when the try
    // ends, would overwrite the state set below. Set once that try is over (the next is due later).
    await until('the first try of the webhook delivery over', async () => (await api.database.query(`SELECT 1 FROM notifications.outbox WHERE id = $1 AND attempts >= 1 AND claimed_until IS NULL`, [id])).length === 1);
    // Given up on, its error quoting the body it carried (as a helpdesk's answer may).
    await api.database.query(`UPDATE notifications.outbox SET state = 'FAILED', last_error = 'HTTP 400: ' || (payload ->> 'body'), last_attempt_at = now(), next_attempt_at = now() + interval '10 years' WHERE id = $1`, [id]);

    expect((await after(91).runOnce()).deliveriesBlanked).toBeGreaterThan(0);
    const [row] = await api.database.query<{ payload: { body: string }; last_error: string | null }>(`SELECT payload, last_error FROM notifications.outbox WHERE id = $1`, [id]);
    expect({ ...row, payload: { ...row.payload, body: JSON.parse(row.payload.body) as unknown } }).toEqual({ payload: { body: { type: 'CLAIM_FILED' }, blanked: true }, last_error: null });
    const listed = must(await api.gql<{ webhookDeliveries: Array<{ id: string; type: string; state: string }> }>(`query($id: ID!) { webhookDeliveries(webhookId: $id) { id type state } }`, { id: hook.id }, shop.token), 'webhookDeliveries');
    expect(listed.webhookDeliveries).toEqual([{ id, type: 'CLAIM_FILED', state: 'FAILED' }]);
    const again = await api.gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id }, shop.token);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE recipient = $1`, [hook.id]))[0].n).toBe(1);
  });
});
