import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { openPool } from './open-pool';
import { connectDatabase, type DatabaseConnection } from './database-config';
import { endPool } from './end-pool';

/** The resolved connection (DATABASE_URL or the embedded server). */
export const DATABASE_CONNECTION = Symbol.for('recours.DatabaseConnection');
/** A small pool for health checks and administrative queries. */
export const DATABASE_POOL = Symbol.for('recours.DatabasePool');

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      // Read the environment here, not at import time: tests set it after importing.
      useFactory: () => {
        const logger = new Logger('Database');
        return connectDatabase(process.env, (message) => logger.log(message));
      },
    },
    {
      provide: DATABASE_POOL,
      inject: [DATABASE_CONNECTION],
      useFactory: (connection: DatabaseConnection) => {
        return openPool({ connectionString: connection.url, max: 2, connectionTimeoutMillis: 2_000, application_name: 'recours-health' });
      },
    },
  ],
  exports: [DATABASE_CONNECTION, DATABASE_POOL],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await endPool(this.pool).catch(() => undefined);
    await this.connection.stop();
  }
}
