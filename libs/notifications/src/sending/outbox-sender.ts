import { leaseLoop, sleep, tryTakeLease, type RunnerLogger } from '@recours/read-models';
import type { Client, Pool } from 'pg';
import { NOTIFICATIONS_SCHEMA, OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { EMAIL_BACKOFF, WEBHOOK_BACKOFF, nextAttempt, type Backoff } from './backoff';
import type { Channel, Delivery, DeliveryOutcome } from './delivery';
import { OutboxStore } from './outbox-store';

export interface OutboxSenderOptions {
  /** The database; the leader keeps one connection of its own for its lease and to listen. */
  connectionString: string;
  pool: Pool;
  channels: Record<Delivery['channel'], Channel>;
  now: () => Date;
  /** Messages in flight at once, each to a different recipient (default 8). */
  concurrency?: number;
  /** How often to look for messages due again when nothing wakes the sender (default 1 s). */
  pollMs?: number;
  /** How long a claim lasts: longer than any attempt (default 60 s). */
  claimMs?: number;
  backoff?: Partial<Record<Delivery['channel'], Backoff>>;
  /** Told after each attempt, e.g. for the metrics. */
  onOutcome?: (delivery: Delivery, outcome: DeliveryOutcome, willRetry: boolean) => void;
  logger?: RunnerLogger;
}

/**
 * Sends what the outbox holds. Like the projections, one process at a time leads (an advisory
 * lock held by its own connection; another takes over when it dies), and the claims in the
 * outbox keep even two senders from sending one row twice. Failures are retried with backoff;
 * after the last retry the row is FAILED, which the admin sees.
 */
export class OutboxSender {
  readonly store: OutboxStore;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private leading = false;
  /** Failed attempts since start (for logs and tests). */
  failures = 0;

  constructor(private readonly options: OutboxSenderOptions) {
    this.store = new OutboxStore(options.pool);
  }

  get isLeading(): boolean {
    return this.leading;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.loop;
  }

  /** Claims what is due now and sends it; answers how many rows it worked. */
  async sendDue(): Promise<number> {
    const concurrency = this.options.concurrency ?? 8;
    const batch = await this.store.claim(this.options.now(), concurrency * 4, this.options.claimMs ?? 60_000);
    let next = 0;
    const worker = async () => {
      while (next < batch.length) await this.attempt(batch[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, worker));
    return batch.length;
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const started = performance.now();
    let outcome: DeliveryOutcome;
    try {
      outcome = await this.options.channels[delivery.channel].deliver(delivery);
    } catch (error) {
      outcome = { result: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    const now = this.options.now();
    const backoff = this.options.backoff?.[delivery.channel] ?? (delivery.channel === 'EMAIL' ? EMAIL_BACKOFF : WEBHOOK_BACKOFF);
    const retryAt = outcome.result === 'failed' && !outcome.permanent ? nextAttempt(backoff, delivery.attempts, delivery.createdAt, now) : null;
    if (outcome.result === 'failed') {
      this.failures++;
      const what = `${delivery.channel.toLowerCase()} ${delivery.id} (attempt ${delivery.attempts})`;
      if (retryAt) this.options.logger?.warn(`notification ${what} not sent: ${outcome.error}; next attempt at ${retryAt.toISOString()}`);
      else this.options.logger?.error(`notification ${what} failed for good: ${outcome.error}`);
    }
    await this.store.settle(delivery, outcome, now, performance.now() - started, retryAt);
    this.options.onOutcome?.(delivery, outcome, retryAt !== null);
  }

  private run(): Promise<void> {
    return leaseLoop({
      connectionString: this.options.connectionString,
      applicationName: 'recours-notifier:sender',
      stopping: this.stopping.signal,
      takeLease: (client) => this.takeLease(client),
      lead: (client, lost) => this.lead(client, lost),
      failed: (error) => {
        this.options.logger?.error(`notification sender stopped: ${error instanceof Error ? error.message : String(error)}; starting again in 1 s`);
        return 1_000;
      },
      released: () => {
        this.leading = false;
      },
    });
  }

  private async takeLease(client: Client): Promise<boolean> {
    while (!this.stopping.signal.aborted) {
      if (await tryTakeLease(client, NOTIFICATIONS_SCHEMA, 'sender')) return true;
      await sleep(this.options.pollMs ?? 1_000, this.stopping.signal);
    }
    return false;
  }

  private async lead(client: Client, lost: Promise<never>): Promise<void> {
    this.leading = true;
    this.options.logger?.log('notification sender: leading');
    client.on('notification', () => this.wake?.());
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    while (!this.stopping.signal.aborted) {
      const worked = await Promise.race([this.sendDue(), lost]);
      if (worked > 0) continue;
      await Promise.race([
        new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.pollMs ?? 1_000);
        }),
        lost,
      ]);
      this.wake = undefined;
    }
  }
}
