import { sqlMigration } from '@recours/database';

/**
 * The sender claims, for each channel, the unsent rows due the longest (next_attempt_at, then seq),
 * each the oldest unsent row of its recipient: read through `outbox_due`, a claim stops at the rows
 * it takes instead of reading every pending row.
 *
 * A row behind one of its recipient's that waits for a retry cannot go before it; were it left
 * due, each claim would read it and pass over it. `OutboxStore.settle` moves such rows to the
 * retry, and `outbox_behind_the_last` gives a row stored meanwhile the time of its recipient's last
 * unsent row on the channel when that is later than its own (one index read per row stored); the
 * rows already behind a retry are moved here once.
 *
 * Not CONCURRENTLY: a schema's migrations run in one transaction (migrationsTransactionMode
 * 'all'); the outbox holds its pending and recent rows only, and the build takes a moment.
 * Frozen, like every migration.
 */
export const NotificationsOutboxDue176900000029630 = sqlMigration('NotificationsOutboxDue176900000029630', {
  up: [
    `CREATE INDEX outbox_due ON notifications.outbox (channel, next_attempt_at, seq) WHERE state = 'PENDING'`,
    `CREATE FUNCTION notifications.outbox_behind_the_last() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       NEW.next_attempt_at := greatest(NEW.next_attempt_at, (
         SELECT o.next_attempt_at FROM notifications.outbox o
          WHERE o.state = 'PENDING' AND o.recipient = NEW.recipient AND o.channel = NEW.channel
          ORDER BY o.seq DESC LIMIT 1));
       RETURN NEW;
     END $$`,
    `CREATE TRIGGER outbox_behind_the_last BEFORE INSERT ON notifications.outbox
       FOR EACH ROW WHEN (NEW.state = 'PENDING') EXECUTE FUNCTION notifications.outbox_behind_the_last()`,
    // The rows already waiting behind a retry, moved once as settle moves them (its default claim length).
    `UPDATE notifications.outbox b SET next_attempt_at = h.next_attempt_at + interval '1 minute'
       FROM (SELECT DISTINCT ON (recipient, channel) recipient, channel, seq, next_attempt_at FROM notifications.outbox WHERE state = 'PENDING' ORDER BY recipient, channel, seq) h
      WHERE h.next_attempt_at > now() AND b.state = 'PENDING' AND b.recipient = h.recipient AND b.channel = h.channel AND b.seq > h.seq
        AND b.next_attempt_at < h.next_attempt_at + interval '1 minute'`,
  ],
  down: [`DROP TRIGGER outbox_behind_the_last ON notifications.outbox`, `DROP FUNCTION notifications.outbox_behind_the_last()`, `DROP INDEX notifications.outbox_due`],
});
