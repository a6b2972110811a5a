import { Global, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mailConfigFrom } from './mail-config';
import { DEV_MAIL_KEPT_DAYS, Mailer } from './mailer';

/** E-mail for every part of the platform: one Mailer per process (what it sends is queued in the notifications outbox, sent and retried by the notifier). */
@Global()
@Module({
  providers: [
    // Read inside the factory: tests set SMTP_URL and MAIL_FROM after importing.
    { provide: Mailer, useFactory: () => new Mailer(mailConfigFrom(process.env)) },
  ],
  exports: [Mailer],
})
export class MailModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');

  constructor(private readonly mailer: Mailer) {}

  private timer: NodeJS.Timeout | undefined;

  onApplicationBootstrap(): void {
    const { destination } = this.mailer.config;
    if (destination.kind === 'none') this.logger.error('SMTP_URL is not set: e-mails (address verification, password resets, invitations) cannot be sent');
    else if (destination.kind === 'files') {
      this.logger.log(`no SMTP_URL: e-mails are written to ${destination.directory}, each kept ${DEV_MAIL_KEPT_DAYS} days`);
      // The copies' retention, in every process that may write them (deleting twice is harmless): at start, then hourly.
      const purge = () =>
        void this.mailer
          .forgetOldCopies()
          .then((deleted) => deleted > 0 && this.logger.log(`deleted ${deleted} e-mail copies older than ${DEV_MAIL_KEPT_DAYS} days`))
          .catch((error: Error) => this.logger.warn(`e-mail copies not purged: ${error.message}`));
      purge();
      this.timer = setInterval(purge, Number(process.env.DEV_MAIL_PURGE_INTERVAL_MS ?? 60 * 60 * 1000));
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.mailer.close();
  }
}
