import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  raw: string;
}

export interface SmtpInbox {
  /** `smtp://user:pass@127.0.0.1:port`, for SMTP_URL. */
  url: string;
  received: ReceivedEmail[];
  /** The first e-mail to this address that matches (waits for it, up to 10 s). */
  waitFor(to: string, matches?: (email: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>;
  close(): Promise<void>;
}

/** What every inbox open in this process has received (mailedToken reads a link there). */
const openInboxes = new Set<ReceivedEmail[]>();
export const receivedInThisProcess = (): ReceivedEmail[] => [...openInboxes].flat();

/** A real SMTP server on 127.0.0.1 (the smtp-server package), requiring these credentials. */
/** `port`: listen there (a scenario that brings a server back on the address it was down on); `acceptAfterMs`: answer each message that late (a slow server); `saveTo`: also write each message there as an .eml named by its Message-ID (what other processes read, mailedToken). */
export async function startSmtpInbox(credentials = { user: 'recours', pass: 'mail-secret-1' }, options: { port?: number; acceptAfterMs?: number; saveTo?: string } = {}): Promise<SmtpInbox> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    // Plain SMTP on loopback: no certificate needed for the tests.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((mail) => {
            for (const rcpt of session.envelope.rcptTo) {
              received.push({ to: rcpt.address.toLowerCase(), from: mail.from?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', headers: mail.headers, raw });
            }
            // Written before the message is accepted: once the sender records it as sent, the file is there.
            if (options.saveTo) writeFileSync(join(options.saveTo, `${Date.now()}-${(mail.messageId ?? randomUUID()).replace(/[^\w.-]/g, '')}.eml`), raw);
            if (options.acceptAfterMs) setTimeout(() => callback(), options.acceptAfterMs);
            else callback();
          })
          .catch(callback);
      });
    },
  });
  // A sender killed mid-message (the reliability scenarios SIGKILL notifiers) resets its
  // connection: smtp-server reports it as an 'error' event, which unheard would crash the test
  // process ("read ECONNRESET"). What was accepted before stays in `received`.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  openInboxes.add(received);
  return {
    url: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}`,
    received,
    async waitFor(to, matches = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((email) => email.to === to.toLowerCase() && matches(email));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms (received: ${received.map((e) => `${e.to} "${e.subject}"`).join(', ') || 'none'})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => {
      openInboxes.delete(received);
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
