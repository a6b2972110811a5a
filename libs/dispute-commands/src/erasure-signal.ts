import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { PERSONAL_DATA_ERASED } from '@recours/disputes';
import { EVENT_STORE, type EventStore, type Subscription } from '@recours/event-store';

const RETRY_MS = 1_000;

/**
 * Tells this process's caches of folded disputes (the command path's histories, the live views)
 * that someone's words were erased (PersonalDataErased, recorded once her key is gone): they
 * held those words in clear and must read their disputes again. Follows the store from its head:
 * a process that starts later has nothing cached from before. While it cannot follow (the
 * database is away), it tells them to forget everything each time it starts again.
 */
@Injectable()
export class ErasureSignal implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ErasureSignal');
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | undefined;
  private closed = false;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onModuleInit(): void {
    void this.follow();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.subscription?.stop();
  }

  /** Calls `listener` at each erasure; answers how to stop. */
  onErasure(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  erased(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private async follow(): Promise<void> {
    while (!this.closed) {
      try {
        const head = await this.store.headPosition();
        this.subscription = this.store.subscribe({ after: head, filter: { eventTypes: [PERSONAL_DATA_ERASED] } }, async () => this.erased());
        await this.subscription.done;
        return; // stopped
      } catch (error) {
        if (this.closed) return;
        this.logger.warn(`not following erasures for now: ${(error as Error).message}`);
        this.erased(); // any missed meanwhile: nothing cached is trusted
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  }
}
