import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { DatabaseHealthIndicator, probeFailure } from '@recours/database';
import { EventStoreHealthIndicator } from '@recours/event-store';
import { answerWithin, Draining } from '@recours/observability';
import { MigrationExecutor, type DataSource } from 'typeorm';
import { READ_MODELS_DATA_SOURCE } from '../read-models.module';
import { ProjectionsHealthIndicator } from './projections-health.indicator';

/**
 * Ready to work, for /health/ready in every process: not shutting down, the read models'
 * migrations applied, PostgreSQL and the event store answering, every projection within its lag
 * bound. Throws ServiceUnavailableException (503, with the details) otherwise. Provide it, with
 * the three indicators, in a module that imports TerminusModule.
 */
@Injectable()
export class Readiness {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseHealthIndicator,
    private readonly store: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
    private readonly draining: Draining,
    @Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  check(): Promise<HealthCheckResult> {
    if (this.draining.active) {
      throw new ServiceUnavailableException({ status: 'error', info: {}, error: { shutdown: { status: 'down', message: 'shutting down: finishing what is in flight' } }, details: {} });
    }
    // The database first: when it is down, neither the migrations nor the lag can be read.
    return this.health.check([() => this.database.check(), () => this.migrations(), () => this.store.check(), () => this.projections.check()]);
  }

  private async migrations() {
    const indicator = this.indicators.check('migrations');
    try {
      const pending = await answerWithin(new MigrationExecutor(this.dataSource).getPendingMigrations(), 1_500);
      return pending.length === 0 ? indicator.up() : indicator.down({ pending: pending.map((m) => m.name) });
    } catch (error) {
      return indicator.down({ message: probeFailure('The migrations table', error) });
    }
  }
}
