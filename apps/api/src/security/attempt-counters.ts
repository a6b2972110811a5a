import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';

export interface Count {
  count: number;
  /** When the window this count belongs to ends (the count is then forgotten). */
  windowEndsAt: Date;
}

/** Expired counters are deleted now and then, not on every write. */
const SWEEP_EVERY = 500;

/**
 * Fixed-window counters in PostgreSQL, so that every API process counts against the same
 * budget and a restart forgets nothing. A window starts with the first attempt after the last
 * one ended.
 */
@Injectable()
export class AttemptCounters {
  private writes = 0;

  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Adds one attempt to each key, each in its own window of `windowMs`, and answers the new
   * counts: counting first, in one statement, is what keeps simultaneous attempts within budget.
   */
  async add(keys: readonly string[], windowMs: number): Promise<Map<string, Count>> {
    if (++this.writes % SWEEP_EVERY === 0) await this.dataSource.query(`DELETE FROM accounts.attempt_counters WHERE window_ends_at <= now()`);
    const rows: Array<{ key: string; count: number; window_ends_at: Date }> = await this.dataSource.query(
      `INSERT INTO accounts.attempt_counters AS c (key, count, window_ends_at)
         SELECT key, 1, now() + make_interval(secs => $2::double precision / 1000) FROM unnest($1::text[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.window_ends_at > now() THEN c.count + 1 ELSE 1 END,
         window_ends_at = CASE WHEN c.window_ends_at > now() THEN c.window_ends_at ELSE excluded.window_ends_at END
       RETURNING key, count, window_ends_at`,
      [[...new Set(keys)].sort(), windowMs],
    );
    return new Map(rows.map((row) => [row.key, { count: row.count, windowEndsAt: row.window_ends_at }]));
  }

  /** The counts of the keys' current windows, without counting anything (a key with none is absent). */
  async read(keys: readonly string[]): Promise<Map<string, Count>> {
    const rows: Array<{ key: string; count: number; window_ends_at: Date }> = await this.dataSource.query(
      `SELECT key, count, window_ends_at FROM accounts.attempt_counters WHERE key = ANY($1) AND window_ends_at > now()`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, { count: row.count, windowEndsAt: row.window_ends_at }]));
  }

  /** Takes back one attempt from each key (one that turned out not to count). */
  async remove(keys: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE accounts.attempt_counters SET count = greatest(count - 1, 0) WHERE key = ANY($1)`, [keys]);
  }

  async clear(keys: readonly string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM accounts.attempt_counters WHERE key = ANY($1)`, [keys]);
  }
}
