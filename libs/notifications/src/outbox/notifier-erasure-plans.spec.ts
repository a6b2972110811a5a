import { randomUUID } from 'node:crypto';
import { disputeStreamId } from '@recours/disputes';
import type { EventStore, RecordedEvent } from '@recours/event-store';
import { createTestDatabase, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { Client, type ClientBase } from 'pg';
import { DisputeScript } from '../../../read-models/src/testing/dispute-script';
import { JOURNEYS } from '../../../read-models/src/testing/journeys';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import { notifierProjection } from './notifier-projection';

/**
 * An erasure reaches the notifier as one event (PersonalDataErased): the subject's notices and
 * e-mails deleted, and each dispute she was in written again from its events. Each statement runs
 * in the notifier's one transaction, which holds back every notice after it: on a country's
 * notices and outbox, none may read a table whole. The statements are the ones `erase` sends
 * (captured, not copied), planned with their own values on tables filled and analysed.
 */
describe('the notifier erases by index', () => {
  let database: TestDatabase;
  let client: Client;
  const disputeId = 'D-7';
  const subject = '00000000-0000-4000-8000-000000000007';

  beforeAll(async () => {
    database = await createTestDatabase('notifier_erasure_plans');
    await (await openNotificationsDataSource(database.url, 2)).destroy();
    client = new Client({ connectionString: database.url });
    await client.connect();
    // 200,000 notices on 60,000 disputes for 40,000 people, an e-mail for each (most sent, some
    // gathered into a digest a day), and a webhook delivery for one in four.
    await client.query(`
      INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at)
      SELECT gen_random_uuid(), md5('recipient' || (g % 40000))::uuid, gen_random_uuid(), 'D-' || (g % 60000), 'MESSAGE_POSTED',
             jsonb_build_object('merchant', 'Vendeur', 'product', 'Lave-linge ' || g), now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
      SELECT md5('digest' || g)::uuid, 'EMAIL', md5('recipient' || g)::uuid, 'digest:' || g,
             jsonb_build_object('kind', 'DIGEST', 'items', '[]'::jsonb), 'SENT', now(), now()
        FROM generate_series(1, 20000) g`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at, digest_id)
      SELECT gen_random_uuid(), 'EMAIL', recipient_id, 'event:' || event_id, event_id, dispute_id,
             jsonb_build_object('kind', kind, 'params', params, 'occurredAt', occurred_at),
             CASE WHEN n % 10 = 0 THEN 'DIGESTED' WHEN n % 40 = 1 THEN 'PENDING' ELSE 'SENT' END, occurred_at, occurred_at,
             CASE WHEN n % 10 = 0 THEN md5('digest' || (n / 10))::uuid END
        FROM (SELECT *, row_number() OVER () AS n FROM notifications.notifications) x`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'WEBHOOK', md5('hook' || (g % 300))::uuid, 'event:' || event_id, event_id, dispute_id,
             jsonb_build_object('body', '{"type":"dispute.message_posted","data":{}}'), 'SENT', occurred_at, occurred_at
        FROM (SELECT *, row_number() OVER () AS g FROM notifications.notifications) x WHERE g % 4 = 0`);
    await client.query(`ANALYZE notifications.notifications; ANALYZE notifications.outbox`);
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('her notices and e-mails, and each statement that writes a dispute of hers again', async () => {
    const script = new DisputeScript(disputeId);
    await JOURNEYS.inMediation(script, { consumerId: subject, merchantId: 'merchant-1', mediatorId: 'mediator-1', associationId: 'association-1', filedOn: '2026-03-02' });
    const recorded: RecordedEvent[] = script.events.map((event, n) => ({
      id: randomUUID(),
      streamId: disputeStreamId(disputeId),
      streamVersion: n,
      globalPosition: BigInt(n + 1),
      type: event.type,
      data: event.data,
      metadata: { schemaVersion: event.schemaVersion },
      recordedAt: new Date(),
      hash: '',
    }));
    const store = { readStream: async () => recorded } as unknown as EventStore;
    const planned: PlannedStatement[] = [];
    // Plans each statement instead of running it (EXPLAIN runs nothing); the dispute is named by the erasure.
    const planning = {
      query: async (sql: string, parameters: unknown[] = []) => {
        planned.push(await planOf(client, sql, parameters));
        return { rows: [] };
      },
    } as unknown as ClientBase;
    await notifierProjection({ store, now: () => new Date() }).erase!({ subject, disputes: [disputeId], at: new Date().toISOString() }, { client: planning } as never);
    expect(planned.map(({ seqScans, indexes }) => ({ seqScans, indexes }))).toEqual([
      // Her notices' and e-mails' disputes, then her notices and e-mails: compared as uuids, by recipient.
      { seqScans: [], indexes: ['notifications_by_recipient', 'outbox_by_recipient'] },
      { seqScans: [], indexes: ['notifications_by_recipient'] },
      { seqScans: [], indexes: ['outbox_by_recipient'] },
      // The dispute's notices again, by their events; its e-mails and webhook deliveries, by dispute.
      { seqScans: [], indexes: ['notifications_event_id_recipient_id_key'] },
      { seqScans: [], indexes: ['outbox_by_dispute'] },
      { seqScans: [], indexes: ['outbox_by_dispute'] },
      // The digests that gathered its e-mails, and the e-mails each gathered.
      { seqScans: [], indexes: ['outbox_by_dispute', 'outbox_pkey', 'outbox_by_digest'] },
    ]);
  });
});
