import { Global, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mailConfigFrom } from './mail-config';
import { Mailer } from './mailer';
import { MailQueue } from './mail-queue';

/** E-mail for every part of the platform: one Mailer (and its background queue) per process. */
@Global()
@Module({
  providers: [
    // Read inside the factory: tests set SMTP_URL and MAIL_FROM after importing.
    { provide: Mailer, useFactory: () => new Mailer(mailConfigFrom(process.env)) },
    MailQueue,
  ],
  exports: [Mailer, MailQueue],
})
export class MailModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly mailer: Mailer,
    private readonly queue: MailQueue,
  ) {}

  onApplicationBootstrap(): void {
    const { destination } = this.mailer.config;
    if (destination.kind === 'none') this.logger.error('SMTP_URL is not set: e-mails (address verification, password resets, invitations) cannot be sent');
    else if (destination.kind === 'files') this.logger.log(`no SMTP_URL: e-mails are written to ${destination.directory}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.drain();
    this.mailer.close();
  }
}
