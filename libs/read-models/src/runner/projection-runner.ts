import type { EventFilter, EventStore, RecordedEvent } from '@recours/event-store';
import { observeProjectionBatch, projectionFailedAttempts, projectionFailures } from '@recours/observability';
import type { Client } from 'pg';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import { CheckpointMovedError, ensureCheckpoint, readVersion, storeVersion, type Checkpoint } from './checkpoints';
import { commitBatch } from './commit-batch';
import { eventPages } from './event-pages';
import { backoff, describeFailure, isConnectionLost, LeaseLostError, ProjectionBatchError, reasonOf } from './failures';
import { LruCache } from './lru-cache';
import { filterOf, type Projection } from './projection';
import { tryTakeLease } from './projection-lease';
import { SILENT_LOGGER, type RunnerLogger } from './runner-logger';
import { leaseLoop, watchLease } from './lease-loop';
import { LiveTail, TailFollower } from './live-tail';
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
  /** Pause after a failure before starting again from the checkpoint (default 1 s); doubled at each failed attempt on the same events. */
  failureRetryMs?: number;
  /** Longest pause between attempts on the same events (default 30 s). */
  failureRetryMaxMs?: number;
  /** How often the lease connection is asked `SELECT 1` while the runner is on the live tail (default 5 s). */
  leasePingMs?: number;
  /** How long that answer may take before the lease counts as lost (default 10 s). */
  leasePingTimeoutMs?: number;
  /**
   * How long any statement on the lease connection may go unanswered (default 2 min) before the
   * connection counts as lost. Catching up, the batches' statements go on that connection, where
   * no ping runs: one sent into a connection that went silent would otherwise wait forever.
   */
  leaseQueryTimeoutMs?: number;
  /** Rows a projection keeps in memory between batches, e.g. dispute states (default 10,000). */
  cacheSize?: number;
  logger?: RunnerLogger;
}

/** A catch-up batch's statement runs in seconds at most (a page of 500 events, a cache's 10,000 rows written back). */
const LEASE_QUERY_TIMEOUT_MS = 120_000;

