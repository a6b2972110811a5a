import { Client } from 'pg';

export type MailedLink = 'VERIFY_EMAIL' | 'AGENT_INVITATION' | 'MERCHANT_ADDRESS' | 'RESET_PASSWORD' | 'MERCHANT_INVITATION' | 'MERCHANT_TAKEOVER';

/**
 * The token of the last link of this kind mailed to an address, read from the notifications
 * outbox (the e-mail as it waits to be sent), as someone reading her mail would click it.
 * Null when nothing was mailed.
 */
export async function mailedToken(databaseUrl: string, address: string, kind: MailedLink): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'recours-test-mailbox' });
  await client.connect();
  try {
    const { rows } = await client.query<{ token: string }>(
      `SELECT payload ->> 'token' AS token FROM notifications.outbox
        WHERE channel = 'EMAIL' AND payload ->> 'kind' = 'ACCOUNT_EMAIL' AND payload ->> 'email' = $2 AND payload -> 'to' ->> 'address' = lower($1)
        ORDER BY seq DESC LIMIT 1`,
      [address, kind],
    );
    return rows[0]?.token ?? null;
  } finally {
    await client.end();
  }
}
