import type { EventStore, RecordedEvent, Subscription } from '@recours/event-store';
import { observeProjectionBatch } from '@recours/observability';
import { Client } from 'pg';
import { announceAppliedSql } from '../progress/applied-announcement';
import { CheckpointMovedError, lockCheckpointsSql, lockedCheckpoints, sameCheckpoint, storeCheckpointsSql, type Checkpoint, type CheckpointRow } from './checkpoints';
import { commitBatch } from './commit-batch';
import { describeFailure, isConnectionLost, SharedBatchError } from './failures';
import { LruCache } from './lru-cache';
import { applyInOrder, handles, type Projection } from './projection';
import { LEASE_KEEPALIVE } from './lease-loop';
import { sleep } from './sleep';
import { inBatchTransaction } from './transaction';

/**
 * The tail writes every live projection of the process: a lock held elsewhere (a rebuild's swap,
 * a stuck row) must set one projection apart, its runner waiting on its own connection, not hold
 * up all of them. A swap holds a checkpoint only briefly, so a few seconds tell waiting from stuck.
 */
export const TAIL_LOCK_TIMEOUT_MS = 3_000;
/** Bounds any one statement of a batch on the tail (a hung projection fails alone and starts again). */
export const TAIL_STATEMENT_TIMEOUT_MS = 30_000;
/** Bounds connecting, so that a server that does not answer fails the batch rather than hanging it. */
export const TAIL_CONNECT_TIMEOUT_MS = 10_000;
/**
 * Pauses before each new connection when the tail's connection is lost during a batch: a blip
 * (a connection cut, a failover) costs the batch one more try, not every runner's leadership;
 * past the last, the followers fail and their runners start again from their checkpoints.
 */
export const TAIL_RECONNECT_PAUSES_MS = [0, 250, 1_000] as const;
/** What the tail's connection is called in pg_stat_activity. */
export const TAIL_APPLICATION_NAME = 'recours-projection-tail';

export interface LiveTailOptions {
  store: EventStore;
  connectionString: string;
  schema: string;
  /** Most events per batch. */
  batchSize: number;
  /** Rows each projection keeps in memory between batches. */
  cacheSize: number;
}

/** A projection that follows the tail, led by a runner of this process (which holds its lease). */
export class TailFollower {
  /** Every event up to here is applied (at or past the checkpoint's position). */
  applied: bigint | undefined;
  /** Set once the follower failed: its runner starts again from the stored checkpoint. */
  failure: unknown;
  /** Rejects with the failure; never resolves. */
  readonly failed: Promise<never>;
  private reject!: (error: unknown) => void;

  constructor(
    readonly projection: Projection,
    /** The checkpoint as last committed: compared under lock before each write. */
    public checkpoint: Checkpoint,
    from: bigint | undefined,
    public cache: LruCache<string, unknown>,
    /** Called whenever `applied` moves. */
    private readonly moved: () => void,
  ) {
    this.applied = from;
    this.failed = new Promise<never>((_, reject) => (this.reject = reject));
    this.failed.catch(() => undefined);
  }

  get name(): string {
    return this.projection.name;
  }

  /** The events of a batch this projection handles and has not applied yet. */
  due(events: readonly RecordedEvent[]): RecordedEvent[] {
    const after = this.applied;
    return events.filter((event) => (after === undefined || event.globalPosition > after) && handles(this.projection, event));
  }

  advance(position: bigint): void {
    if (this.failure !== undefined) return;
    if (this.applied === undefined || position > this.applied) this.applied = position;
    this.moved();
  }

  fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error ?? new Error(`${this.name} failed`);
    this.reject(this.failure);
    this.moved();
  }
}

interface TailConnection {
  client: Client;
  ready: Promise<Client>;
}

interface TailRun {
  subscription: Subscription;
  /** Where the subscription started: its position until it reports one. */
  startedAfter: bigint | undefined;
  connection?: TailConnection;
  /** The batch being applied, if any. */
  batch?: Promise<void>;
}

interface Joining {
  follower: TailFollower;
  admitted(joined: boolean): void;
}

