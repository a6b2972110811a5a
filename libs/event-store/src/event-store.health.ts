import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { probeFailure } from '@recours/database';
import { EVENT_STORE, type EventStore } from './event-store.port';

/**
 * Does the event store answer? Asks for its head position (PostgreSQL or EventStoreDB alike),
 * bounded so that readiness answers 503 quickly rather than hanging. Provide it in a module that
 * imports TerminusModule.
 */
@Injectable()
export class EventStoreHealthIndicator {
  timeoutMs = 1_500;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async check(key = 'eventStore') {
    return await this.health
      .check(key)
      .attempt(async () => {
        const head = await this.store.headPosition().catch((error: unknown) => {
          throw new Error(probeFailure('The event store', error));
        });
        return { head: head?.toString() ?? null };
      })
      .withTimeout(this.timeoutMs);
  }
}
