import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { endPool, LISTENING_CONNECTION_NAME } from '@recours/database';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { AccountLocale } from '../notifications/account-locale';
import { AccountNames } from './account-names';
import { openAccountsDataSource } from './accounts-data-source';
import { TokenVersions } from './token-versions';

/** One API process as far as account names go: its accounts connection, its channel, its names. */
interface ApiProcess {
  dataSource: DataSource;
  versions: TokenVersions;
  names: AccountNames;
}

describe('AccountNames: names remembered across requests, dropped in every process on a change', () => {
  let database: TestDatabase;
  const processes: ApiProcess[] = [];
  let pool: Pool;

  const start = async (listening = true): Promise<ApiProcess> => {
    const dataSource = await openAccountsDataSource(database.url);
    const versions = new TokenVersions(dataSource, { url: database.url } as never);
    if (listening) await versions.onModuleInit();
    const api = { dataSource, versions, names: new AccountNames(dataSource, versions) };
    processes.push(api);
    return api;
  };
  const account = async (displayName: string): Promise<string> => {
    const id = randomUUID();
    await pool.query(`INSERT INTO accounts.accounts (id, email, password_hash, display_name, role, locale) VALUES ($1, $2, 'x', $3, 'CONSUMER', 'fr')`, [id, `${id}@example.test`, displayName]);
    return id;
  };
  /** Written behind every api's back: nobody is told. */
  const renameSilently = (id: string, displayName: string) => pool.query(`UPDATE accounts.accounts SET display_name = $2 WHERE id = $1`, [id, displayName]);
  const nameIn = async (api: ApiProcess, id: string) => (await api.names.of([id])).get(id);
  const eventually = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await check()).toBe(true);
  };

  beforeAll(async () => {
    database = await createTestDatabase('account_names');
    await (await openAccountsDataSource(database.url)).destroy();
    pool = new Pool({ connectionString: database.url, max: 2 });
  });
  afterAll(async () => {
    for (const api of processes) {
      api.names.onModuleDestroy();
      await api.versions.onApplicationShutdown();
      await api.dataSource.destroy();
    }
    await endPool(pool);
    await database.drop();
  });

  it('answers the accounts that exist, and reads a remembered one without the database', async () => {
    const here = await start();
    const claire = await account('Claire Martin');
    const found = await here.names.of([claire, randomUUID()]);
    expect([...found.values()]).toEqual([{ id: claire, displayName: 'Claire Martin', locale: 'fr' }]);
    await renameSilently(claire, 'Changed unannounced');
    expect((await nameIn(here, claire))?.displayName).toBe('Claire Martin');
  });

  it("an erasure or closure in another api (it revokes the account's tokens) drops her name here", async () => {
    const here = await start();
    const there = await start();
    const marc = await account('Marc Durand');
    expect((await nameIn(here, marc))?.displayName).toBe('Marc Durand');
    await renameSilently(marc, 'Personne effacée');
    await there.versions.revoke(marc); // what erasure does in its transaction
    await eventually(async () => (await nameIn(here, marc))?.displayName === 'Personne effacée');
  });

  it('a change of language is seen at once in its api and, once notified, in the others', async () => {
    const here = await start();
    const there = await start();
    const lea = await account('Léa Petit');
    expect((await nameIn(here, lea))?.locale).toBe('fr');
    expect((await nameIn(there, lea))?.locale).toBe('fr');
    await new AccountLocale(pool, there.names).set(lea, 'en');
    expect((await nameIn(there, lea))?.locale).toBe('en');
    await eventually(async () => (await nameIn(here, lea))?.locale === 'en');
  });

  it('remembers nothing while the channel is not heard (a change could be missed)', async () => {
    const deaf = await start(false);
    const paul = await account('Paul Bernard');
    expect((await nameIn(deaf, paul))?.displayName).toBe('Paul Bernard');
    await renameSilently(paul, 'Paul B.');
    expect((await nameIn(deaf, paul))?.displayName).toBe('Paul B.');
  });

  it('a listening connection that ends (its backend terminated) stops trusting what it remembered; once it listens again it reads afresh and remembers again', async () => {
    const here = await start();
    const nina = await account('Nina Roux');
    expect((await nameIn(here, nina))?.displayName).toBe('Nina Roux');
    expect((await here.versions.current(nina))?.version).toBe(0);
    await renameSilently(nina, 'Nina R.');
    await pool.query(`UPDATE accounts.accounts SET token_version = 1 WHERE id = $1`, [nina]);
    const { rows } = await pool.query(`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [LISTENING_CONNECTION_NAME]);
    expect(rows.length).toBeGreaterThan(0);
    // Seen while it happens (it listens again 500 ms later): not polled with `eventually`, which checks once more at the end.
    let deaf = false;
    for (let i = 0; i < 400 && !deaf; i++) {
      deaf = !here.versions.exact;
      if (!deaf) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(deaf).toBe(true);
    await eventually(async () => here.versions.exact);
    expect((await nameIn(here, nina))?.displayName).toBe('Nina R.');
    expect((await here.versions.current(nina))?.version).toBe(1);
    await renameSilently(nina, 'Changed unannounced');
    expect((await nameIn(here, nina))?.displayName).toBe('Nina R.');
  });

  it('a revocation inside a transaction drops the account once it commits: a read while it runs does not outlive it', async () => {
    const here = await start();
    const omar = await account('Omar Haddad');
    expect((await here.versions.current(omar))?.version).toBe(0);
    await here.dataSource.transaction(async (manager) => {
      await here.versions.revoke(omar, manager);
      // Not committed: this process still reads (and may remember) version 0.
      expect((await here.versions.current(omar))?.version).toBe(0);
    });
    // Before the notification of the commit can arrive: the commit itself dropped it.
    expect((await here.versions.current(omar))?.version).toBe(1);
  });
});
