export * from './database-config';
export * from './database.module';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';
export { clearStaleServer } from './stale-server';
export { findFreePort } from './free-port';
