import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { openAccountsDataSource } from '../accounts-data-source';
import { AddressSpellings176900000021000 } from './176900000021000-address-spellings';

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
});
