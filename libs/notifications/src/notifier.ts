import type { EventStore } from '@recours/event-store';
import { Projector, type RunnerLogger } from '@recours/read-models';
import type { Pool } from 'pg';
import { DailyDigest } from './digest/daily-digest';
import { notifierProjection } from './outbox/notifier-projection';
import { NOTIFICATIONS_SCHEMA, NOTIFIER_PROJECTION } from './schema/notifications-schema';
import { OutboxSender, type OutboxSenderOptions } from './sending/outbox-sender';

export interface NotifierOptions extends Omit<OutboxSenderOptions, 'pool' | 'connectionString' | 'now'> {
  store: EventStore;
  connectionString: string;
  pool: Pool;
  now: () => Date;
  /** Most events per transaction (default 200). */
  batchSize?: number;
  /** Hour (UTC) of the daily digest (default 7). */
  digestHourUtc?: number;
  logger?: RunnerLogger;
}

/**
 * The notifier: the projection that stores notifications and outbox rows as events are recorded
 * (run by the read models' checkpointed, leader-elected runner), the sender that empties the
 * outbox, and the daily digest. Several may run: one leads each part at a time.
 */
export class Notifier {
  readonly projector: Projector;
  readonly sender: OutboxSender;
  readonly digest: DailyDigest;
  private digestTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: NotifierOptions) {
    this.projector = new Projector([notifierProjection({ store: options.store, now: options.now })], {
      store: options.store,
      connectionString: options.connectionString,
      schema: NOTIFICATIONS_SCHEMA,
      batchSize: options.batchSize ?? 200,
      logger: options.logger,
    });
    this.sender = new OutboxSender({ ...options, connectionString: options.connectionString, pool: options.pool, now: options.now });
    this.digest = new DailyDigest(options.pool, options.digestHourUtc ?? 7, options.logger);
  }

  /** The runner of the notifier's projection (to wait for it in tests). */
  get runner() {
    return this.projector.runners[0];
  }

  /**
   * Starts from the events recorded from now on the first time it ever runs: a notifier added to
   * a platform that already has history does not mail everyone about the past.
   */
  async start(): Promise<void> {
    const head = await this.options.store.headPosition();
    await this.options.pool.query(
      `INSERT INTO notifications.projection_checkpoints (projection, position) VALUES ($1, $2) ON CONFLICT (projection) DO NOTHING`,
      [NOTIFIER_PROJECTION, head?.toString() ?? null],
    );
    this.projector.start();
    this.sender.start();
    this.digestTimer = setInterval(() => {
      if (!this.sender.isLeading) return;
      this.digest.gather(this.options.now()).catch((error: unknown) => this.options.logger?.warn(`daily digest: ${String(error)}`));
    }, 60_000);
    this.digestTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.digestTimer) clearInterval(this.digestTimer);
    await Promise.all([this.projector.stop(), this.sender.stop()]);
  }
}
