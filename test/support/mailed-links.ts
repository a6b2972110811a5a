import { resolve } from 'node:path';
import { Client } from 'pg';
import { lastMailedLink, linkTokenIn, linkTokenInMailFile, type MailedLink } from '../../apps/api/src/seed/mailed-link';
import { receivedInThisProcess } from './smtp-inbox';

export type { MailedLink };

/**
 * The token of the last link of this kind mailed to an address, as someone reading her mail would
 * click it: from its outbox row while the e-mail waits (the seed's reading, `lastMailedLink`); once
 * sent, from the e-mail delivered, found by its Message-ID: in an SMTP inbox open in this process,
 * or an .eml under RECOURS_MAIL_DIR (where the browser tests' SMTP inbox keeps what it receives),
 * else under DATA_DIR/mail (an API without SMTP_URL writes its e-mails there). Null when nothing
 * was mailed.
 */
export async function mailedToken(databaseUrl: string, address: string, kind: MailedLink): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'recours-test-mailbox' });
  await client.connect();
  let link: Awaited<ReturnType<typeof lastMailedLink>>;
  try {
    link = await lastMailedLink(client, address, kind);
  } finally {
    await client.end();
  }
  if (!link) return null;
  return link.token ?? tokenInDeliveredEmail(link.outboxId);
}

/** The link's token in the e-mail whose Message-ID carries this outbox id (waits a little for it to arrive). */
async function tokenInDeliveredEmail(outboxId: string): Promise<string> {
  const directory = process.env.RECOURS_MAIL_DIR ?? resolve(process.env.DATA_DIR ?? '.data', 'mail');
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
    const received = receivedInThisProcess().find((email) => String(email.headers.get('message-id') ?? '').includes(outboxId));
    const inInbox = received && linkTokenIn(`${received.text} ${received.html}`);
    if (inInbox) return inInbox;
    const inFile = await linkTokenInMailFile(directory, outboxId);
    if (inFile) return inFile;
  }
  throw new Error(`the e-mail of outbox row ${outboxId} was sent, but neither an SMTP inbox of this process nor an .eml under ${directory} holds its link`);
}
