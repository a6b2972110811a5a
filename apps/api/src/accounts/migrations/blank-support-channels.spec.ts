import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { openAccountsDataSource } from '../accounts-data-source';
import { toMerchant } from '../graphql/accounts.resolver';
import { MerchantEntity } from '../merchant.entity';
import { BlankSupportChannels176900000021200 } from './176900000021200-blank-support-channels';

describe('migration BlankSupportChannels: a contact stored blank before a blank one was cleared reads as none', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('blank_support_channels');
    dataSource = await openAccountsDataSource(database.url);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const merchant = async (channels: object) => {
    const id = randomUUID();
    await database.query(`INSERT INTO accounts.merchants (id, name, search_name, support_channels) VALUES ($1, 'Acme', 'acme', $2::jsonb)`, [id, JSON.stringify(channels)]);
    return id;
  };
  const channelsOf = async (id: string) => (await database.query<{ support_channels: object }>(`SELECT support_channels FROM accounts.merchants WHERE id = $1`, [id]))[0].support_channels;
  const migrate = async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await new BlankSupportChannels176900000021200().up(runner);
    } finally {
      await runner.release();
    }
  };

  it('turns an empty, spaced or invisible hotline, chat and e-mail into null, drops blank service points, and keeps every contact that shows something', async () => {
    const emptied = await merchant({ hotline: '', chat: '', email: '', servicePoints: ['Lyon Part-Dieu', '', '  '] });
    const spaced = await merchant({ hotline: '  ', chat: '\u00a0\t', email: ' ', servicePoints: ['\u200b'] });
    const invisible = await merchant({ hotline: '\u200b', chat: '\u2800', servicePoints: [] });
    const kept = { hotline: '+33 4 72 00 00 00', chat: 'https://acme.example/aide', email: 'sav@acme.example', servicePoints: ['Paris Bercy', '13 – Marseille'] };
    const filled = await merchant(kept);
    // Digits only or a symbol only show something: not blank (the hotline's own rule judges a number).
    const symbols = await merchant({ hotline: '—', chat: null, servicePoints: ['…'] });
    const none = await merchant({});
    const before = await database.query<{ id: string; support_channels: object }>(`SELECT id, support_channels FROM accounts.merchants WHERE id = ANY($1) ORDER BY id`, [[filled, symbols, none]]);

    await migrate();

    expect(await channelsOf(emptied)).toEqual({ hotline: null, chat: null, email: null, servicePoints: ['Lyon Part-Dieu'] });
    expect(await channelsOf(spaced)).toEqual({ hotline: null, chat: null, email: null, servicePoints: [] });
    expect(await channelsOf(invisible)).toEqual({ hotline: null, chat: null, servicePoints: [] });
    expect(await database.query(`SELECT id, support_channels FROM accounts.merchants WHERE id = ANY($1) ORDER BY id`, [[filled, symbols, none]])).toEqual(before);
    expect(await channelsOf(filled)).toEqual(kept);

    // As the API reads it: no contact, rather than an empty one.
    const read = toMerchant(await dataSource.getRepository(MerchantEntity).findOneByOrFail({ id: emptied }));
    expect(read.supportChannels).toEqual({ hotline: null, chat: null, email: null, servicePoints: ['Lyon Part-Dieu'] });

    // Twice changes nothing more.
    await migrate();
    expect(await channelsOf(emptied)).toEqual({ hotline: null, chat: null, email: null, servicePoints: ['Lyon Part-Dieu'] });
  });

  it('runs when the accounts schema is migrated', async () => {
    const names = await database.query<{ name: string }>(`SELECT name FROM accounts_migrations WHERE name = 'BlankSupportChannels176900000021200'`);
    expect(names).toEqual([{ name: 'BlankSupportChannels176900000021200' }]);
  });
});
