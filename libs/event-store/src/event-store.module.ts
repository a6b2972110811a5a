import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONNECTION, POOL_TIMEOUTS, type DatabaseConnection } from '@recours/database';
import { EVENT_STORE, type EventStore } from './event-store.port';
import { masterKeysFromEnv } from './encryption/master-key';
import { PostgresSubjectKeys, type SubjectKeyRing } from './encryption/subject-keys';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { ObservedEventStore } from './observed-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

/**
 * Which adapter runs: EVENT_STORE=postgres (default) or EVENT_STORE=eventstoredb with
 * EVENTSTORE_URL. Either way personal fields are sealed with the data subjects' keys, kept in
 * PostgreSQL (keys.subject_keys) and wrapped by the master key (DATA_KEY).
 */
export async function createConfiguredEventStore(env: NodeJS.ProcessEnv, connection: DatabaseConnection, given?: PostgresSubjectKeys): Promise<EventStore> {
  const kind = env.EVENT_STORE ?? 'postgres';
  if (kind !== 'postgres' && kind !== 'eventstoredb') throw new Error(`EVENT_STORE must be "postgres" or "eventstoredb", not "${kind}"`);
  if (kind === 'eventstoredb' && !env.EVENTSTORE_URL) throw new Error('EVENT_STORE=eventstoredb needs EVENTSTORE_URL (esdb://host:2113?tls=false)');
  const keys = given ?? (await startSubjectKeys(env, connection));
  try {
    if (kind === 'postgres') return new ObservedEventStore(await PostgresEventStore.start({ connectionString: connection.url, pool: POOL_TIMEOUTS, keys }), kind);
    return new ObservedEventStore(await EventStoreDbEventStore.start(env.EVENTSTORE_URL as string, { keys }), kind);
  } catch (error) {
    await keys.close();
    throw error;
  }
}

/** The data subjects' keys (keys.subject_keys), wrapped by DATA_KEY. */
export function startSubjectKeys(env: NodeJS.ProcessEnv, connection: DatabaseConnection): Promise<PostgresSubjectKeys> {
  const { current, previous } = masterKeysFromEnv(env);
  return PostgresSubjectKeys.start({ connectionString: connection.url, master: current, previous, pool: POOL_TIMEOUTS });
}

/** Injection token of the key ring the event store seals with: what erasure destroys keys in (the store closes it). */
export const SUBJECT_KEYS = Symbol.for('recours.SubjectKeys');

@Global()
@Module({
  providers: [
    { provide: SUBJECT_KEYS, inject: [DATABASE_CONNECTION], useFactory: (connection: DatabaseConnection): Promise<SubjectKeyRing> => startSubjectKeys(process.env, connection) },
    {
      provide: EVENT_STORE,
      inject: [DATABASE_CONNECTION, SUBJECT_KEYS],
      useFactory: async (connection: DatabaseConnection, keys: PostgresSubjectKeys) => {
        const store = await createConfiguredEventStore(process.env, connection, keys);
        new Logger('EventStore').log(`event store: ${process.env.EVENT_STORE ?? 'postgres'}`);
        return store;
      },
    },
  ],
  exports: [EVENT_STORE, SUBJECT_KEYS],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