/**
 * The live tail of the log, read once for every projection of this process that has caught up:
 * each batch of new events is applied by all of them in one transaction, with all their
 * checkpoints, so a batch costs one commit however many projections there are, and a writer
 * waiting for its event is woken as soon as that commit returns.
 *
 * Each projection is still led by its own runner, which holds its lease, catches up on its own
 * and then joins the tail; a projection whose write fails is set apart without losing the
 * others' batch: the batch is rolled back and applied again one projection per transaction,
 * each checkpoint moving with its own rows, and the failing one's runner starts again from its
 * checkpoint (as it would alone).
 */
export class LiveTail {
  private readonly followers = new Set<TailFollower>();
  private readonly joining: Joining[] = [];
  private run: TailRun | undefined;
  /** Set while a batch is applied, and until the subscription has moved past it. */
  private busy: object | undefined;

  constructor(
    private readonly options: LiveTailOptions,
    /** Says why a shared transaction was rolled back (each projection is then applied alone). */
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /**
   * Adds a projection that has applied every event up to `follower.applied`. Answers false when
   * the tail has already read past that point: the runner reads on to catch up, and joins again.
   */
  join(follower: TailFollower): Promise<boolean> {
    return new Promise((admitted) => {
      this.joining.push({ follower, admitted });
      this.admit();
    });
  }

  /** Takes a follower out; resolves once a batch that may include it has ended (its runner then lets its lease go). */
  async leave(follower: TailFollower): Promise<void> {
    this.followers.delete(follower);
    const waiting = this.joining.findIndex((j) => j.follower === follower);
    if (waiting >= 0) this.joining.splice(waiting, 1)[0].admitted(false);
    const run = this.run;
    await run?.batch?.catch(() => undefined);
    if (run && this.run === run && this.followers.size === 0 && this.joining.length === 0) {
      this.run = undefined;
      await this.end(run);
    }
  }

  async close(): Promise<void> {
    for (const follower of this.followers) follower.fail(new Error('the projector stopped'));
    this.followers.clear();
    const run = this.run;
    this.run = undefined;
    if (run) await this.end(run);
  }

  /**
   * Lets in those waiting to join, between batches only: while a batch is applied, the position
   * the next batch starts after is not known yet.
   */
  private admit(): void {
    if (this.busy) return;
    for (const { follower, admitted } of this.joining.splice(0)) {
      if (follower.failure !== undefined) {
        admitted(false);
        continue;
      }
      const run = (this.run ??= this.start(follower.applied));
      const next = run.subscription.position ?? run.startedAfter;
      // Events up to `next` were handed out before it joined: it must have applied them already.
      const joins = next === undefined || (follower.applied !== undefined && follower.applied >= next);
      if (joins) this.followers.add(follower);
      admitted(joins);
    }
  }

  private start(after: bigint | undefined): TailRun {
    const run: TailRun = { startedAfter: after } as TailRun;
    // No filter: every event reaches the batch, so every follower's position passes every event,
    // including those no projection handles.
    run.subscription = this.options.store.subscribe({ after, batchSize: this.options.batchSize }, (events) => this.handle(run, events));
    run.subscription.done.catch((error) => {
      void this.end(run);
      if (this.run !== run) return;
      // The store or the connection failed: every follower's runner starts again from its checkpoint.
      this.run = undefined;
      for (const follower of this.followers) follower.fail(error);
      this.followers.clear();
    });
    return run;
  }

  private async handle(run: TailRun, events: RecordedEvent[]): Promise<void> {
    if (this.run !== run) return;
    const token = {};
    this.busy = token;
    run.batch = this.apply(run, events);
    try {
      await run.batch;
    } finally {
      // The subscription moves its position after this returns: joining waits until then.
      setImmediate(() => {
        if (this.busy !== token) return;
        this.busy = undefined;
        this.admit();
      });
    }
  }

  private async apply(run: TailRun, events: RecordedEvent[]): Promise<void> {
    const end = events[events.length - 1].globalPosition;
    // A follower that failed is out, even if its runner has not left yet: its stored checkpoint
    // still matches, so writing the next batch for it would skip the failed batch's events.
    const followers = [...this.followers].filter((follower) => follower.failure === undefined);
    const writes = followers.map((follower) => ({ follower, events: follower.due(events) })).filter((write) => write.events.length > 0);
    const announced = writes.length > 0 && (await this.write(run, writes, end, followers));
    for (const follower of followers) follower.advance(end);
    // A batch with nothing to write (or written one projection at a time) is announced on its own.
    if (!announced) await this.announce(run, followers, end);
  }

  /**
   * Tells other processes (`PROJECTIONS_APPLIED_CHANNEL`) that these followers have passed `end`,
   * outside a batch's transaction. Best effort: a waiter that misses it is found by its poll.
   */
  private async announce(run: TailRun, followers: readonly TailFollower[], end: bigint): Promise<void> {
    const sql = announceAppliedSql({ position: end, projections: followers.filter((f) => f.failure === undefined).map((f) => f.name) });
    if (!sql || this.run !== run) return;
    try {
      await (await this.connection(run)).query(sql);
    } catch {
      // The connection's loss is the next batch's to handle.
    }
  }

  /**
   * Commits the batch on the tail's connection. When that connection is lost, on a new one, the
   * batch again for those still to write: whether a COMMIT whose answer was lost went through
   * is read from the checkpoints (`commit`'s `resumed`), so nothing is applied twice. True when
   * the batch's commit announced it (`announceAppliedSql`) for every follower still in.
   */
  private async write(run: TailRun, writes: Write[], end: bigint, followers: readonly TailFollower[]): Promise<boolean> {
    // Batches already traced and counted are not counted again when applied again.
    const observed = new Set<TailFollower>();
    for (let attempt = 0; ; attempt++) {
      const pending = writes.filter((write) => write.follower.failure === undefined && !sameCheckpoint(write.follower.checkpoint, { position: end, epoch: write.follower.checkpoint.epoch }));
      if (pending.length === 0) return false;
      if (attempt > 0 && this.run !== run) {
        // The tail stopped meanwhile: their runners start again from their checkpoints.
        for (const { follower } of pending) follower.fail(new Error('the live tail stopped'));
        return false;
      }
      let client: Client | undefined;
      try {
        client = await this.connection(run);
        return await this.commit(client, pending, end, observed, attempt > 0, followers);
      } catch (error) {
        if (client) this.discard(run, client);
        const pause = TAIL_RECONNECT_PAUSES_MS[attempt];
        if (pause === undefined || this.run !== run) {
          for (const { follower } of pending) follower.fail(error);
          return false;
        }
        // The rows of the lost transaction may be in the caches: read back from the tables.
        for (const { follower } of pending) follower.cache = new LruCache(this.options.cacheSize);
        this.warn(`live tail: its connection failed (${describeFailure(error)}); applying the batch again on a new connection`);
        await sleep(pause);
      }
    }
  }

  /**
   * One transaction for every follower with something to write; one per follower if that fails.
   * Throws only when the connection is lost (the caller connects again). `resumed`: the batch is
   * applied again after a lost connection, so a checkpoint found at its end is a COMMIT that went
   * through (its answer lost): that projection is done, not moved. True when the shared
   * transaction committed, announcing that every one of `followers` not set apart passed `end`.
   */
  private async commit(client: Client, writes: Write[], end: bigint, observed: Set<TailFollower>, resumed: boolean, followers: readonly TailFollower[]): Promise<boolean> {
    const { schema, store } = this.options;
    try {
      // BEGIN goes with the lock, and the checkpoints with COMMIT: a batch's round trips are those two and the projections' own.
      const locking = lockCheckpointsSql(schema, writes.map((w) => w.follower.name));
      const { current, moved } = await inBatchTransaction(client, locking, async (locked: CheckpointRow[]) => {
        const found = lockedCheckpoints(locked);
        const current: TailFollower[] = [];
        const moved: [TailFollower, CheckpointMovedError][] = [];
        for (const { follower, events } of writes) {
          const checkpoint = found.get(follower.name) ?? { position: undefined, epoch: -1 };
          if (resumed && checkpoint.position === end && checkpoint.epoch === follower.checkpoint.epoch) {
            follower.checkpoint = checkpoint;
            continue;
          }
          if (!sameCheckpoint(checkpoint, follower.checkpoint)) {
            moved.push([follower, new CheckpointMovedError(follower.name, follower.checkpoint, checkpoint)]);
            continue;
          }
          try {
            const applying = () => applyInOrder(follower.projection, events, { client, schema, cache: follower.cache, rebuilding: false, store });
            await (observed.has(follower) ? applying() : observeProjectionBatch(follower.name, events, applying));
          } catch (error) {
            throw new SharedBatchError(follower.name, error);
          }
          observed.add(follower);
          current.push(follower);
        }
        const stored = storeCheckpointsSql(schema, current.map((follower) => ({ projection: follower.name, position: end, epoch: follower.checkpoint.epoch })));
        // Those with nothing due in the batch passed `end` too; those moved elsewhere did not.
        const passed = followers.filter((follower) => follower.failure === undefined && !moved.some(([m]) => m === follower));
        const announced = announceAppliedSql({ position: end, projections: passed.map((follower) => follower.name) });
        const closing = [stored, announced].filter(Boolean).join('; ') || undefined;
        return { result: { current, moved }, closing };
      }, writes.some((write) => write.follower.projection.commitsDurably));
      for (const follower of current) follower.checkpoint = { position: end, epoch: follower.checkpoint.epoch };
      // A rebuild swapped its tables in, or another runner went ahead: its runner starts again from there.
      for (const [follower, error] of moved) follower.fail(error);
      return true;
    } catch (error) {
      if (isConnectionLost(error)) throw error;
      this.warn(`live tail: shared transaction rolled back (${describeFailure(error)}); applying ${writes.map((w) => w.follower.name).join(', ')} one by one`);
      // Nothing of the batch is committed, and the caches may hold rows that were rolled back:
      // each projection again, its rows read back from its tables, in a transaction of its own,
      // so that a failure stays with the projection that failed and the others' batch is kept.
      for (const { follower, events } of writes) {
        follower.cache = new LruCache(this.options.cacheSize);
        try {
          const retry = () => commitBatch(client, schema, follower.projection, follower.checkpoint, events, end, follower.cache, store);
          follower.checkpoint = await (observed.has(follower) ? retry() : observeProjectionBatch(follower.name, events, retry));
          observed.add(follower);
        } catch (error) {
          // Those committed keep their batch; the others are applied again on a new connection.
          if (isConnectionLost(error)) throw error;
          follower.fail(error);
        }
      }
      return false;
    }
  }

  private connection(run: TailRun): Promise<Client> {
    if (run.connection) return run.connection.ready;
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: TAIL_APPLICATION_NAME,
      lock_timeout: TAIL_LOCK_TIMEOUT_MS,
      statement_timeout: TAIL_STATEMENT_TIMEOUT_MS,
      connectionTimeoutMillis: TAIL_CONNECT_TIMEOUT_MS,
      ...LEASE_KEEPALIVE,
    });
    const connection: TailConnection = { client, ready: client.connect().then(() => client) };
    run.connection = connection;
    // Lost while idle: the next batch connects again. Lost during a batch: `write` connects again.
    client.on('error', () => this.discard(run, client));
    connection.ready.catch(() => this.discard(run, client));
    return connection.ready;
  }

  /** Ends a connection that failed; the next batch makes a new one. */
  private discard(run: TailRun, client: Client): void {
    if (run.connection?.client === client) run.connection = undefined;
    client.end().catch(() => undefined);
  }

  private async end(run: TailRun): Promise<void> {
    await run.subscription.stop();
    const connection = run.connection;
    run.connection = undefined;
    if (!connection) return;
    await connection.ready.catch(() => undefined);
    await connection.client.end().catch(() => undefined);
  }
}

interface Write {
  follower: TailFollower;
  events: RecordedEvent[];
}
