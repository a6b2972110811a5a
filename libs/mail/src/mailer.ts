import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { createTransport, type Transporter } from 'nodemailer';
import type { Email, SentEmail } from './email';
import { errorTextOf } from './error-text';
import type { MailConfig } from './mail-config';

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set: recours cannot send e-mail in production without it');
    this.name = 'MailNotConfiguredError';
  }
}

/**
 * An e-mail the SMTP server refused or could not take. Servers quote the address they refuse
 * ("550 5.1.1 <claire@example.test>: user unknown"), and the message goes to logs and to the
 * outbox the admin reads: every address is replaced there by its domain (errorTextOf: an
 * address is personal data, and a server may quote it otherwise spelt, punycoded, or another one). `responseCode` is the server's answer; `command` the SMTP command it answered ('AUTH
 * PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA'…): a refusal of the recipient or of the message is this
 * e-mail's, one of the login or the sender is the platform's.
 */
export class MailNotSentError extends Error {
  readonly responseCode: number | undefined;
  readonly command: string | undefined;

  constructor(cause: unknown) {
    super(errorTextOf(cause instanceof Error ? cause.message : String(cause)));
    this.name = 'MailNotSentError';
    const code = (cause as { responseCode?: unknown } | null)?.responseCode;
    this.responseCode = typeof code === 'number' ? code : undefined;
    const command = (cause as { command?: unknown } | null)?.command;
    this.command = typeof command === 'string' ? command : undefined;
  }
}

/**
 * How long a development copy (an .eml under DATA_DIR/mail) is kept: the life of the longest
 * one-time link it may hold (a company's invitation, 30 days: VALID_FOR_MINUTES in
 * apps/api/src/accounts/email-confirmations.ts). Past it no link in the copy works, and the copy,
 * which holds an address, a name and a sentence about someone's dispute, serves nobody.
 */
export const DEV_MAIL_KEPT_DAYS = 30;
const DAY_MS = 86_400_000;

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

  /** Throws MailNotConfiguredError, or MailNotSentError (the address left out of its message). */
  async send(email: Email): Promise<SentEmail> {
    if (!this.transport) throw new MailNotConfiguredError();
    const info = await this.transport
      .sendMail({
        from: this.config.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        ...(email.messageId ? { messageId: email.messageId } : {}),
      })
      .catch((error: unknown) => {
        throw new MailNotSentError(error);
      });
    if (this.config.destination.kind !== 'files') return { messageId: info.messageId, response: String(info.response) };
    const directory = this.config.destination.directory;
    await mkdir(directory, { recursive: true });
    const file = join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message);
    this.logger.log(`e-mail written to ${file} (no SMTP_URL)`);
    return { messageId: info.messageId, response: file };
  }

  /**
   * Deletes the development copies written before `now` less DEV_MAIL_KEPT_DAYS (by the file's
   * time); answers how many. Nothing to do when e-mail goes over SMTP (no copies are kept).
   */
  async forgetOldCopies(now: Date = new Date()): Promise<number> {
    const before = now.getTime() - DEV_MAIL_KEPT_DAYS * DAY_MS;
    let deleted = 0;
    for (const file of await this.copies()) {
      const written = await stat(file).then((s) => s.mtimeMs).catch(() => null);
      if (written !== null && written < before && (await this.forget(file))) deleted++;
    }
    return deleted;
  }

  /**
   * A person's erasure: deletes every development copy sent to her or naming her (her address, her
   * name as she gave it), as her outbox e-mails are deleted; answers how many. The copy is read
   * whole, headers and decoded text and HTML, case ignored. A name shorter than 3 characters is
   * not looked for (it would match nearly every copy).
   */
  async forgetCopiesNaming(words: readonly string[]): Promise<number> {
    const sought = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3))];
    if (sought.length === 0) return 0;
    let deleted = 0;
    for (const file of await this.copies()) {
      const raw = await readFile(file).catch(() => null);
      if (!raw) continue;
      const mail = await simpleParser(raw);
      const whole = [raw.toString('utf8'), mail.headerLines.map((h) => h.line).join('\n'), mail.to ? [mail.to].flat().map((a) => a.text).join(' ') : '', mail.subject ?? '', mail.text ?? '', typeof mail.html === 'string' ? mail.html : '']
        .join('\n')
        .toLowerCase();
      if (sought.some((word) => whole.includes(word)) && (await this.forget(file))) deleted++;
    }
    return deleted;
  }

  /** The .eml files of the development mailbox (none over SMTP or without a mailbox yet). */
  private async copies(): Promise<string[]> {
    if (this.config.destination.kind !== 'files') return [];
    const directory = this.config.destination.directory;
    const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names.filter((name) => name.endsWith('.eml')).map((name) => join(directory, name));
  }

  /** Deletes one copy; one already gone (another process deleted it) is not an error. */
  private async forget(file: string): Promise<boolean> {
    try {
      await unlink(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
