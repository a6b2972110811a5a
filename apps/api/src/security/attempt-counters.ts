import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { queryNamed, resolveSecret } from '@recours/database';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';

/** ATTEMPT_COUNTERS_KEY when set (the same for every process), else one generated once under DATA_DIR. */
export function attemptCountersKey(env: NodeJS.ProcessEnv): string {
  return resolveSecret(env, { variable: 'ATTEMPT_COUNTERS_KEY', file: 'attempt-counters-key', minLengthInProduction: 32 });
}

export interface Count {
  count: number;
  /** When the window this count belongs to ends (the count is then forgotten). */
  windowEndsAt: Date;
}

/** Expired counters are deleted now and then, not on every write. */
const SWEEP_EVERY = 500;

/** One attempt more for each key ($1), in a window of $2 ms starting now when the last one has ended. */
const countOneMore = (unflushed: { with: string; from: string }) => `${unflushed.with}INSERT INTO accounts.attempt_counters AS c (key, count, window_ends_at)
     SELECT key, 1, now() + make_interval(secs => $2::double precision / 1000) FROM unnest($1::text[]) AS key${unflushed.from}
   ON CONFLICT (key) DO UPDATE SET
     count = CASE WHEN c.window_ends_at > now() THEN c.count + 1 ELSE 1 END,
     window_ends_at = CASE WHEN c.window_ends_at > now() THEN c.window_ends_at ELSE excluded.window_ends_at END
   RETURNING key, count, window_ends_at`;
const ADD = countOneMore({ with: '', from: '' });
/** The same, its commit not waited for on disk: set_config(…, true) holds for the statement's own transaction. */
const ADD_UNFLUSHED = countOneMore({ with: `WITH unflushed AS MATERIALIZED (SELECT set_config('synchronous_commit', 'off', true))\n`, from: ', unflushed' });

/**
 * Fixed-window counters in PostgreSQL, so that every API process counts against the same
 * budget and a restart of recours forgets nothing (a crash of the database itself may take back
 * the last fraction of a second of the counts not waited for on disk, `add`). A window starts
 * with the first attempt after the last one ended. A key names a person (an e-mail address
 * typed, a client address): only its keyed hash is stored (HMAC-SHA-256), so that the table
 * holds no address in clear (docs/privacy.md). Its key is its own secret, ATTEMPT_COUNTERS_KEY,
 * never rotated with DATA_KEY: a rotation would reset every budget, and processes on the old and
 * new keys would count apart (twice the budget).
 */
@Injectable()
export class AttemptCounters implements OnApplicationBootstrap, OnApplicationShutdown {
  private writes = 0;
  private readonly hashKey = attemptCountersKey(process.env);
  private readonly logger = new Logger('AttemptCounters');
  private timer: NodeJS.Timeout | undefined;

  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Expired counters are also swept on a clock, every ATTEMPT_COUNTERS_SWEEP_INTERVAL_MS (default
   * an hour): a quiet instance may never write the 500 counts the sweep on writes waits for, and a
   * counter (a hash of an address and a client's IP) would then outlive its window for good.
   */
  onApplicationBootstrap(): void {
    const every = Number(process.env.ATTEMPT_COUNTERS_SWEEP_INTERVAL_MS ?? 60 * 60 * 1000);
    this.timer = setInterval(() => void this.sweep().catch((error: Error) => this.logger.warn(`sweep failed: ${error.message}`)), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Deletes the counters whose window has ended. */
  async sweep(): Promise<void> {
    await this.dataSource.query(`DELETE FROM accounts.attempt_counters WHERE window_ends_at <= now()`);
  }

  private stored(key: string): string {
    return createHmac('sha256', this.hashKey).update(key).digest('base64url');
  }

  /** The stored keys of `keys`, and the way back to each key. */
  private hashed(keys: readonly string[]): { stored: string[]; keyOf: Map<string, string> } {
    const keyOf = new Map([...new Set(keys)].map((key) => [this.stored(key), key] as const));
    return { stored: [...keyOf.keys()].sort(), keyOf };
  }

  /**
   * Adds one attempt to each key, each in its own window of `windowMs`, and answers the new
   * counts: counting first, in one statement, is what keeps simultaneous attempts within budget.
   *
   * `waitForDisk: false` answers once the count is committed, without waiting for PostgreSQL to
   * flush it (`synchronous_commit` off for that statement alone): every process sees it at once,
   * and only a crash of the database itself can take back the counts of its last fraction of a
   * second. For a count made at every request (a message posted), whose flush otherwise weighs as
   * much as the append's on the request's path; login attempts keep waiting for the disk.
   */
  async add(keys: readonly string[], windowMs: number, { waitForDisk = true }: { waitForDisk?: boolean } = {}): Promise<Map<string, Count>> {
    if (++this.writes % SWEEP_EVERY === 0) await this.sweep();
    const { stored, keyOf } = this.hashed(keys);
    // Named statements, parsed and planned once per connection: they are sent at every rate-limited request.
    const [name, text] = waitForDisk ? ['attempt-counters-add', ADD] : ['attempt-counters-add-unflushed', ADD_UNFLUSHED];
    const rows = await queryNamed<{ key: string; count: number; window_ends_at: Date }>(this.dataSource, name, text, [stored, windowMs]);
    return new Map(rows.map((row) => [keyOf.get(row.key) as string, { count: row.count, windowEndsAt: row.window_ends_at }]));
  }

  /** The counts of the keys' current windows, without counting anything (a key with none is absent). */
  async read(keys: readonly string[]): Promise<Map<string, Count>> {
    const { stored, keyOf } = this.hashed(keys);
    const rows = await queryNamed<{ key: string; count: number; window_ends_at: Date }>(
      this.dataSource,
      'attempt-counters-read',
      `SELECT key, count, window_ends_at FROM accounts.attempt_counters WHERE key = ANY($1) AND window_ends_at > now()`,
      [stored],
    );
    return new Map(rows.map((row) => [keyOf.get(row.key) as string, { count: row.count, windowEndsAt: row.window_ends_at }]));
  }

  /** Takes back one attempt from each key (one that turned out not to count). */
  async remove(keys: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE accounts.attempt_counters SET count = greatest(count - 1, 0) WHERE key = ANY($1)`, [this.hashed(keys).stored]);
  }

  /** Deletes the keys' counters; with `manager`, inside its transaction (an erasure's). */
  async clear(keys: readonly string[], manager: Pick<EntityManager, 'query'> = this.dataSource): Promise<void> {
    await manager.query(`DELETE FROM accounts.attempt_counters WHERE key = ANY($1)`, [this.hashed(keys).stored]);
  }
}
