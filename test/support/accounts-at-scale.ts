import type { Client } from 'pg';

/**
 * A country's accounts and one-time links, for the specs that plan an erasure's or an export's
 * statements: 100,000 accounts (`camille.martin<n>@exemple.fr`, ids `10000000-…-<n>`), one in ten
 * with an address it gave up, and 200,000 links as canonicalEmail spells their addresses: one in
 * two an address confirmation of one of the accounts, the others resets and invitations naming none.
 */
export async function fillAccountsAndLinks(client: Client): Promise<void> {
  await client.query(`
    INSERT INTO accounts.accounts (id, email, password_hash, display_name, role, locale)
    SELECT ('10000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'camille.martin' || g || '@exemple.fr', 'x', 'Camille Martin', 'CONSUMER', 'fr' FROM generate_series(1, 100000) g`);
  await client.query(`
    INSERT INTO accounts.previous_emails (account_id, email, replaced_at)
    SELECT ('10000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'ancienne' || g || '@exemple.fr', now() - interval '1 year' FROM generate_series(10, 100000, 10) g`);
  await client.query(`
    INSERT INTO accounts.email_confirmations (id, token_hash, purpose, email, account_id, display_name, expires_at, created_at)
    SELECT ('40000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, md5('token' || g), CASE WHEN g % 2 = 0 THEN 'VERIFY_EMAIL' WHEN g % 3 = 0 THEN 'AGENT_INVITATION' ELSE 'RESET_PASSWORD' END,
           'camille.martin' || (g % 100000) || '@exemple.fr', CASE WHEN g % 2 = 0 THEN ('10000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0'))::uuid END,
           'Camille Martin', now() + interval '1 day', now() - g * interval '1 minute'
      FROM generate_series(1, 200000) g`);
}
