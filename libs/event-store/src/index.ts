export * from './event-store.port';
export * from './errors';
export { CatchUpSubscription, type ChangeSignal } from './catch-up-subscription';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { PostgresCheckpointStore } from './postgres/postgres-checkpoint-store';
export { isConnectionFailure } from './postgres/postgres-errors';
export { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
export { EventStoreModule, createConfiguredEventStore } from './event-store.module';
