import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { openAccountsDataSource } from '../accounts-data-source';
import { AddressSpellings176900000021000 } from './176900000021000-address-spellings';
import { AddressSpellingsOfLinks176900000021100 } from './176900000021100-address-spellings-of-links';

describe('migration AddressSpellings: stored addresses and merchant domains spelled as canonicalEmail spells them', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('address_spellings');
    dataSource = await openAccountsDataSource(database.url);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('rewrites a decomposed accent and an xn-- domain, leaves plain addresses and an address whose canonical spelling another account has', async () => {
    const account = async (email: string) => {
      const id = randomUUID();
      await database.query(`INSERT INTO accounts.accounts (id, email, password_hash, display_name, role, locale) VALUES ($1, $2, 'x', 'Someone', 'CONSUMER', 'fr')`, [id, email]);
      return id;
    };
    const decomposed = await account('zoe@cafe\u0301.example');
    const ascii = await account('leo@xn--caf-dma.example');
    const plain = await account('claire@example.fr');
    const taken = await account('ines@caf\u00e9.example');
    const twin = await account('ines@xn--caf-dma.example');
    const merchant = randomUUID();
    await database.query(`INSERT INTO accounts.merchants (id, name, search_name, verified_domain, contact_domain) VALUES ($1, 'Café', 'cafe', 'xn--caf-dma.example', 'cafe\u0301.example')`, [merchant]);

    const runner = dataSource.createQueryRunner();
    try {
      await new AddressSpellings176900000021000().up(runner);
    } finally {
      await runner.release();
    }

    const emails = new Map((await database.query<{ id: string; email: string }>(`SELECT id, email FROM accounts.accounts`)).map((r) => [r.id, r.email]));
    expect([decomposed, ascii, plain, taken, twin].map((id) => emails.get(id))).toEqual([
      'zoe@caf\u00e9.example',
      'leo@caf\u00e9.example',
      'claire@example.fr',
      'ines@caf\u00e9.example',
      // Two accounts for one mailbox already: left for a person to decide.
      'ines@xn--caf-dma.example',
    ]);
    expect(await database.query(`SELECT verified_domain, contact_domain FROM accounts.merchants WHERE id = $1`, [merchant])).toEqual([{ verified_domain: 'caf\u00e9.example', contact_domain: 'caf\u00e9.example' }]);
  });

  it('spells the links and invitations sent to a rewritten address as the account now is, so that her erasure finds them; a twin\'s links stay', async () => {
    const account = async (email: string) => {
      const id = randomUUID();
      await database.query(`INSERT INTO accounts.accounts (id, email, password_hash, display_name, role, locale) VALUES ($1, $2, 'x', 'Someone', 'CONSUMER', 'fr')`, [id, email]);
      return id;
    };
    const link = async (email: string, purpose: string, accountId: string | null) => {
      const id = randomUUID();
      await database.query(
        `INSERT INTO accounts.email_confirmations (id, token_hash, purpose, email, account_id, merchant_id, display_name, expires_at) VALUES ($1, $2, $3, $4, $5, NULL, 'Someone', now() + interval '1 day')`,
        [id, randomUUID(), purpose, email, accountId],
      );
      return id;
    };
    const rewritten = await account('noe@xn--lon-bma.example');
    const ownLink = await link('noe@xn--lon-bma.example', 'VERIFY_EMAIL', rewritten);
    const resetLink = await link('NOE@xn--lon-bma.example', 'RESET_PASSWORD', null);
    await account('ana@lo\u0301n.example');
    const twin = await account('ana@xn--ln-5ja.example');
    const twinLink = await link('ana@xn--ln-5ja.example', 'VERIFY_EMAIL', twin);
    const merchant = randomUUID();
    await database.query(`INSERT INTO accounts.merchants (id, name, search_name) VALUES ($1, 'Léon', 'leon')`, [merchant]);
    const invitation = randomUUID();
    await database.query(`INSERT INTO accounts.merchant_invitations (id, merchant_id, invited_by, email, locale) VALUES ($1, $2, $3, 'sav@xn--lon-bma.example', 'fr')`, [invitation, merchant, twin]);

    const runner = dataSource.createQueryRunner();
    try {
      await new AddressSpellings176900000021000().up(runner);
      await new AddressSpellingsOfLinks176900000021100().up(runner);
    } finally {
      await runner.release();
    }

    const [{ email }] = await database.query<{ email: string }>(`SELECT email FROM accounts.accounts WHERE id = $1`, [rewritten]);
    expect(email).toBe('noe@l\u00e9on.example');
    // As the erasure finds what was sent to her address (account-erasure.ts, LINKS_OF_PERSON: compared as stored).
    const found = await database.query<{ id: string }>(`SELECT id FROM accounts.email_confirmations WHERE email = $1 ORDER BY id`, [email]);
    expect(found.map((r) => r.id).sort()).toEqual([ownLink, resetLink].sort());
    expect(await database.query(`SELECT email FROM accounts.merchant_invitations WHERE id = $1`, [invitation])).toEqual([{ email: 'sav@l\u00e9on.example' }]);
    // The twin kept its spelling, and its link the same.
    expect(await database.query(`SELECT email FROM accounts.email_confirmations WHERE id = $1`, [twinLink])).toEqual([{ email: 'ana@xn--ln-5ja.example' }]);
  });
});
