import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import type { Email } from './email';
import { Mailer, MailNotConfiguredError } from './mailer';

/** Pauses before the second and third attempts. */
const RETRY_PAUSES_MS = [2_000, 10_000];
/** How long shutting down waits for e-mails still being sent. */
const DRAIN_MS = 15_000;

/**
 * Sends e-mails after the request that asked for them has been answered: the answer does not
 * wait for the SMTP server (nor tell by its time whether an e-mail was sent), and a server that
 * fails for a moment is tried again. A message that still fails is logged as an error.
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger('Mail');
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly mailer: Mailer) {}

  enqueue(email: Email, what: string): void {
    const sending = this.deliver(email, what).finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  /**
   * Waits for the e-mails being sent (at most DRAIN_MS). The wait's timer ends with it: left
   * running, it held every process that shut down for DRAIN_MS more, sending nothing (and each
   * Jest worker that started the app "failed to exit gracefully").
   */
  async drain(): Promise<void> {
    if (this.pending.size === 0) return;
    const waited = new AbortController();
    try {
      await Promise.race([Promise.allSettled([...this.pending]), sleep(DRAIN_MS, undefined, { signal: waited.signal })]);
    } finally {
      waited.abort();
    }
  }

  private async deliver(email: Email, what: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.mailer.send(email);
        return;
      } catch (error) {
        const last = attempt >= RETRY_PAUSES_MS.length || error instanceof MailNotConfiguredError;
        // The recipient's domain only: an address is personal data and has no place in logs.
        const context = { msg: `e-mail "${what}" not sent${last ? '' : ', will retry'}`, domain: email.to.split('@').pop(), error: (error as Error).message };
        if (last) {
          this.logger.error(context);
          return;
        }
        this.logger.warn(context);
        await sleep(RETRY_PAUSES_MS[attempt]);
      }
    }
  }
}
