import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { probeFailure } from '@recours/database';
import { answerWithin } from '@recours/observability';
import { ProjectionProgress } from './projection-progress';

/**
 * Terminus indicator: up while every projection is fewer than `maxEventsBehind` events behind
 * the store; the details carry each projection's lag either way. Provide it in a module that
 * imports TerminusModule (ProjectionProgress comes from the global ReadModelsModule).
 */
@Injectable()
export class ProjectionsHealthIndicator {
  /** Down from this many events behind (PROJECTIONS_MAX_LAG, default 1000). */
  maxEventsBehind = Number(process.env.PROJECTIONS_MAX_LAG ?? 1_000);

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly progress: ProjectionProgress,
  ) {}

  /** The lag is read from the database: a database that stops answering must not hang /health. */
  timeoutMs = 1_500;

  async check(key = 'projections') {
    const indicator = this.health.check(key);
    try {
      const lags = await answerWithin(this.progress.lag(), this.timeoutMs);
      const details = Object.fromEntries(
        lags.map((lag) => [
          lag.projection,
          {
            eventsBehind: lag.eventsBehind,
            atLeast: lag.atLeast,
            position: lag.position?.toString() ?? null,
            runningHere: lag.runningHere,
            // A poison event: the lag grows behind it while its attempts keep failing.
            ...(lag.failing && { failing: { attempts: lag.failing.attempts, position: lag.failing.position.toString() } }),
          },
        ]),
      );
      const behind = lags.filter((lag) => lag.eventsBehind >= this.maxEventsBehind).map((lag) => lag.projection);
      return behind.length === 0 ? indicator.up(details) : indicator.down({ ...details, message: `behind by ${this.maxEventsBehind} events or more: ${behind.join(', ')}` });
    } catch (error) {
      return indicator.down({ message: `lag unknown: ${probeFailure('The projections’ progress', error)}` });
    }
  }
}