/**
 * Keeps one projection up to date. Only the runner holding the projection's lease applies
 * events; the others stand by and take over when it goes. The leader catches up page by page
 * (reading the next page while writing the current one), then joins the live tail, which the
 * runners of a Projector share: one read and one transaction per batch for all the projections
 * that have caught up. Any failure ends the leadership; it starts again from the checkpoint.
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
  private follower: TailFollower | undefined;
  private readonly tail: LiveTail;
  private newerWarned = false;
  /** Whether the tail is this runner's own (no Projector's): then it closes it when it stops. */
  private readonly ownTail: boolean;
  /** Failures since start (a batch that threw, a lost connection): for logs and tests. */
  failures = 0;
  /**
   * The events that failed, while attempts on them keep failing: attempts in a row, and their
   * positions. Cleared once the checkpoint moves past `to`.
   */
  private stuck: { attempts: number; from: bigint; to: bigint } | undefined;

  /** `tail`: the live tail shared with the other runners of the process (by default one of its own). */
  constructor(
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions,
    tail?: LiveTail,
  ) {
    this.schema = options.schema ?? READ_MODELS_SCHEMA;
    this.batchSize = options.batchSize ?? 500;
    this.filter = filterOf(projection);
    this.logger = options.logger ?? SILENT_LOGGER;
    this.ownTail = tail === undefined;
    this.tail = tail ?? new LiveTail(liveTailOptions(options), (message) => this.logger.warn(message));
  }

  /** While attempts on the same events keep failing: how many in a row, and the position of the first event they failed on. */
  get failing(): { attempts: number; position: bigint } | undefined {
    return this.stuck && { attempts: this.stuck.attempts, position: this.stuck.from };
  }

  get name(): string {
    return this.projection.name;
  }

  /** True while this runner holds the lease and applies events. */
  get isLeading(): boolean {
    return this.leading;
  }

  /** True while leading, caught up, and applying new events with the live tail. */
  get isLive(): boolean {
    return this.leading && this.follower !== undefined && this.follower.failure === undefined;
  }

  /** While leading: every matching event up to here is applied (filtered-out events skipped). */
  get position(): bigint | undefined {
    if (!this.leading) return undefined;
    const follower = this.follower;
    return follower && follower.failure === undefined ? follower.applied : this.caughtUpTo;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.notify();
    await this.loop;
    // A Projector closes the tail it shares; a runner on its own closes its own (its connection).
    if (this.ownTail) await this.tail.close();
  }

  /** Resolves true once this runner has applied everything up to `position`; false on timeout, when stopping, or once `signal` aborts. */
  async waitFor(position: bigint, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.position;
      if (current !== undefined && current >= position) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.stopping.signal.aborted || signal?.aborted) return false;
      // Woken by each commit of this projection (catching up, or the tail's), and by leadership changes.
      await this.nextChange(Math.min(remaining, 50), signal);
    }
  }

  private run(): Promise<void> {
    return leaseLoop({
      connectionString: this.options.connectionString,
      applicationName: `recours-projection:${this.name}`,
      queryTimeoutMs: this.options.leaseQueryTimeoutMs ?? LEASE_QUERY_TIMEOUT_MS,
      stopping: this.stopping.signal,
      takeLease: (client) => this.takeLease(client),
      lead: (client, lost) => this.lead(client, lost),
      failed: (error) => this.failed(error),
      released: () => {
        this.leading = false;
        this.follower = undefined;
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
      if (!waiting && this.stuck) {
        // Its attempts are the leader's now: this process reports none.
        this.stuck = undefined;
        projectionFailedAttempts.set({ projection: this.name }, 0);
      }
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

    const stopped = new Promise<boolean>((resolve) => this.stopping.signal.addEventListener('abort', () => resolve(false), { once: true }));
    for (;;) {
      checkpoint = await this.catchUp(client, checkpoint, cache);
      if (this.stopping.signal.aborted) return;
      const follower = new TailFollower(this.projection, checkpoint, this.caughtUpTo, cache, () => this.notify());
      // On the tail the lease connection carries nothing: ask it now and then whether it still answers.
      const idle = new AbortController();
      const leaseAnswers = watchLease(client, this.options.leasePingMs ?? 5_000, this.options.leasePingTimeoutMs ?? 10_000, idle.signal);
      try {
        if (await Promise.race([this.tail.join(follower), lost, stopped, leaseAnswers])) {
          this.follower = follower;
          this.notify();
          await Promise.race([follower.failed, lost, stopped, leaseAnswers]);
          return;
        }
      } finally {
        idle.abort();
        this.follower = undefined;
        await this.tail.leave(follower);
      }
      // The tail had already read past this projection: read on to there, and join again.
    }
  }

  /** Applies the pages after `caughtUpTo` until a short page says there is nothing more to read now. */
  private async catchUp(client: Client, checkpoint: Checkpoint, cache: LruCache<string, unknown>): Promise<Checkpoint> {
    // After a batch failed, its events go one per transaction: those before the one that fails
    // are applied, and that one is named exactly in the next failure's log.
    while (this.stuck && !this.stopping.signal.aborted && (this.caughtUpTo === undefined || this.caughtUpTo < this.stuck.to)) {
      const { events } = await this.options.store.readAll({ after: this.caughtUpTo, maxCount: 1, filter: this.filter });
      if (events.length === 0) break;
      const position = events[0].globalPosition;
      checkpoint = await this.apply(client, checkpoint, events, position, cache);
      this.caughtUpTo = position;
      this.passed(position);
      this.notify();
    }
    for await (const page of eventPages(this.options.store, this.caughtUpTo, this.filter, this.batchSize)) {
      if (this.stopping.signal.aborted) break;
      if (page.events.length > 0) {
        // page.position may lie past the last event (filtered-out events skipped): storing it
        // spares the next start a rescan.
        checkpoint = await this.apply(client, checkpoint, page.events, page.position!, cache);
      }
      if (page.position !== undefined) this.caughtUpTo = page.position;
      if (page.events.length > 0 && page.position !== undefined) this.passed(page.position);
      this.notify();
    }
    return checkpoint;
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

  /** The checkpoint moved to `position`: attempts on the events that failed are over once it is past them. */
  private passed(position: bigint): void {
    if (!this.stuck || position < this.stuck.to) return;
    this.logger.log(`projection ${this.name}: applied past position ${this.stuck.to} after ${this.stuck.attempts} failed attempts`);
    this.stuck = undefined;
    projectionFailedAttempts.set({ projection: this.name }, 0);
  }

  /**
   * Logs a failure (one line per attempt: the projection, where, why; no personal data) and
   * answers how long to pause before starting again: `failureRetryMs`, doubled at each attempt
   * in a row that fails on the same events, up to `failureRetryMaxMs`. Those events are never
   * skipped: the projection stays behind them, which its lag and its failed attempts show.
   */
  private failed(error: unknown): number {
    const base = this.options.failureRetryMs ?? 1_000;
    if (error instanceof CheckpointMovedError || isLockTimeout(reasonOf(error))) {
      // A rebuild swapped the tables in, or another runner went ahead: start again from there.
      // Or a lock held elsewhere set it apart from the live tail: wait for it on its own connection.
      this.logger.warn(`projection ${this.name}: ${describeFailure(error)}; starting again from the stored checkpoint`);
      return 0;
    }
    if (error instanceof LeaseLostError) {
      // Whoever holds the lease now leads; this process takes it again if nobody does.
      this.logger.warn(`projection ${this.name}: ${error.message}; stopped leading, taking the lease again`);
      return 0;
    }
    this.failures++;
    projectionFailures.inc({ projection: this.name });
    if (!(error instanceof ProjectionBatchError) || isConnectionLost(error)) {
      // The connection or the store failed, not these events: no backoff on their account.
      this.logger.error(`projection ${this.name} stopped: ${describeFailure(reasonOf(error))}; starting again from the stored checkpoint in ${base} ms`);
      return base;
    }
    const attempts = (this.stuck?.attempts ?? 0) + 1;
    this.stuck = { attempts, from: error.from, to: error.to };
    projectionFailedAttempts.set({ projection: this.name }, attempts);
    const pause = backoff(attempts, base, this.options.failureRetryMaxMs ?? 30_000);
    this.logger.error(
      `projection ${this.name}: attempt ${attempts} failed on the ${error.where}: ${describeFailure(error.reason)}; trying again from the stored checkpoint in ${pause} ms`,
    );
    return pause;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private nextChange(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.listeners.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

/** lock_not_available: only the live tail's connection has a lock_timeout. */
const isLockTimeout = (error: unknown): boolean => (error as { code?: unknown } | undefined)?.code === '55P03';

/** What the live tail of a runner's process needs from the runner's options. */
export const liveTailOptions = (options: ProjectionRunnerOptions) => ({
  store: options.store,
  connectionString: options.connectionString,
  schema: options.schema ?? READ_MODELS_SCHEMA,
  batchSize: options.batchSize ?? 500,
  cacheSize: options.cacheSize ?? 10_000,
});
