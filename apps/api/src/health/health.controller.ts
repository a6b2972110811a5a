import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ProjectionsHealthIndicator } from '@recours/read-models';
import { DatabaseHealthIndicator } from './database.health';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    // The database first: when it is down, the projections' lag cannot be read either.
    return this.health.check([() => this.database.check(), () => this.projections.check()]);
  }
}
