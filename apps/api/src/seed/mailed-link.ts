import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** The kinds of link an account e-mail carries (the outbox payload's `email`). */
export type MailedLink = 'VERIFY_EMAIL' | 'AGENT_INVITATION' | 'MERCHANT_ADDRESS' | 'RESET_PASSWORD' | 'MERCHANT_INVITATION' | 'MERCHANT_TAKEOVER' | 'CHANGE_EMAIL';

/** What runs one statement: a pg Pool or Client. */
interface Queryable {
  query<R extends object>(text: string, values: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * The last link of this kind mailed to an address, as its outbox row holds it: the token while
 * the e-mail waits to be sent; once sent the row keeps the token no more (OutboxStore.settle), and
 * the e-mail delivered is found by its Message-ID, which carries `outboxId`. Null when none was
 * mailed. Read by the demo seed (its consumers confirm their address) and by the tests' mailbox.
 */
export async function lastMailedLink(db: Queryable, address: string, kind: MailedLink): Promise<{ outboxId: string; token: string | null } | null> {
  const { rows } = await db.query<{ outboxId: string; token: string | null }>(
    `SELECT id::text AS "outboxId", payload ->> 'token' AS token FROM notifications.outbox
      WHERE channel = 'EMAIL' AND payload ->> 'kind' = 'ACCOUNT_EMAIL' AND payload ->> 'email' = $2 AND payload -> 'to' ->> 'address' = lower($1)
      ORDER BY seq DESC LIMIT 1`,
    [address, kind],
  );
  return rows[0] ?? null;
}

/** The token of the link in an e-mail's text or HTML (links carry it after `#token=`). */
export function linkTokenIn(text: string): string | null {
  return /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? null;
}

/** The text and HTML of the .eml a notifier without SMTP wrote under `directory` for this outbox row; null if no such file. */
export async function mailFileText(directory: string, outboxId: string): Promise<string | null> {
  const name = (await readdir(directory).catch(() => [] as string[])).find((file) => file.endsWith('.eml') && file.includes(outboxId));
  if (!name) return null;
  const mail = await simpleParser(await readFile(join(directory, name)));
  return `${mail.text ?? ''} ${typeof mail.html === 'string' ? mail.html : ''}`;
}

/** The link's token in the .eml a notifier without SMTP wrote under `directory` for this outbox row; null if no such file. */
export async function linkTokenInMailFile(directory: string, outboxId: string): Promise<string | null> {
  const text = await mailFileText(directory, outboxId);
  return text === null ? null : linkTokenIn(text);
}
