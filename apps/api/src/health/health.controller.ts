import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from '@recours/database';
import { ProjectionsHealthIndicator, Readiness } from '@recours/read-models';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
    private readonly readiness: Readiness,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    // The database first: when it is down, the projections' lag cannot be read either.
    return this.health.check([() => this.database.check(), () => this.projections.check()]);
  }

  /** The process answers: nothing is asked of the database (a liveness probe restarts on failure). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready for traffic: see Readiness; 503 while shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.readiness.check();
  }
}
