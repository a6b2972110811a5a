import { timeOrderedId } from '@recours/database';
import { inTransaction, type RunnerLogger } from '@recours/read-models';
import type { Pool } from 'pg';

/**
 * Gathers the notifications held for readers who asked for a daily digest into one e-mail each,
 * once a day at `hourUtc`: the held rows become DIGESTED and one outbox row (sent like any
 * other) carries them all, in one transaction, so a digest is neither lost nor made twice.
 * Each reader's digest is its own try: one that fails (logged by account id, its rows still
 * HELD for the next run) does not stop the others'.
 */
export class DailyDigest {
  constructor(
    private readonly pool: Pool,
    private readonly hourUtc: number,
    private readonly logger?: RunnerLogger,
  ) {}

  /** The last digest time at or before `now`: messages held before it go into that day's digest. */
  cutoff(now: Date): Date {
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), this.hourUtc));
    return today <= now ? today : new Date(today.getTime() - 86_400_000);
  }

  /** Answers how many digests it made. */
  async gather(now: Date): Promise<number> {
    const cutoff = this.cutoff(now);
    const { rows: recipients } = await this.pool.query<{ recipient: string }>(
      `SELECT DISTINCT recipient::text FROM notifications.outbox WHERE state = 'HELD' AND created_at < $1 ORDER BY recipient`,
      [cutoff],
    );
    let made = 0;
    for (const { recipient } of recipients) {
      const client = await this.pool.connect();
      try {
        made += await inTransaction(client, async () => {
          const { rows } = await client.query<{ id: string; payload: { kind: string; params: unknown }; dispute_id: string }>(
            `SELECT id::text, payload, dispute_id FROM notifications.outbox
              WHERE state = 'HELD' AND recipient = $1 AND created_at < $2 ORDER BY seq FOR UPDATE SKIP LOCKED`,
            [recipient, cutoff],
          );
          if (rows.length === 0) return 0;
          const id = timeOrderedId();
          const items = rows.map((row) => ({ kind: row.payload.kind, params: row.payload.params, disputeId: row.dispute_id }));
          await client.query(
            `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
             VALUES ($1, 'EMAIL', $2, $3, $4, 'PENDING', $5, $5)`,
            [id, recipient, `digest:${rows[0].id}`, JSON.stringify({ kind: 'DIGEST', items }), now],
          );
          await client.query(`UPDATE notifications.outbox SET state = 'DIGESTED', digest_id = $1 WHERE id = ANY($2)`, [id, rows.map((row) => row.id)]);
          return 1;
        });
      } catch (error) {
        this.logger?.warn(`daily digest of account ${recipient} not made (its notifications stay held for the next run): ${(error as Error).message}`);
      } finally {
        client.release();
      }
    }
    return made;
  }
}
