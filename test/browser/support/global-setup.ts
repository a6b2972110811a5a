import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpInbox } from '../../support/smtp-inbox';
import { startServer } from './server';

/**
 * One real server for the whole run, as `npm start` runs it: the notifier inside, sending to a
 * real SMTP server on 127.0.0.1 (production refuses to start without one), so the bell and the
 * e-mails are the ones people get. Tests find the server in RECOURS_BASE_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // What it receives is also kept as .eml files, where the tests read the links mailed (mailedToken).
  const mailDir = mkdtempSync(join(tmpdir(), 'recours-browser-mail-'));
  const smtp = await startSmtpInbox(undefined, { saveTo: mailDir });
  const server = await startServer({ SMTP_URL: smtp.url, MAIL_FROM: 'recours <no-reply@recours.test>' });
  process.env.RECOURS_BASE_URL = server.url;
  process.env.RECOURS_MAIL_DIR = mailDir;
  process.env.RECOURS_DATABASE_URL = server.databaseUrl;
  // The two-step verification secrets set up during the run, which outlive a worker (accounts.ts).
  const twoFactorDir = mkdtempSync(join(tmpdir(), 'recours-browser-'));
  process.env.RECOURS_BROWSER_TWO_FACTOR_FILE = join(twoFactorDir, 'two-factor.json');
  return async () => {
    await server.stop();
    await smtp.close();
    rmSync(twoFactorDir, { recursive: true, force: true });
    rmSync(mailDir, { recursive: true, force: true });
  };
}
