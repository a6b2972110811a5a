import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Locale } from '@recours/locale';
import { queueAccountEmail, type AccountEmailKind, type AccountLinkKind } from '@recours/notifications';
import type { EntityManager } from 'typeorm';
import type { GivenTeamRole } from './team-role';

/**
 * How long a link works: a week to confirm or to join; an hour to reset a password (whoever reads
 * the mailbox later gets nothing); a month for a company invited by a consumer, which may read
 * its contact address seldom; a day for a new address of an account.
 */
export const VALID_FOR_MINUTES: Record<AccountLinkKind, number> = {
  VERIFY_EMAIL: 7 * 24 * 60,
  AGENT_INVITATION: 7 * 24 * 60,
  MERCHANT_ADDRESS: 7 * 24 * 60,
  RESET_PASSWORD: 60,
  MERCHANT_INVITATION: 30 * 24 * 60,
  MERCHANT_TAKEOVER: 7 * 24 * 60,
  // A new address for an account: a day, and it works only while the account still has the address it was asked from.
  CHANGE_EMAIL: 24 * 60,
};

export interface EmailConfirmation {
  id: string;
  purpose: AccountEmailKind;
  email: string;
  accountId: string | null;
  merchantId: string | null;
  displayName: string;
  /** The team role an invited agent will hold. */
  teamRole: GivenTeamRole | null;
}

export interface NewConfirmation {
  purpose: AccountLinkKind;
  email: string;
  displayName: string;
  locale: Locale;
  accountId?: string;
  merchantId?: string;
  /** The team role an invited agent will hold (AGENT_INVITATION). */
  teamRole?: GivenTeamRole;
  /** Named in the e-mail (invitations, merchant addresses). */
  merchantName?: string;
  /**
   * The display name of the account this link works for only signed in (opensSignedInOnly, in
   * accounts.service.ts): the e-mail then says what the click does for which account and company.
   */
  signedInAs?: string;
}

/**
 * The one-time links that are a person's, as a WHERE clause on accounts.email_confirmations ($1 her
 * account id, $2 an address of hers, $3 when she gave it up, null while it is hers): made for her
 * account, or sent to that address while it was hers, as an agent's invitation she accepted is (it
 * names no account). An address changes hands (requestEmailChange): what was sent there after she
 * gave it up, and what was made for an account that had it before and gave it up, are not hers.
 * Her erasure deletes these, her archive lists them. Addresses compared as stored: links keep
 * canonicalEmail's spelling, as her addresses do (AddressSpellingsOfLinks), which the indexes on
 * account_id and email serve (LinksByPerson); `lower(email)` read every link ever made.
 */
export const LINKS_OF_PERSON = `(account_id = $1 OR (email = $2 AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz)
  AND NOT EXISTS (SELECT 1 FROM accounts.previous_emails given_up WHERE given_up.account_id = email_confirmations.account_id AND given_up.email = email_confirmations.email)))`;

/** Only the hash is stored: a copy of the table does not let anyone confirm anything. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A one-time link by e-mail (address confirmation, agent invitation): the row and its e-mail
 * (in the notifications outbox) are written in the caller's transaction, so that a link exists
 * exactly when its e-mail is due. Answers the confirmation's id.
 */
export async function issueConfirmation(manager: EntityManager, confirmation: NewConfirmation): Promise<string> {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  await manager.query(
    `INSERT INTO accounts.email_confirmations (id, token_hash, purpose, email, account_id, merchant_id, display_name, expires_at, team_role)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(mins => $8), $9)`,
    [id, hashOf(token), confirmation.purpose, confirmation.email, confirmation.accountId ?? null, confirmation.merchantId ?? null, confirmation.displayName, VALID_FOR_MINUTES[confirmation.purpose], confirmation.teamRole ?? null],
  );
  await queueAccountEmail(manager, id, {
    email: confirmation.purpose,
    to: { address: confirmation.email, displayName: confirmation.displayName, locale: confirmation.locale },
    token,
    ...(confirmation.merchantName ? { merchant: confirmation.merchantName } : {}),
    ...(confirmation.signedInAs ? { account: confirmation.signedInAs } : {}),
  });
  return id;
}

type ConfirmationRow = { id: string; purpose: AccountEmailKind; email: string; account_id: string | null; merchant_id: string | null; display_name: string; team_role: GivenTeamRole | null };

const confirmationOf = (row: ConfirmationRow | undefined): EmailConfirmation | null =>
  row ? { id: row.id, purpose: row.purpose, email: row.email, accountId: row.account_id, merchantId: row.merchant_id, displayName: row.display_name, teamRole: row.team_role } : null;

/** Reads a link without using it (a company's invitation serves until its profile is taken over), or null as takeConfirmation would. */
export async function peekConfirmation(manager: EntityManager, token: string, purposes: readonly AccountEmailKind[]): Promise<EmailConfirmation | null> {
  const rows: ConfirmationRow[] = await manager.query(
    `SELECT id, purpose, email, account_id, merchant_id, display_name, team_role FROM accounts.email_confirmations
      WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()`,
    [hashOf(token), purposes],
  );
  return confirmationOf(rows[0]);
}

/** Uses a link once: the confirmation it names, or null when it is unknown, used, expired or for something else. */
export async function takeConfirmation(manager: EntityManager, token: string, purposes: readonly AccountEmailKind[]): Promise<EmailConfirmation | null> {
  const rows: ConfirmationRow[] = await manager.query(
    // In a CTE: TypeORM answers a bare UPDATE as [rows, count], a SELECT as its rows.
    `WITH taken AS (
       UPDATE accounts.email_confirmations SET used_at = now()
        WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()
        RETURNING id, purpose, email, account_id, merchant_id, display_name, team_role)
     SELECT * FROM taken`,
    [hashOf(token), purposes],
  );
  return confirmationOf(rows[0]);
}
