import { createTestDatabase, TEST_DATA_KEY, type TestDatabase } from '@recours/testing';
import { assertBuilt, MIGRATE_MAIN, RecoursProcess, startApi, startNotifier, startProjector } from './support/processes';

/*
 * `npm run migrate` (the init container of every Deployment in infra/k8s) must leave nothing for
 * the processes to do as they start: a schema it forgot would be migrated by a process under its
 * probes again, the very thing it is there to avoid. So: migrate a new database with it alone,
 * describe every schema object and every migration recorded, start the API, the projector and
 * the notifier on it, and describe it again: the same.
 */

let database: TestDatabase;
const started: RecoursProcess[] = [];

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase('migrate_command');
});

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop()));
  await database?.drop();
});

/** Every table, column, index, sequence, view and function outside PostgreSQL's own schemas, and the rows of every migrations table. */
async function describeSchemas(): Promise<string[]> {
  const objects = await database.query(`
    SELECT format('%s %s.%s', c.relkind, n.nspname, c.relname) AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%'
    UNION ALL
    SELECT format('column %s.%s.%s %s %s %s', table_schema, table_name, column_name, data_type, is_nullable, column_default) FROM information_schema.columns
     WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT format('index %s.%s %s', schemaname, indexname, indexdef) FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT format('function %s.%s', n.nspname, p.proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT format('trigger %s on %s', tgname, tgrelid::regclass) FROM pg_trigger WHERE NOT tgisinternal`);
  const lines = objects.map((row) => String(row.line));
  const migrationTables = await database.query(`SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables WHERE table_name LIKE '%migrations' AND table_schema NOT IN ('pg_catalog', 'information_schema')`);
  for (const { name } of migrationTables) {
    for (const row of await database.query(`SELECT to_jsonb(m) - 'applied_at' - 'timestamp' AS row FROM ${String(name)} m`)) lines.push(`migration ${String(name)} ${JSON.stringify(row.row)}`);
  }
  return lines.sort();
}

it('migrates every schema the processes use, so that they start with nothing left to migrate', async () => {
  const migrate = RecoursProcess.start('migrate', MIGRATE_MAIN, { DATABASE_URL: database.url, DATA_KEY: TEST_DATA_KEY });
  const code = await migrate.exited;
  expect({ code, output: migrate.output }).toEqual({ code: 0, output: expect.stringContaining('"schema":"evidence files"') });
  const migrated = await describeSchemas();
  expect(migrated.filter((line) => line.startsWith('migration ')).length).toBeGreaterThan(40);

  const api = await startApi(database.url);
  started.push(api.process);
  started.push(await startProjector('projector', database.url));
  started.push(await startNotifier('notifier', database.url));

  expect(await describeSchemas()).toEqual(migrated);
}, 120_000);
