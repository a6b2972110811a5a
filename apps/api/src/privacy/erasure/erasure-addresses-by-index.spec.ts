import { createTestDatabase, fillAccountsAndLinks, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { openNotificationsDataSource, queueAccountEmail } from '@recours/notifications';
import { Client } from 'pg';
import { openAccountsDataSource } from '../../accounts/accounts-data-source';
import { AccountErasure } from './account-erasure';

/**
 * What an erasure finds by her addresses, in its one transaction (closeAccount): the account
 * e-mails sent to each, her one-time links and their e-mails. At a country's scale the outbox holds
 * every e-mail and webhook ever queued and the links every sign-up, reset and invitation: a
 * statement reading one whole, once per address of hers, holds the transaction for minutes. The
 * statements are the ones the code sends (captured, not copied), planned with their own values on
 * tables filled and analysed; the rows they find are compared with those the text search found.
 */
describe('an erasure finds what names her addresses by index', () => {
  let database: TestDatabase;
  let client: Client;
  const person = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const link = (n: number) => `40000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const addressOf = (n: number) => `camille.martin${n}@exemple.fr`;

  beforeAll(async () => {
    database = await createTestDatabase('erasure_addresses_by_index');
    await (await openAccountsDataSource(database.url)).destroy();
    await (await openNotificationsDataSource(database.url, 2)).destroy();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await fillAccountsAndLinks(client);
    // Each link's e-mail, as queueAccountEmail writes it (its shape checked below on real ones),
    // a change-of-address notice to one account in twenty, and 200,000 dispute notices and webhooks.
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'EMAIL', id, 'account-email:' || id,
             jsonb_build_object('kind', 'ACCOUNT_EMAIL', 'email', purpose, 'to', jsonb_build_object('address', email, 'displayName', CASE WHEN purpose = 'RESET_PASSWORD' THEN email ELSE display_name END, 'locale', 'fr'), 'token', md5(token_hash)),
             'SENT', created_at, created_at
        FROM accounts.email_confirmations`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), 'EMAIL', ('10000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'email-change-notice:' || g,
             jsonb_build_object('kind', 'ACCOUNT_EMAIL', 'email', 'EMAIL_CHANGE_NOTICE', 'to', jsonb_build_object('address', 'camille.martin' || g || '@exemple.fr', 'displayName', 'Camille Martin', 'locale', 'fr'), 'token', ''),
             'SENT', now(), now()
        FROM generate_series(1, 100000, 20) g`);
    await client.query(`
      INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, dispute_id, payload, state, next_attempt_at, created_at)
      SELECT gen_random_uuid(), CASE WHEN g % 4 = 0 THEN 'WEBHOOK' ELSE 'EMAIL' END, ('10000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0'))::uuid, 'event:' || g, 'D-' || (g % 60000),
             CASE WHEN g % 4 = 0 THEN jsonb_build_object('body', '{"type":"dispute.message_posted","data":{}}')
                  ELSE jsonb_build_object('notificationId', gen_random_uuid(), 'kind', 'MESSAGE_POSTED', 'params', jsonb_build_object('merchant', 'Vendeur', 'product', 'Lave-linge ' || g), 'occurredAt', now()) END,
             'SENT', now(), now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    // Real account e-mails, through the code that queues them: a reset to an address without account names it twice.
    await queueAccountEmail(client, link(900001), { email: 'RESET_PASSWORD', to: { address: 'ann@exemple.fr', displayName: 'ann@exemple.fr', locale: 'fr' }, token: 't1' });
    await queueAccountEmail(client, link(900002), { email: 'VERIFY_EMAIL', to: { address: 'joann@exemple.fr', displayName: 'Jo Ann', locale: 'fr' }, token: 't2' });
    await queueAccountEmail(client, person(900003), { email: 'EMAIL_CHANGE_NOTICE', to: { address: 'ann@exemple.fr', displayName: 'Ann', locale: 'fr' }, token: '' }, new Date(), 'email-change-notice:x');
    await client.query(`ANALYZE accounts.accounts; ANALYZE accounts.email_confirmations; ANALYZE accounts.previous_emails; ANALYZE notifications.outbox`);
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  /** closeAccount of a person at this address, each statement on links and the outbox captured (planned, not run). */
  const statementsOfErasure = async (accountId: string, email: string): Promise<PlannedStatement[]> => {
    const planned: PlannedStatement[] = [];
    const manager = {
      query: async (sql: string, parameters: unknown[] = []) => {
        if (/^\s*SELECT email, display_name, erased_at FROM accounts\.accounts/.test(sql)) return [{ email, display_name: 'Camille Martin', erased_at: null }];
        if (/^\s*DELETE FROM (notifications\.outbox|accounts\.email_confirmations)\b/.test(sql)) planned.push(await planOf(client, sql, parameters));
        return [];
      },
    };
    const dataSource = { transaction: async (work: (m: typeof manager) => Promise<void>) => work(manager) };
    const stub = { revoke: async () => undefined, forget: async () => undefined, forgetCopiesNaming: async () => undefined, now: () => new Date() };
    const erasure = new AccountErasure(dataSource as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never);
    await (erasure as unknown as { closeAccount(id: string): Promise<void> }).closeAccount(accountId);
    return planned;
  };

  /** The rows a captured DELETE would delete. */
  const rowsOf = async ({ sql }: PlannedStatement, parameters: unknown[]) =>
    (await client.query<{ id: string }>(sql.replace(/^\s*DELETE FROM (\S+)/, 'SELECT id::text FROM $1'), parameters)).rows.map((row) => row.id).sort();

  /** The statement the outbox's was (kept here as the reference): every payload's text searched for the address. */
  const searchedText = async (accountId: string, email: string) =>
    (
      await client.query<{ id: string }>(
        `SELECT id::text FROM notifications.outbox WHERE (channel = 'EMAIL' AND recipient = $1)
            OR recipient IN (SELECT id FROM accounts.email_confirmations WHERE (account_id = $1 OR (lower(email) = lower($2) AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz)
              AND NOT EXISTS (SELECT 1 FROM accounts.previous_emails given_up WHERE given_up.account_id = email_confirmations.account_id AND given_up.email = email_confirmations.email))))
            OR (strpos(lower(payload::text), lower($2)) > 0 AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz))`,
        [accountId, email, null],
      )
    ).rows
      .map((row) => row.id)
      .sort();

  it('her links and the e-mails to her address: by the indexes on the links’ account and address, the outbox’s recipient and account e-mails’ address; no table read whole', async () => {
    const planned = await statementsOfErasure(person(4242), addressOf(4242));
    expect(planned.map(({ sql }) => sql.match(/^\s*DELETE FROM (\S+)/)?.[1])).toEqual(['notifications.outbox', 'accounts.email_confirmations']);
    expect(planned.map(({ seqScans }) => seqScans)).toEqual([[], []]);
    expect([...new Set(planned[0].indexes)].sort()).toEqual(['email_confirmations_by_account', 'email_confirmations_by_email', 'outbox_by_account_email_address', 'outbox_by_recipient', 'previous_emails_pkey']);
    expect([...new Set(planned[1].indexes)].sort()).toEqual(['email_confirmations_by_account', 'email_confirmations_by_email', 'previous_emails_pkey']);
  });

  it('finds the rows the search of every payload’s text found, for accounts with links, with a change-of-address notice, and for none', async () => {
    for (const n of [4242, 4241, 21, 40, 99999]) {
      const [outbox] = await statementsOfErasure(person(n), addressOf(n));
      const found = await rowsOf(outbox, [person(n), addressOf(n), null]);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(await searchedText(person(n), addressOf(n)));
    }
    const [nobody] = await statementsOfErasure(person(700000), 'personne@exemple.fr');
    expect(await rowsOf(nobody, [person(700000), 'personne@exemple.fr', null])).toEqual([]);
  });

  it('the account e-mails queued to her address by the code, and not those of an address ending with hers (the text search found them too)', async () => {
    const [outbox] = await statementsOfErasure(person(900003), 'ann@exemple.fr');
    const found = await rowsOf(outbox, [person(900003), 'ann@exemple.fr', null]);
    const { rows } = await client.query<{ id: string; address: string }>(`SELECT id::text, payload->'to'->>'address' AS address FROM notifications.outbox WHERE id::text = ANY($1)`, [found]);
    expect(rows.map((row) => row.address)).toEqual(['ann@exemple.fr', 'ann@exemple.fr']);
    const searched = await searchedText(person(900003), 'ann@exemple.fr');
    expect(searched).toHaveLength(3); // joann@exemple.fr's address confirmation too
    expect(searched).toEqual(expect.arrayContaining(found));
  });
});
