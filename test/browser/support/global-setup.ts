import { startSmtpInbox } from '../../support/smtp-inbox';
import { startServer } from './server';

/**
 * One real server for the whole run, as `npm start` runs it: the notifier inside, sending to a
 * real SMTP server on 127.0.0.1 (production refuses to start without one), so the bell and the
 * e-mails are the ones people get. Tests find the server in RECOURS_BASE_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const smtp = await startSmtpInbox();
  const server = await startServer({ SMTP_URL: smtp.url, MAIL_FROM: 'recours <no-reply@recours.test>' });
  process.env.RECOURS_BASE_URL = server.url;
  process.env.RECOURS_DATABASE_URL = server.databaseUrl;
  return async () => {
    await server.stop();
    await smtp.close();
  };
}
