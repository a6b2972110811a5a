import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Email, SentEmail } from './email';
import type { MailConfig } from './mail-config';

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set: recours cannot send e-mail in production without it');
    this.name = 'MailNotConfiguredError';
  }
}

/** An SMTP server that does not answer must not hold a sender for long. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Sends e-mail with nodemailer: to the SMTP server of SMTP_URL, or, without one outside
 * production, into .eml files under DATA_DIR/mail (the same MIME message, written instead of
 * sent) so that a newcomer sees what recours would have sent.
 */
export class Mailer {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(readonly config: MailConfig) {
    const { destination } = config;
    // The URL's own query (e.g. ?tls.rejectUnauthorized=false) wins over the timeouts.
    // Pooled: a few connections kept open and reused, instead of a connection and a login per message.
    if (destination.kind === 'smtp') this.transport = createTransport({ url: destination.url, pool: true, maxConnections: 4, ...SMTP_TIMEOUTS }) as Transporter;
    else if (destination.kind === 'files') this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' }) as Transporter;
    else this.transport = null;
  }

  async send(email: Email): Promise<SentEmail> {
    if (!this.transport) throw new MailNotConfiguredError();
    const info = await this.transport.sendMail({
      from: this.config.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers,
      ...(email.messageId ? { messageId: email.messageId } : {}),
    });
    if (this.config.destination.kind !== 'files') return { messageId: info.messageId, response: String(info.response) };
    const directory = this.config.destination.directory;
    await mkdir(directory, { recursive: true });
    const file = join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message);
    this.logger.log(`e-mail written to ${file} (no SMTP_URL)`);
    return { messageId: info.messageId, response: file };
  }

  close(): void {
    this.transport?.close();
  }
}
