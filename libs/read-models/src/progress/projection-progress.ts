import type { EventStore } from '@recours/event-store';
import { readCheckpoints, type Checkpoint, type Queryable } from '../runner/checkpoints';
import { filterOf, type Projection } from '../runner/projection';
import type { Projector } from '../runner/projector';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import type { AppliedAnnouncement } from './applied-announcement';
import type { AppliedListener } from './applied-listener';

export interface ProjectionLag {
  projection: string;
  /** Every matching event up to here is applied (undefined: none yet). */
  position: bigint | undefined;
  /** The last event in the store. */
  head: bigint | undefined;
  /** Events this projection handles that are not applied yet, counted up to `lagLimit`. */
  eventsBehind: number;
  /** True when there are at least `eventsBehind` (the count stopped at the limit). */
  atLeast: boolean;
  /** When the oldest event not applied yet was recorded (undefined: caught up). */
  oldestPendingAt: Date | undefined;
  /** When the checkpoint last moved. */
  updatedAt: Date | undefined;
  /** This process leads the projection. */
  runningHere: boolean;
  /**
   * While attempts on the same events keep failing in this process (a poison event: retried
   * with backoff, never skipped): how many in a row, and where (the first event they failed on).
   */
  failing?: { attempts: number; position: bigint };
}

export interface ProjectionProgressOptions {
  store: EventStore;
  db: Queryable;
  projections: readonly Projection[];
  /** The runners of this process, if any: waiting on them needs no polling. */
  projector?: Projector;
  schema?: string;
  /** Polling interval for projections run by another process (default 25 ms). */
  pollMs?: number;
  /**
   * What other processes' projectors announce at each commit: their waiters are settled as it is
   * heard, and the poll, then only a safety net, slows to `announcedPollMs` (default 250 ms).
   */
  applied?: Pick<AppliedListener, 'listen' | 'onApplied' | 'onLost' | 'heardWithin' | 'close'>;
  announcedPollMs?: number;
  /** Counting lag stops here (default 1000). */
  lagLimit?: number;
}

interface Waiter {
  position: bigint;
  deadline: number;
  pending: Set<string>;
  /** The projections whose runner (leading here) is waited on. */
  watched: Set<string>;
  /** Aborted when the wait ends: the runner waits it started end with it. */
  ended: AbortController;
  resolve(reached: boolean): void;
}

/**
 * Read-your-writes and lag. After a command appends at position P, `waitForPosition(P)`
 * resolves once the projections have passed P: at once when the runner leads in this process
 * (woken by its commit), else when another process's projector announces its commit
 * (`options.applied`) or, failing that, by polling the checkpoint table. All waiters share one poll.
 *
 * A projection "has passed" P when its checkpoint is at or after P, or when no event it
 * handles lies between its checkpoint and P (the store says so), since a projection that
 * ignores an event type never records its position.
 */
export class ProjectionProgress {
  private readonly schema: string;
  private readonly waiters = new Set<Waiter>();
  /** The furthest position each projection was announced to have passed (`options.applied`). */
  private readonly announced = new Map<string, bigint>();
  private polling = false;

  constructor(private readonly options: ProjectionProgressOptions) {
    this.schema = options.schema ?? READ_MODELS_SCHEMA;
    options.applied?.onApplied((announcement) => this.heard(announcement));
    // A crash of the database may have taken back what was announced last: the checkpoints (the poll) and new announcements decide again.
    options.applied?.onLost(() => this.announced.clear());
  }

  /** Stops hearing announcements (waiters still pending time out). */
  async close(): Promise<void> {
    await this.options.applied?.close();
  }

