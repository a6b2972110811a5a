import { createTestDatabase, fillAccountsAndLinks, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { openNotificationsDataSource, queueAccountEmail } from '@recours/notifications';
import { openReadModelsDataSource } from '@recours/read-models';
import { Client } from 'pg';
import { openAccountsDataSource } from '../accounts/accounts-data-source';
import { Sessions } from '../accounts/sessions';
import { TwoFactor } from '../accounts/two-factor';
import { Uploads } from '../files/uploads';
import { DisputeAccessLog } from './dispute-access-log';
import { PersonalDataArchive } from './personal-data-archive';

/**
 * What a person's export (`myData`) reads. At a country's scale the outbox holds every e-mail and
 * webhook ever queued, the one-time links every sign-up, reset and invitation, the uploads every
 * evidence file: a statement that reads one of them whole does so at every export. Every
 * statement the archive sends is captured (not copied), planned with its own values on tables
 * filled and analysed, then run; the e-mails it finds are compared with those the statement it
 * replaced (`recipient IN (SELECT …)` inside an OR, kept here as the reference) found.
 */
describe('a person’s export reads by index', () => {
  let database: TestDatabase;
  let client: Client;
  const person = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const addressOf = (n: number) => `camille.martin${n}@exemple.fr`;
  /** A merchant: 2,000 of them, 100 disputes each. */
  const merchant = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  /** The tables filled here, each as large as a busy database's next to the person's few rows. */
  const FILLED = ['accounts', 'previous_emails', 'email_confirmations', 'outbox', 'uploads', 'dispute_summaries', 'association_cases', 'dispute_timeline'];

  beforeAll(async () => {
    database = await createTestDatabase('export_reads_by_index');
    await (await openAccountsDataSource(database.url)).destroy();
    await (await openNotificationsDataSource(database.url, 2)).destroy();
    await (await openReadModelsDataSource(database.url, 2)).destroy();
    await (await Uploads.open(database.url, {})).pool.end();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await fillAccountsAndLinks(client);
    // Each link's e-mail, addressed to its link's row as queueAccountEmail does, and 200,000 dispute notices and webhooks.
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'EMAIL', id, 'account-email:' || id,
             jsonb_build_object('kind', 'ACCOUNT_EMAIL', 'email', purpose, 'to', jsonb_build_object('address', email, 'displayName', display_name, 'locale', 'fr'), 'token', md5(token_hash)),
             'SENT', created_at, created_at
        FROM accounts.email_confirmations`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, dispute_id, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), CASE WHEN g % 4 = 0 THEN 'WEBHOOK' ELSE 'EMAIL' END, ('10000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0'))::uuid, 'event:' || g, 'D-' || (g % 60000),
             CASE WHEN g % 4 = 0 THEN jsonb_build_object('body', '{"type":"dispute.message_posted","data":{}}')
                  ELSE jsonb_build_object('notificationId', gen_random_uuid(), 'kind', 'MESSAGE_POSTED', 'params', jsonb_build_object('product', 'Lave-linge ' || g), 'occurredAt', now()) END,
             'SENT', now(), now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    // A real one, through the code that queues it: a reset to her address before she had an account.
    await queueAccountEmail(client, '40000000-0000-4000-8000-000000900001', { email: 'RESET_PASSWORD', to: { address: addressOf(4242), displayName: addressOf(4242), locale: 'fr' }, token: 't1' });
    await client.query(
      `INSERT INTO accounts.email_confirmations (id, token_hash, purpose, email, display_name, expires_at, created_at)
       VALUES ('40000000-0000-4000-8000-000000900001', md5('t1'), 'RESET_PASSWORD', $1, $1, now() + interval '1 day', now())`,
      [addressOf(4242)],
    );
    // 200,000 evidence files of 60,000 owners.
    await client.query(`
      INSERT INTO evidence.uploads (id, owner_id, state, name, sha256, size, content_type, created_at)
      SELECT gen_random_uuid(), ('10000000-0000-4000-8000-' || lpad((g % 60000)::text, 12, '0'))::uuid, 'STORED', 'facture-' || g || '.pdf', md5(g::text) || md5(g::text), 1000, 'application/pdf', now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    // 200,000 disputes: each consumer's (person g % 100,000), each of 2,000 merchants', one in
    // seven mediated (300 mediators), one in eleven under an association's mandate (200
    // associations, people 110,000 on: its association_cases row, as the projection writes it from the same state),
    // and names the list never showed: advisers, assignees, authors (disputesNaming finds them).
    await client.query(`
      INSERT INTO read_models.dispute_summaries (dispute_id, consumer_id, merchant_id, mediator_id, association_id, product, status, turn, requested_remedy, price_amount, price_currency,
                                                 filed_at, last_activity_at, version, last_position, state, advisers, consumer_version, reader_versions, assignee_id, authors)
      SELECT '30000000-0000-4000-8000-' || lpad(g::text, 12, '0'), '10000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0'), '20000000-0000-4000-8000-' || lpad((g % 2000)::text, 12, '0'),
             CASE WHEN g % 7 = 0 THEN '10000000-0000-4000-8000-' || lpad((100000 + g % 300)::text, 12, '0') END,
             CASE WHEN g % 11 = 0 THEN '10000000-0000-4000-8000-' || lpad((110000 + g % 200)::text, 12, '0') END,
             jsonb_build_object('name', 'Lave-linge ' || g), 'OPEN', 'MERCHANT', 'REPAIR', 499, 'EUR',
             now() - (g % 5000) * interval '1 hour', now(), 3, g, '{}'::json,
             CASE WHEN g % 13 = 0 THEN ARRAY['10000000-0000-4000-8000-' || lpad((110000 + g % 200)::text, 12, '0')] ELSE '{}' END, 3, '{}'::jsonb,
             CASE WHEN g % 3 = 0 THEN '10000000-0000-4000-8000-' || lpad((120000 + g % 500)::text, 12, '0') END,
             CASE WHEN g % 17 = 0 THEN ARRAY['10000000-0000-4000-8000-' || lpad((4242 + g % 2)::text, 12, '0')] ELSE '{}' END
        FROM generate_series(1, 200000) g`);
    await client.query(`
      INSERT INTO read_models.association_cases (dispute_id, association_id, consumer_id, merchant_id, product_name, status, turn, mandate_granted_at, last_activity_at)
      SELECT dispute_id, association_id, consumer_id, merchant_id, product ->> 'name', status, turn, filed_at, last_activity_at FROM read_models.dispute_summaries WHERE association_id IS NOT NULL`);
    // A timeline line by each dispute's consumer, and in one dispute of three one by a merchant's staff
    // (person 130,000 + g % 500, actor kind MERCHANT_AGENT) whichever merchant's it is: only her own
    // merchant's are hers to take (a former team's go through the operator).
    await client.query(`
      INSERT INTO read_models.dispute_timeline (dispute_id, stream_version, event_id, global_position, event_type, occurred_at, actor_kind, actor_id, on_behalf_of, summary, visible_to)
      SELECT '30000000-0000-4000-8000-' || lpad(g::text, 12, '0'), v, 'E-' || g || '-' || v, g * 10 + v, 'MessagePosted', now(), CASE v WHEN 0 THEN 'CONSUMER' ELSE 'MERCHANT_AGENT' END,
             CASE v WHEN 0 THEN '10000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0') ELSE '10000000-0000-4000-8000-' || lpad((130000 + g % 500)::text, 12, '0') END,
             NULL, 'Message', '{CONSUMER,MERCHANT}'
        FROM generate_series(1, 200000) g, generate_series(0, 1) v WHERE v = 0 OR g % 3 = 1`);
    // Lines the same staff wrote as another kind of actor (an id a test setup reused as the admin's):
    // in other disputes than their own lines above, and not their acts as a merchant's staff.
    await client.query(`
      INSERT INTO read_models.dispute_timeline (dispute_id, stream_version, event_id, global_position, event_type, occurred_at, actor_kind, actor_id, on_behalf_of, summary, visible_to)
      SELECT '30000000-0000-4000-8000-' || lpad(g::text, 12, '0'), 3, 'E-' || g || '-3', g * 10 + 3, 'MessagePosted', now(), 'ADMIN',
             '10000000-0000-4000-8000-' || lpad((130000 + g % 500)::text, 12, '0'), NULL, 'Message', '{CONSUMER,MERCHANT}'
        FROM generate_series(1, 200000) g WHERE g % 3 = 2`);
    await client.query(`ANALYZE accounts.accounts; ANALYZE accounts.email_confirmations; ANALYZE accounts.previous_emails; ANALYZE notifications.outbox; ANALYZE evidence.uploads;
                        ANALYZE read_models.dispute_summaries; ANALYZE read_models.association_cases; ANALYZE read_models.dispute_timeline`);
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  type Role = 'CONSUMER' | 'MEDIATOR' | 'ASSOCIATION' | 'MERCHANT' | 'ADMIN';
  /**
   * The archive of the person (a consumer, a mediator, an association, a merchant's owner or
   * agent, an admin): each statement it sends planned, then run. `inFull` 0: every dispute
   * listed by id (no case file is read here).
   */
  const exportOf = async (n: number, role: Role, merchantId: string | null = null, merchantOwner = false, inFull?: number) => {
    const planned: PlannedStatement[] = [];
    const dataSource = {
      query: async (sql: string, parameters: unknown[] = []) => {
        planned.push(await planOf(client, sql, parameters));
        return (await client.query(sql, parameters)).rows;
      },
    };
    const account = { id: person(n), email: addressOf(n), displayName: 'Camille Martin', role, locale: 'fr', merchantId, merchantOwner, createdAt: new Date(), emailVerifiedAt: null };
    const accounts = { findAccount: async () => account, findMerchants: async () => [] };
    const archive = new PersonalDataArchive(
      dataSource as never,
      accounts as never,
      new Sessions(dataSource as never, {} as never),
      new TwoFactor(dataSource as never),
      { readable: async () => null } as never,
      {} as never,
      new DisputeAccessLog(dataSource as never),
    );
    const document = await archive.of({ accountId: person(n) } as never, 'fr', new Date(), undefined, inFull);
    return { planned, document };
  };

  /** The statement the export's e-mails were read with (kept as the reference). */
  const emailsBefore = async (n: number) =>
    (
      await client.query<{ id: string }>(
        `SELECT id::text FROM notifications.outbox
          WHERE channel = 'EMAIL' AND (recipient = $1 OR recipient IN (SELECT id FROM accounts.email_confirmations WHERE (account_id = $1 OR (email = $2 AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz)
            AND NOT EXISTS (SELECT 1 FROM accounts.previous_emails given_up WHERE given_up.account_id = email_confirmations.account_id AND given_up.email = email_confirmations.email))))) ORDER BY created_at`,
        [person(n), addressOf(n), null],
      )
    ).rows.map((row) => row.id);

  it('no statement of the export reads the outbox, the links, the accounts or the uploads whole; her e-mails by the outbox’s recipient and her links’ account and address', async () => {
    for (const role of ['CONSUMER', 'MEDIATOR', 'ASSOCIATION'] as const) {
      const { planned } = await exportOf(4242, role);
      expect(planned.length).toBeGreaterThan(10);
      expect(planned.filter(({ seqScans }) => seqScans.some((table) => FILLED.includes(table))).map(({ sql, seqScans }) => ({ sql, seqScans }))).toEqual([]);
      const emails = planned.find(({ sql }) => /FROM notifications\.outbox/.test(sql));
      expect([...new Set(emails?.indexes)].sort()).toEqual(['email_confirmations_by_account', 'email_confirmations_by_email', 'outbox_by_recipient', 'previous_emails_pkey']);
      const uploads = planned.find(({ sql }) => /FROM evidence\.uploads/.test(sql));
      expect(uploads?.indexes).toEqual(['uploads_by_owner']);
    }
  });

  it('finds the e-mails the statement it replaced found: hers by account, her links’ and the reset sent to her address', async () => {
    for (const n of [4242, 4241, 21, 40, 99999]) {
      const { document } = await exportOf(n, 'CONSUMER');
      const found = (document.emails as Array<{ id: string }>).map((row) => row.id);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(await emailsBefore(n));
    }
    const { document } = await exportOf(4242, 'CONSUMER');
    expect((document.emails as Array<{ purpose: string | null }>).filter((row) => row.purpose === 'RESET_PASSWORD').length).toBeGreaterThan(0);
    expect((document.uploads as unknown[]).length).toBeGreaterThan(0);
  });

  /**
   * The disputes her export lists, as an OR of the columns reading the whole table (the reference):
   * a party's own; for a mediator, those she mediates; for a merchant's owner or agent, those of her
   * merchant she acted in as its staff or is assigned.
   */
  const disputesBefore = async (id: string, role: Role, merchantId: string | null) =>
    (
      await client.query<{ dispute_id: string }>(
        role === 'MERCHANT'
          ? `SELECT dispute_id FROM read_models.dispute_summaries s
              WHERE merchant_id = $2 AND (assignee_id = $1 OR EXISTS (SELECT 1 FROM read_models.dispute_timeline t WHERE t.dispute_id = s.dispute_id AND t.actor_id = $1 AND t.actor_kind = 'MERCHANT_AGENT'))
              ORDER BY filed_at, dispute_id`
          : `SELECT dispute_id FROM read_models.dispute_summaries
              WHERE ${role === 'MEDIATOR' ? 'mediator_id = $1' : 'consumer_id = $1 OR association_id = $1'}
              ORDER BY filed_at, dispute_id`,
        role === 'MERCHANT' ? [id, merchantId] : [id],
      )
    ).rows.map((row) => row.dispute_id);

  /** Each kind of person: the person, and what her export lists (her own disputes, or those of her merchant's she worked on). */
  const PEOPLE: Array<{ who: string; n: number; role: Role; merchantId?: string; owner?: boolean; some: boolean }> = [
    { who: 'a consumer', n: 4242, role: 'CONSUMER', some: true },
    { who: 'a mediator', n: 100007, role: 'MEDIATOR', some: true },
    { who: 'an association', n: 110011, role: 'ASSOCIATION', some: true },
    { who: 'a merchant’s owner (who wrote in other merchants’ disputes in the fill: not hers to list)', n: 130234, role: 'MERCHANT', merchantId: merchant(1234), owner: true, some: true },
    { who: 'a merchant’s agent (assigned cases of other merchants’ disputes in the fill: not hers to list)', n: 120077, role: 'MERCHANT', merchantId: merchant(77), some: true },
    { who: 'an agent removed from her team (no merchant now: her former team’s disputes are not hers to list)', n: 130235, role: 'MERCHANT', some: false },
    { who: 'an agent moved to another merchant (her former merchant’s cases not hers to list)', n: 120077, role: 'MERCHANT', merchantId: merchant(577), some: true },
    { who: 'an admin', n: 190001, role: 'ADMIN', some: false },
  ];

  it.each(PEOPLE)('the disputes of $who are found by index, not by reading dispute_summaries whole', async ({ n, role, merchantId, owner }) => {
    const { planned } = await exportOf(n, role, merchantId ?? null, owner, 0);
    const disputes = planned.find(({ sql }) => /FROM read_models\.dispute_summaries/.test(sql) && /ORDER BY filed_at/.test(sql));
    expect(disputes).toBeDefined();
    expect(disputes?.seqScans).toEqual([]);
    if (merchantId) expect(disputes?.indexes).toEqual(expect.arrayContaining(['dispute_timeline_by_actor', 'dispute_summaries_by_assignee']));
    if (role === 'MEDIATOR') expect(disputes?.indexes).toEqual(['dispute_summaries_by_mediator']);
    expect(planned.filter(({ seqScans }) => seqScans.some((table) => FILLED.includes(table))).map(({ sql, seqScans }) => ({ sql, seqScans }))).toEqual([]);
  });

  it.each(PEOPLE)('finds for $who the disputes the reference finds, no more (not those a party only advised on, was assigned or wrote in)', async ({ n, role, merchantId, owner, some }) => {
    const { document } = await exportOf(n, role, merchantId ?? null, owner, 0);
    const found = document.disputesListedOnly as string[];
    const before = await disputesBefore(person(n), role, merchantId ?? null);
    if (some) expect(found.length).toBeGreaterThan(0);
    else expect(found).toEqual([]);
    expect(found).toEqual(before);
  });

  it('lists a merchant’s agent the disputes of her merchant she is assigned, not its others nor other merchants’; a consumer named elsewhere only her own', async () => {
    const agent = await exportOf(120077, 'MERCHANT', merchant(77), false, 0);
    const { rows } = await client.query<{ dispute_id: string }>(`SELECT dispute_id FROM read_models.dispute_summaries WHERE merchant_id = $1 AND assignee_id = $2 ORDER BY filed_at, dispute_id`, [merchant(77), person(120077)]);
    expect(rows.length).toBeGreaterThan(0);
    expect(agent.document.disputesListedOnly).toEqual(rows.map((row) => row.dispute_id));
    const { rows: merchants } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM read_models.dispute_summaries WHERE merchant_id = $1`, [merchant(77)]);
    expect(merchants[0].n).toBeGreaterThan(rows.length);
    const { rows: elsewhere } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM read_models.dispute_summaries WHERE merchant_id <> $1 AND assignee_id = $2`, [merchant(77), person(120077)]);
    expect(elsewhere[0].n).toBeGreaterThan(0);
    // 4242 is an author of disputes not hers (authors): the export lists only hers, as it did.
    const consumer = await exportOf(4242, 'CONSUMER', null, false, 0);
    const { rows: named } = await client.query<{ dispute_id: string }>(`SELECT dispute_id FROM read_models.dispute_summaries WHERE authors @> ARRAY[$1::text] AND consumer_id <> $1`, [person(4242)]);
    expect(named.length).toBeGreaterThan(0);
    for (const { dispute_id } of named) expect(consumer.document.disputesListedOnly).not.toContain(dispute_id);
  });

  it('lists a merchant’s owner none of her merchant’s disputes she wrote in only as another kind of actor', async () => {
    const owner = await exportOf(130234, 'MERCHANT', merchant(1234), true, 0);
    const { rows: otherwise } = await client.query<{ dispute_id: string }>(
      `SELECT dispute_id FROM read_models.dispute_timeline t JOIN read_models.dispute_summaries s USING (dispute_id)
        WHERE t.actor_id = $1 AND t.actor_kind = 'ADMIN' AND s.merchant_id = $2 AND s.assignee_id IS DISTINCT FROM $1
          AND NOT EXISTS (SELECT 1 FROM read_models.dispute_timeline m WHERE m.dispute_id = t.dispute_id AND m.actor_id = $1 AND m.actor_kind = 'MERCHANT_AGENT')`,
      [person(130234), merchant(1234)],
    );
    expect(otherwise.length).toBeGreaterThan(0);
    for (const { dispute_id } of otherwise) expect(owner.document.disputesListedOnly).not.toContain(dispute_id);
  });
});
