import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { receivedInThisProcess } from './smtp-inbox';

export type MailedLink = 'VERIFY_EMAIL' | 'AGENT_INVITATION' | 'MERCHANT_ADDRESS' | 'RESET_PASSWORD' | 'MERCHANT_INVITATION' | 'MERCHANT_TAKEOVER' | 'CHANGE_EMAIL';

/**
 * The token of the last link of this kind mailed to an address, as someone reading her mail would
 * click it. While the e-mail waits to be sent, from its outbox row; once it is sent the row holds
 * the token no more (OutboxStore.settle), and it is read from the e-mail delivered, found by its
 * Message-ID (the row's id): in an SMTP inbox open in this process, or an .eml under
 * RECOURS_MAIL_DIR (where the browser tests' SMTP inbox keeps what it receives), else under
 * DATA_DIR/mail (an API without SMTP_URL writes its e-mails there). Null when nothing was mailed.
 */
export async function mailedToken(databaseUrl: string, address: string, kind: MailedLink): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'recours-test-mailbox' });
  await client.connect();
  let row: { id: string; token: string | null } | undefined;
  try {
    const { rows } = await client.query<{ id: string; token: string | null }>(
      `SELECT id::text, payload ->> 'token' AS token FROM notifications.outbox
        WHERE channel = 'EMAIL' AND payload ->> 'kind' = 'ACCOUNT_EMAIL' AND payload ->> 'email' = $2 AND payload -> 'to' ->> 'address' = lower($1)
        ORDER BY seq DESC LIMIT 1`,
      [address, kind],
    );
    row = rows[0];
  } finally {
    await client.end();
  }
  if (!row) return null;
  return row.token ?? tokenInDeliveredEmail(row.id);
}

/** The link's token in the e-mail whose Message-ID carries this outbox id (waits a little for the file). */
async function tokenInDeliveredEmail(outboxId: string): Promise<string> {
  const directory = process.env.RECOURS_MAIL_DIR ?? resolve(process.env.DATA_DIR ?? '.data', 'mail');
  const tokenIn = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
    const received = receivedInThisProcess().find((email) => String(email.headers.get('message-id') ?? '').includes(outboxId));
    const inInbox = received && tokenIn(`${received.text} ${received.html}`);
    if (inInbox) return inInbox;
    const name = (await readdir(directory).catch(() => [] as string[])).find((file) => file.endsWith('.eml') && file.includes(outboxId));
    if (!name) continue;
    const mail = await simpleParser(await readFile(join(directory, name)));
    const token = tokenIn(`${mail.text ?? ''} ${typeof mail.html === 'string' ? mail.html : ''}`);
    if (token) return token;
  }
  throw new Error(`the e-mail of outbox row ${outboxId} was sent, but neither an SMTP inbox of this process nor an .eml under ${directory} holds its link`);
}
