import { resolve } from 'node:path';
import { Client } from 'pg';
import { lastMailedLink, linkTokenIn, mailFileText, type MailedLink } from '../../apps/api/src/seed/mailed-link';
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
  const link = await lastMailedTo(databaseUrl, address, kind);
  if (!link) return null;
  return link.token ?? inDeliveredEmail(link.outboxId, linkTokenIn);
}

/**
 * The link of the last e-mail of this kind mailed to an address, whole, as its reader's browser
 * opens it (a link's query may say what it is for; its token is in the fragment): read in the
 * e-mail delivered, waiting a little for it to be sent. Null when nothing was mailed.
 */
export async function mailedLinkUrl(databaseUrl: string, address: string, kind: MailedLink): Promise<URL | null> {
  const link = await lastMailedTo(databaseUrl, address, kind);
  if (!link) return null;
  return new URL(await inDeliveredEmail(link.outboxId, (text) => /https?:\/\/[^\s"<>]+#token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null));
}

async function lastMailedTo(databaseUrl: string, address: string, kind: MailedLink): ReturnType<typeof lastMailedLink> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'recours-test-mailbox' });
  await client.connect();
  try {
    return await lastMailedLink(client, address, kind);
  } finally {
    await client.end();
  }
}

/** What `read` finds in the e-mail whose Message-ID carries this outbox id (waits a little for it to arrive). */
async function inDeliveredEmail(outboxId: string, read: (text: string) => string | null): Promise<string> {
  const directory = process.env.RECOURS_MAIL_DIR ?? resolve(process.env.DATA_DIR ?? '.data', 'mail');
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
    const received = receivedInThisProcess().find((email) => String(email.headers.get('message-id') ?? '').includes(outboxId));
    const inInbox = received && read(`${received.text} ${received.html}`);
    if (inInbox) return inInbox;
    const file = await mailFileText(directory, outboxId);
    const inFile = file && read(file);
    if (inFile) return inFile;
  }
  throw new Error(`the e-mail of outbox row ${outboxId} was not found, in an SMTP inbox of this process nor as an .eml under ${directory}, with its link`);
}
