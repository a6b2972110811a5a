import { createTestDatabase, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import type { SqlRunner } from '../account-emails/account-email-queue';
import { forgetInNotices, NAMES_IN_NOTICES, renameAssociation } from './names-in-notices';
import { renameRemover } from './team-access-ended';

type Planned = PlannedStatement;

/**
 * Each rename or erasure finds the notices naming an account by the key beside its name, inside
 * the rename's transaction: on a table of a country's notices, a statement that reads them all is
 * a long scan holding the rename's locks. The statements are the ones the code sends (captured,
 * not copied), planned with their own values on tables filled and analysed like a busy database's.
 */
describe('the notices naming an account are found by index', () => {
  let database: TestDatabase;
  let client: Client;

  /** A runner that plans each statement it is sent instead of running it. */
  const planning = (planned: Planned[]): SqlRunner => ({
    query: async (sql, parameters = []) => {
      planned.push(await planOf(client, sql, parameters));
      return [];
    },
  });
  /** Which relation each statement reads whole, and which indexes it reads. */
  const scans = (planned: Planned[]) =>
    planned.map(({ seqScans, indexes }) => ({ seqScans, indexes }));
  const idOf = async (expression: string) => (await client.query<{ id: string }>(`SELECT ${expression} AS id`)).rows[0].id;

  beforeAll(async () => {
    database = await createTestDatabase('names_in_notices');
    await (await openNotificationsDataSource(database.url, 2)).destroy();
    client = new Client({ connectionString: database.url });
    await client.connect();
    // 200,000 notices: one in ten names one of 3,000 associations, one in twenty one of 1,000 removers.
    await client.query(`
      INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at)
      SELECT gen_random_uuid(), md5('recipient' || (g % 40000))::uuid, gen_random_uuid(), 'D-' || (g % 60000),
             CASE WHEN g % 10 = 0 THEN 'MANDATE_ENDED' WHEN g % 20 = 1 THEN 'TEAM_ACCESS_ENDED' ELSE 'MESSAGE_POSTED' END,
             CASE WHEN g % 10 = 0 THEN jsonb_build_object('merchant', 'Vendeur', 'association', 'Association ' || (g % 3000), 'associationId', md5('association' || 'Association ' || (g % 3000))::uuid::text)
                  WHEN g % 20 = 1 THEN jsonb_build_object('merchant', 'Vendeur', 'removedBy', 'Responsable ' || (g % 1000), 'removedById', md5('remover' || 'Responsable ' || (g % 1000))::uuid::text)
                  ELSE jsonb_build_object('merchant', 'Vendeur', 'product', 'Lave-linge ' || g) END,
             now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    // Their e-mails, most sent long ago, some waiting alone or for a digest; and a digest a day per reader of them.
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'EMAIL', recipient_id, 'event:' || event_id, event_id, dispute_id,
             jsonb_build_object('kind', kind, 'params', params, 'occurredAt', occurred_at),
             CASE WHEN n % 40 = 0 THEN 'PENDING' WHEN n % 40 = 1 THEN 'HELD' WHEN n % 40 = 2 THEN 'DIGESTED' ELSE 'SENT' END, occurred_at, occurred_at
        FROM (SELECT *, row_number() OVER () AS n FROM notifications.notifications) x`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'EMAIL', md5('recipient' || (g % 40000))::uuid, 'digest:' || g,
             jsonb_build_object('kind', 'DIGEST', 'items', jsonb_build_array(
               jsonb_build_object('kind', 'MANDATE_ENDED', 'disputeId', 'D-' || g, 'params', jsonb_build_object('association', 'Association ' || (g % 3000), 'associationId', md5('association' || 'Association ' || (g % 3000))::uuid::text)),
               jsonb_build_object('kind', 'TEAM_ACCESS_ENDED', 'params', jsonb_build_object('removedBy', 'Responsable ' || (g % 1000), 'removedById', md5('remover' || 'Responsable ' || (g % 1000))::uuid::text)),
               jsonb_build_object('kind', 'MESSAGE_POSTED', 'disputeId', 'D-' || (g + 1), 'params', jsonb_build_object('merchant', 'Vendeur', 'product', 'Lave-linge')))),
             CASE WHEN g % 25 = 0 THEN 'PENDING' ELSE 'SENT' END, now(), now() - g * interval '1 minute'
        FROM generate_series(1, 20000) g`);
    await client.query(`ANALYZE notifications.notifications; ANALYZE notifications.outbox`);
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('an association renamed: its notices, its e-mails waiting and the digests waiting that name it', async () => {
    const planned: Planned[] = [];
    await renameAssociation(planning(planned), await idOf(`md5('association' || 'Association 7')::uuid::text`), 'Les Consommateurs Réunis');
    expect(planned).toHaveLength(3);
    expect(scans(planned)).toEqual([
      { seqScans: [], indexes: ['notifications_by_association'] },
      { seqScans: [], indexes: ['outbox_by_association'] },
      { seqScans: [], indexes: ['outbox_digest_items'] },
    ]);
  });

  it('a remover renamed: the same, by her own key', async () => {
    const planned: Planned[] = [];
    await renameRemover(planning(planned), await idOf(`md5('remover' || 'Responsable 7')::uuid::text`), 'Camille Martin');
    expect(scans(planned)).toEqual([
      { seqScans: [], indexes: ['notifications_by_remover'] },
      { seqScans: [], indexes: ['outbox_by_remover'] },
      { seqScans: [], indexes: ['outbox_digest_items'] },
    ]);
  });

  it('an account erased: every key that names someone, in every e-mail kept, sent or not', async () => {
    const planned: Planned[] = [];
    const erased = await idOf(`md5('association' || 'Association 7')::uuid::text`);
    for (const keys of NAMES_IN_NOTICES) await forgetInNotices(planning(planned), keys, erased);
    const byKey = { removedById: ['notifications_by_remover', 'outbox_by_remover'], associationId: ['notifications_by_association', 'outbox_by_association'] } as Record<string, string[]>;
    expect(scans(planned)).toEqual(
      NAMES_IN_NOTICES.flatMap(({ id }) => [
        { seqScans: [], indexes: [byKey[id][0]] },
        { seqScans: [], indexes: [byKey[id][1]] },
        { seqScans: [], indexes: ['outbox_digest_items'] },
      ]),
    );
  });
});
