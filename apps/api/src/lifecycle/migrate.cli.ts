import { connectDatabase, POOL_TIMEOUTS, type DatabaseConnection } from '@recours/database';
import { createConfiguredEventStore } from '@recours/event-store';
import { createConfiguredFileStorage } from '@recours/file-storage';
import { migrateNotifications } from '@recours/notifications';
import { migrateReadModels, readModelsDataSourceOptions } from '@recours/read-models';
import { openAccountsDataSource } from '../accounts/accounts-data-source';
import { Uploads } from '../files/uploads';
import { runCommandLine } from './command-line';

/**
 * Every schema a recours process migrates as it starts, each as that process does it (under its
 * advisory lock, on a connection without query_timeout), then closed: opening is migrating.
 */
export const SCHEMAS: readonly { name: string; migrate(env: NodeJS.ProcessEnv, connection: DatabaseConnection): Promise<void> }[] = [
  { name: 'subject keys and event store', migrate: async (env, connection) => (await createConfiguredEventStore(env, connection)).close() },
  { name: 'accounts', migrate: async (_env, connection) => (await openAccountsDataSource(connection.url)).destroy() },
  { name: 'read models', migrate: (_env, connection) => migrateReadModels(readModelsDataSourceOptions(connection.url, 1)) },
  { name: 'notifications', migrate: (_env, connection) => migrateNotifications(connection.url) },
  { name: 'file storage', migrate: async (env, connection) => (await createConfiguredFileStorage(env, connection)).close() },
  { name: 'evidence files', migrate: async (_env, connection) => (await Uploads.open(connection.url, POOL_TIMEOUTS)).close() },
];

/**
 * `npm run migrate`, and the `migrate` init container of every Deployment in infra/k8s: brings
 * every schema up to date, then exits. Run before the processes start, a migration may take as
 * long as it needs: no probe watches an init container, while a process migrating as it starts
 * answers none of its probes and is killed past them (docs/operations.md, "Upgrades"). The
 * processes then find nothing left to do. With the same environment as the processes (DATABASE_URL,
 * DATA_KEY, EVENT_STORE, FILE_STORAGE); as the event store's owner where the application's role
 * may not change it (docs/architecture.md, "An application role that cannot rewrite events").
 */
async function main(): Promise<number> {
  const connection = await connectDatabase(process.env, (message) => console.error(message));
  try {
    for (const schema of SCHEMAS) {
      const started = Date.now();
      await schema.migrate(process.env, connection);
      console.log(JSON.stringify({ level: 'info', msg: 'schema up to date', schema: schema.name, ms: Date.now() - started }));
    }
    return 0;
  } finally {
    await connection.stop();
  }
}

if (require.main === module) runCommandLine(main, (message) => JSON.stringify({ level: 'fatal', msg: 'migrations failed (each schema that failed is as it was: run them again)', error: message }));
