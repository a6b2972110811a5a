import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Pool } from 'pg';
import { DATABASE_POOL } from './database.module';

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
        await this.pool.query('SELECT 1');
      })
      .withTimeout(this.timeoutMs);
  }
}
