import type { EventFilter, EventStore, RecordedEvent, Subscription } from '@recours/event-store';
import { observeProjectionBatch, projectionFailures } from '@recours/observability';
import type { Client } from 'pg';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import { CheckpointMovedError, ensureCheckpoint, readVersion, storeVersion, type Checkpoint } from './checkpoints';
import { commitBatch } from './commit-batch';
import { eventPages } from './event-pages';
import { LruCache } from './lru-cache';
import { filterOf, type Projection } from './projection';
import { tryTakeLease } from './projection-lease';
import { SILENT_LOGGER, type RunnerLogger } from './runner-logger';
import { leaseLoop } from './lease-loop';
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
  private newerWarned = false;
  /** Failures since start (a batch that threw, a lost connection): for logs and tests. */
  failures = 0;

  constructor(
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.schema = options.schema ?? READ_MODELS_SCHEMA;
    this.batchSize = options.batchSize ?? 500;
    this.filter = filterOf(projection);
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

  private run(): Promise<void> {
    return leaseLoop({
      connectionString: this.options.connectionString,
      applicationName: `recours-projection:${this.name}`,
      stopping: this.stopping.signal,
      takeLease: (client) => this.takeLease(client),
      lead: (client, lost) => this.lead(client, lost),
      failed: (error) => this.failed(error),
      released: () => {
        this.leading = false;
        this.live = undefined;
        this.notify();
      },
    });
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
    if (!(await this.tablesOfThisVersion(client))) return;
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
        checkpoint = await this.apply(client, checkpoint, page.events, page.position!, cache);
      }
      if (page.position !== undefined) this.caughtUpTo = page.position;
      this.notify();
    }

    const live = this.options.store.subscribe({ after: this.caughtUpTo, filter: this.filter, batchSize: this.batchSize }, async (events) => {
      checkpoint = await this.apply(client, checkpoint, events, events[events.length - 1].globalPosition, cache);
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

  /**
   * Brings the tables to this projection's version: a later version than the one that built them
   * rebuilds them (into shadow tables swapped in, while readers keep the old ones), holding the
   * lease so that no other runner writes meanwhile. Answers false when the tables are of a later
   * version than this process knows (an older release still running during a rollout): it must
   * not write them, so it lets the lease go and stands by.
   */
  private async tablesOfThisVersion(client: Client): Promise<boolean> {
    const version = this.projection.version ?? 1;
    const start = await ensureCheckpoint(client, this.schema, this.name, version);
    const built = await readVersion(client, this.schema, this.name);
    if (built > version) {
      if (!this.newerWarned) this.logger.warn(`projection ${this.name}: its tables are of version ${built}, this process runs version ${version}; standing by`);
      this.newerWarned = true;
      await sleep(this.options.standbyRetryMs ?? 1_000, this.stopping.signal);
      return false;
    }
    if (built === version) return true;
    if (start.position === undefined) {
      await storeVersion(client, this.schema, this.name, version); // nothing applied yet: nothing to rebuild
      return true;
    }
    this.logger.log(`projection ${this.name}: its tables are of version ${built}, this process runs version ${version}; rebuilding them`);
    await rebuildProjections({
      store: this.options.store,
      connectionString: this.options.connectionString,
      projections: [this.projection],
      schema: this.schema,
      logger: this.logger,
      waitForOtherRebuild: true,
      signal: this.stopping.signal,
    });
    return !this.stopping.signal.aborted;
  }

  /** One batch in one transaction, traced and counted. */
  private apply(client: Client, checkpoint: Checkpoint, events: RecordedEvent[], position: bigint, cache: LruCache<string, unknown>): Promise<Checkpoint> {
    return observeProjectionBatch(this.name, events, () => commitBatch(client, this.schema, this.projection, checkpoint, events, position, cache, this.options.store));
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
    projectionFailures.inc({ projection: this.name });
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
