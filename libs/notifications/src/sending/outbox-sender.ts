import { leaseLoop, sleep, tryTakeLease, type RunnerLogger } from '@recours/read-models';
import type { Client, Pool } from 'pg';
import { NOTIFICATIONS_SCHEMA, OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { EMAIL_BACKOFF, WEBHOOK_BACKOFF, nextAttempt, type Backoff } from './backoff';
import type { Channel, Delivery, DeliveryOutcome } from './delivery';
import { errorTextOf } from '@recours/mail';
import { OutboxStore } from './outbox-store';

const CHANNELS: readonly Delivery['channel'][] = ['EMAIL', 'WEBHOOK'];
/** Places of each channel unless told otherwise. */
const DEFAULT_PLACES = 8;

export interface OutboxSenderOptions {
  /** The database; the leader keeps one connection of its own for its lease and to listen. */
  connectionString: string;
  pool: Pool;
  channels: Record<Delivery['channel'], Channel>;
  now: () => Date;
  /**
   * Messages in flight at once on each channel, each to a different recipient: a number for every
   * channel, or one per channel (default 8 e-mails and 8 webhooks). The channels never share their
   * places: merchants' endpoints that hang until their timeout hold webhook places only, never an
   * e-mail's.
   */
  concurrency?: number | Partial<Record<Delivery['channel'], number>>;
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
  private nudged = false;
  /** The attempts under way, by channel, then by outbox row. */
  private readonly inFlight: Record<Delivery['channel'], Map<string, Promise<void>>> = { EMAIL: new Map(), WEBHOOK: new Map() };
  private leading = false;
  /** Failed attempts since start (for logs and tests). */
  failures = 0;

  constructor(private readonly options: OutboxSenderOptions) {
    this.store = new OutboxStore(options.pool);
  }

  /** The places of `channel`: how many of its messages may be in flight at once. */
  places(channel: Delivery['channel']): number {
    const { concurrency } = this.options;
    return (typeof concurrency === 'number' ? concurrency : concurrency?.[channel]) ?? DEFAULT_PLACES;
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

  /**
   * Claims what is due on each channel, as many as that channel has free places, and starts sending
   * it; answers how many it started. Each place is taken back as soon as its attempt ends: a
   * receiver that takes its whole timeout to fail holds one place of its channel, never the
   * others' next messages, and no webhook ever holds an e-mail's place.
   */
  async sendDue(): Promise<number> {
    let started = 0;
    for (const channel of CHANNELS) started += await this.sendDueOn(channel);
    return started;
  }

  private async sendDueOn(channel: Delivery['channel']): Promise<number> {
    const inFlight = this.inFlight[channel];
    const free = this.places(channel) - inFlight.size;
    if (free <= 0) return 0;
    // Rows still in flight are not claimed again, even once their claim ran out (a slow SMTP conversation).
    const batch = await this.store.claim(this.options.now(), channel, free, this.options.claimMs ?? 60_000, [...inFlight.keys()]);
    for (const delivery of batch) {
      const sending = this.attempt(delivery)
        .catch((error: unknown) => this.options.logger?.error(`notification ${delivery.channel.toLowerCase()} ${delivery.id}: its attempt was not recorded (${errorTextOf(error instanceof Error ? error.message : String(error))}); tried again once its claim runs out`))
        .finally(() => {
          inFlight.delete(delivery.id);
          this.nudge();
        });
      inFlight.set(delivery.id, sending);
    }
    return batch.length;
  }

  /** Whether some channel has a free place. */
  private hasFreePlace(): boolean {
    return CHANNELS.some((channel) => this.inFlight[channel].size < this.places(channel));
  }

  /** Ends the pause between claims: a row was stored, or a place freed. Heard even while claiming. */
  private nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const started = performance.now();
    let outcome: DeliveryOutcome;
    try {
      outcome = await this.options.channels[delivery.channel].deliver(delivery);
    } catch (error) {
      outcome = { result: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    // Logged, stored and answered to the admin without the addresses an SMTP rejection quotes.
    if (outcome.result === 'failed') outcome = { ...outcome, error: errorTextOf(outcome.error) };
    const now = this.options.now();
    const backoff = this.options.backoff?.[delivery.channel] ?? (delivery.channel === 'EMAIL' ? EMAIL_BACKOFF : WEBHOOK_BACKOFF);
    let retryAt = outcome.result === 'failed' && !outcome.permanent ? nextAttempt(backoff, delivery.attempts, delivery.createdAt, now) : null;
    // A pause the peer asked for is honoured, up to the end of the retry window (then a last try).
    if (retryAt && outcome.result === 'failed' && outcome.notBefore && outcome.notBefore > retryAt) {
      retryAt = new Date(Math.min(outcome.notBefore.getTime(), delivery.createdAt.getTime() + backoff.windowMs));
    }
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
    client.on('notification', () => this.nudge());
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    try {
      while (!this.stopping.signal.aborted) {
        this.nudged = false;
        const started = await Promise.race([this.sendDue(), lost]);
        if (started > 0 && this.hasFreePlace()) continue;
        if (this.nudged) continue;
        // The poll's timer goes with the wait: woken early (an outbox row, stop), a timer left
        // running held the process up to a poll longer (a stopped notifier kept its process alive,
        // and Jest's worker failed to exit gracefully).
        let poll: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            new Promise<void>((resolve) => {
              this.wake = resolve;
              poll = setTimeout(resolve, this.options.pollMs ?? 1_000);
            }),
            lost,
          ]);
        } finally {
          clearTimeout(poll);
          this.wake = undefined;
        }
      }
    } finally {
      // Stopping or not leading any more: what is in flight is finished and recorded first.
      await Promise.allSettled(CHANNELS.flatMap((channel) => [...this.inFlight[channel].values()]));
    }
  }
}