  /** Resolves true once every named projection (all by default) has passed `position`, false after `timeoutMs`. */
  waitForPosition(position: bigint, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    const names = projections ?? this.options.projections.map((p) => p.name);
    for (const name of names) this.projection(name);
    return new Promise((resolve) => {
      const timer = setTimeout(() => waiter.resolve(false), timeoutMs);
      const waiter: Waiter = {
        position,
        deadline: Date.now() + timeoutMs,
        pending: new Set(names),
        watched: new Set(),
        ended: new AbortController(),
        resolve: (reached) => {
          clearTimeout(timer);
          waiter.ended.abort();
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      this.waiters.add(waiter);
      // A runner of this process wakes its waiters at its commit, whenever it leads (now, or
      // later in the wait: the poll then starts the runner wait); the poll covers the others.
      for (const name of names) this.watch(waiter, name);
      // Applied before this wait began, as another process announced.
      for (const name of names) if ((this.announced.get(name) ?? -1n) >= position) waiter.pending.delete(name);
      if (waiter.pending.size === 0) return waiter.resolve(true);
      // Projections run elsewhere: hear their projector announce its commits.
      if ([...waiter.pending].some((name) => !waiter.watched.has(name))) void this.options.applied?.listen();
      void this.poll();
    });
  }

  /** How far behind each projection is; for the health endpoint. */
  async lag(): Promise<ProjectionLag[]> {
    const { projections, store } = this.options;
    const limit = this.options.lagLimit ?? 1_000;
    const [head, checkpoints, updated] = await Promise.all([
      store.headPosition(),
      readCheckpoints(this.options.db, this.schema, projections.map((p) => p.name)),
      this.updatedAt(),
    ]);
    return Promise.all(
      projections.map(async (projection): Promise<ProjectionLag> => {
        const position = checkpoints.get(projection.name)?.position;
        const { events } = await store.readAll({ after: position, maxCount: limit, filter: filterOf(projection) });
        return {
          projection: projection.name,
          position,
          head,
          eventsBehind: events.length,
          atLeast: events.length === limit,
          oldestPendingAt: events[0]?.recordedAt,
          updatedAt: updated.get(projection.name),
          runningHere: this.options.projector?.runner(projection.name)?.isLeading ?? false,
          ...failingOf(this.options.projector?.runner(projection.name)?.failing),
        };
      }),
    );
  }

  /** Waits on the runner of `name` if it leads in this process (once per waiter, ended with the wait). */
  private watch(waiter: Waiter, name: string): void {
    const runner = this.options.projector?.runner(name);
    if (!runner?.isLeading || waiter.watched.has(name)) return;
    waiter.watched.add(name);
    void runner.waitFor(waiter.position, waiter.deadline - Date.now(), waiter.ended.signal).then((reached) => reached && this.passed(waiter, name));
  }

  private heard({ position, projections }: AppliedAnnouncement): void {
    for (const name of projections) if ((this.announced.get(name) ?? -1n) < position) this.announced.set(name, position);
    for (const waiter of [...this.waiters]) for (const name of projections) if (waiter.position <= position && waiter.pending.has(name)) this.passed(waiter, name);
  }

  private passed(waiter: Waiter, name: string): void {
    waiter.pending.delete(name);
    if (waiter.pending.size === 0) waiter.resolve(true);
  }

  /** One loop for every waiter: reads the checkpoints, asks the store about gaps, settles who can be. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      while (this.waiters.size > 0) {
        const announcing = this.options.applied?.heardWithin(1_000) ?? false;
        await new Promise((resolve) => setTimeout(resolve, announcing ? (this.options.announcedPollMs ?? 250) : (this.options.pollMs ?? 25)).unref());
        for (const waiter of this.waiters) for (const name of waiter.pending) this.watch(waiter, name);
        // Those led here are answered by their runner: reading their checkpoints would only cost
        // queries (one per projection and tick) for as long as any mutation waits.
        const names = new Set([...this.waiters].flatMap((w) => [...w.pending]).filter((name) => !this.options.projector?.runner(name)?.isLeading));
        if (names.size === 0) continue;
        try {
          const checkpoints = await readCheckpoints(this.options.db, this.schema, [...names]);
          for (const name of names) {
            const reachedBefore = await this.passedBound(name, checkpoints.get(name));
            for (const waiter of [...this.waiters]) if (waiter.pending.has(name) && waiter.position < reachedBefore) this.passed(waiter, name);
          }
        } catch {
          // The database or the store blinked: try again at the next tick; waiters time out meanwhile.
        }
      }
    } finally {
      this.polling = false;
    }
  }

  /** Every position below the bound is passed: up to the checkpoint, and on to the next event the projection handles. */
  private async passedBound(name: string, checkpoint: Checkpoint | undefined): Promise<bigint> {
    const position = checkpoint?.position;
    const page = await this.options.store.readAll({ after: position, maxCount: 1, filter: filterOf(this.projection(name)) });
    if (page.events.length > 0) return page.events[0].globalPosition;
    const scanned = page.position ?? position;
    return scanned === undefined ? 0n : scanned + 1n;
  }

  private async updatedAt(): Promise<Map<string, Date>> {
    const { rows } = await this.options.db.query<{ projection: string; updated_at: Date }>(
      `SELECT projection, updated_at FROM "${this.schema}".projection_checkpoints`,
    );
    return new Map(rows.map((row) => [row.projection, row.updated_at]));
  }

  private projection(name: string): Projection {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`unknown projection "${name}"`);
    return projection;
  }
}

const failingOf = (failing: ProjectionLag['failing']): Pick<ProjectionLag, 'failing'> => (failing ? { failing } : {});
