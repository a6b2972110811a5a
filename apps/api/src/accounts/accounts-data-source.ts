import { POOL_TIMEOUTS } from '@recours/database';
import { DataSource } from 'typeorm';

export const ACCOUNTS_DATA_SOURCE = Symbol.for('recours.AccountsDataSource');
import { AccountEntity } from './account.entity';
import { MerchantEntity } from './merchant.entity';
import { CreateAccounts1764000000000 } from './migrations/1764000000000-create-accounts';

/** The accounts schema's own TypeORM connection; migrations run once, under an advisory lock. */
export async function openAccountsDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [AccountEntity, MerchantEntity],
    migrations: [CreateAccounts1764000000000],
    migrationsTableName: 'accounts_migrations',
    migrationsTransactionMode: 'all',
    extra: { max: 5, ...POOL_TIMEOUTS },
  });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('recours.migrations.accounts'))`);
    await dataSource.runMigrations();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('recours.migrations.accounts'))`).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
