export * from './database-config';
export * from './database.module';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded/embedded-database';
export { clearStaleServer } from './embedded/stale-server';
export { findFreePort } from './free-port';
export { postgresBinaries, type PostgresBinaries } from './embedded/postgres-binaries';
export { serverAccount, type ServerAccount } from './embedded/server-account';
export { DatabaseHealthIndicator } from './database.health';
export { resolveSecret, type SecretSource } from './secrets';
