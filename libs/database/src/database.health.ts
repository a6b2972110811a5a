import { Inject, Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Pool } from 'pg';
import { DATABASE_POOL } from './database.module';

const logger = new Logger('Health');

/**
 * What a failed health probe answers, the one wording of every probe of every process: that it
 * failed, never the driver's text, which can name the database's host and port, the database and
 * the role. /health is served on the API's public port, and GraphQL answers the same outage
 * UNAVAILABLE without that text (apps/api/src/graphql/format-error.ts). The text is logged.
 */
export function probeFailure(probe: string, error: unknown): string {
  logger.warn({ msg: 'a health probe failed', probe, error: error instanceof Error ? error.message : String(error) });
  return `${probe} did not answer (the reason is logged)`;
}

/**
 * Is PostgreSQL answering? Bounded, so /health answers 503 quickly rather than hanging.
 * Provide it in a module that imports TerminusModule.
 */
@Injectable()
export class DatabaseHealthIndicator {
  timeoutMs = 1_500;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async check(key = 'database') {
    return await this.health
      .check(key)
      .attempt(async () => {
        await this.pool.query('SELECT 1').catch((error: unknown) => {
          throw new Error(probeFailure('PostgreSQL', error));
        });
      })
      .withTimeout(this.timeoutMs);
  }
}
