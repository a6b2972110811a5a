import type { EventFilter, EventStore, Subscription } from '@recours/event-store';
import { Client } from 'pg';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { CheckpointMovedError, ensureCheckpoint, type Checkpoint } from './checkpoints';
import { commitBatch } from './commit-batch';
import { eventPages } from './event-pages';
import { LruCache } from './lru-cache';
import type { Projection } from './projection';
import { tryTakeLease } from './projection-lease';
import { SILENT_LOGGER, type RunnerLogger } from './runner-logger';
import { sleep } from './sleep';

export interface ProjectionRunnerOptions {
  store: EventStore;
  /** The read models' database; each runner keeps one connection of its own (lease and writes). */
  connectionString: string;
  schema?: string;
  /** Most events per transaction (default 500). */
  batchSize?: number;
  /** How often a runner without the lease tries to take it (default 1 s). */
  standbyRetryMs?: number;
  /** Pause after a failure before starting again from the checkpoint (default 1 s). */
  failureRetryMs?: number;
  /** Rows a projection keeps in memory between batches, e.g. dispute states (default 10,000). */
  cacheSize?: number;
  logger?: RunnerLogger;
}

/**
 * Keeps one projection up to date. Only the runner holding the projection's lease applies
 * events; the others stand by and take over when it goes. The leader catches up page by page
 * (reading the next page while writing the current one), then follows the store's live
 * subscription. Any failure ends the leadership; it starts again from the checkpoint.
 */
export class ProjectionRunner {
  private readonly schema: string;
  private readonly batchSize: number;
  private readonly filter: EventFilter;
  private readonly logger: RunnerLogger;
  private readonly stopping = new AbortController();
  private readonly listeners = new Set<() => void>();
  private loop: Promise<void> | undefined;
  private leading = false;
  private caughtUpTo: bigint | undefined;
  private live: Subscription | undefined;
  /** Failures since start (a batch that threw, a lost connection): for logs and tests. */
  failures = 0;

  constructor(
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.schema = options.schema ?? READ_MODELS_SCHEMA;
    this.batchSize = options.batchSize ?? 500;
    this.filter = { streamPrefix: projection.streamPrefix, eventTypes: projection.eventTypes };
    this.logger = options.logger ?? SILENT_LOGGER;
  }

  get name(): string {
    return this.projection.name;
  }

  /** True while this runner holds the lease and applies events. */
  get isLeading(): boolean {
    return this.leading;
  }

  /** While leading: every matching event up to here is applied (filtered-out events skipped). */
  get position(): bigint | undefined {
    if (!this.leading) return undefined;
    return this.live?.position ?? this.caughtUpTo;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.notify();
    await this.loop;
  }

  /** Resolves true once this runner has applied everything up to `position`; false on timeout or when not leading. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.position;
      if (current !== undefined && current >= position) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.stopping.signal.aborted) return false;
      const live = this.live;
      if (live && this.leading && (await live.waitFor(position, remaining))) return true;
      if (live === this.live) await this.nextChange(Math.min(remaining, 50));
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      const client = new Client({ connectionString: this.options.connectionString, application_name: `recours-projection:${this.name}` });
      const lost = new Promise<never>((_, reject) => client.on('error', reject));
      lost.catch(() => undefined);
      let pause = 0;
      try {
        await client.connect();
        if (await this.takeLease(client)) await this.lead(client, lost);
      } catch (error) {
        if (!this.stopping.signal.aborted) pause = this.failed(error);
      } finally {
        this.leading = false;
        this.live = undefined;
        this.notify();
        await client.end().catch(() => undefined); // ending the connection releases the lease
      }
      if (pause) await sleep(pause, this.stopping.signal);
    }
  }

  private async takeLease(client: Client): Promise<boolean> {
    let waiting = false;
    while (!this.stopping.signal.aborted) {
      if (await tryTakeLease(client, this.schema, this.name)) {
        this.logger.log(`projection ${this.name}: leading`);
        return true;
      }
      if (!waiting) this.logger.log(`projection ${this.name}: another process leads it; standing by`);
      waiting = true;
      await sleep(this.options.standbyRetryMs ?? 1_000, this.stopping.signal);
    }
    return false;
  }

  private async lead(client: Client, lost: Promise<never>): Promise<void> {
    let checkpoint: Checkpoint = await ensureCheckpoint(client, this.schema, this.name);
    const cache = new LruCache<string, unknown>(this.options.cacheSize ?? 10_000);
    this.leading = true;
    this.caughtUpTo = checkpoint.position;
    this.notify();

    for await (const page of eventPages(this.options.store, checkpoint.position, this.filter, this.batchSize)) {
      if (this.stopping.signal.aborted) return;
      if (page.events.length > 0) {
        // page.position may lie past the last event (filtered-out events skipped): storing it
        // spares the next start a rescan.
        checkpoint = await commitBatch(client, this.schema, this.projection, checkpoint, page.events, page.position!, cache);
      }
      if (page.position !== undefined) this.caughtUpTo = page.position;
      this.notify();
    }

    const live = this.options.store.subscribe({ after: this.caughtUpTo, filter: this.filter, batchSize: this.batchSize }, async (events) => {
      checkpoint = await commitBatch(client, this.schema, this.projection, checkpoint, events, events[events.length - 1].globalPosition, cache);
    });
    this.live = live;
    this.notify();
    const stopped = new Promise<void>((resolve) => this.stopping.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      await Promise.race([live.done, lost, stopped]);
    } finally {
      this.live = undefined;
      await live.stop();
    }
  }

  /** Logs a failure and answers how long to pause before starting again. */
  private failed(error: unknown): number {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof CheckpointMovedError) {
      // A rebuild swapped the tables in, or another runner went ahead: start again from there.
      this.logger.warn(`projection ${this.name}: ${message}; starting again from the stored checkpoint`);
      return 0;
    }
    this.failures++;
    const pause = this.options.failureRetryMs ?? 1_000;
    this.logger.error(`projection ${this.name} stopped: ${message}; starting again from the stored checkpoint in ${pause} ms`);
    return pause;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private nextChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.listeners.add(done);
    });
  }
}
