import type { Locale } from '@recours/locale';

/**
 * The e-mails about an account rather than a dispute: each carries a one-time link, but the notice
 * to an address being replaced (EMAIL_CHANGE_NOTICE), which tells of the link sent to the new one
 * (CHANGE_EMAIL). A company a consumer invited (MERCHANT_INVITATION) takes over its profile by
 * confirming an address at its own domain (MERCHANT_TAKEOVER).
 */
export type AccountEmailKind = 'VERIFY_EMAIL' | 'AGENT_INVITATION' | 'MERCHANT_ADDRESS' | 'RESET_PASSWORD' | 'MERCHANT_INVITATION' | 'MERCHANT_TAKEOVER' | 'CHANGE_EMAIL' | 'EMAIL_CHANGE_NOTICE';

/** The account e-mails that carry a one-time link (a row of accounts.email_confirmations); the others tell of one (EMAIL_CHANGE_NOTICE, to the address being replaced). */
export type AccountLinkKind = Exclude<AccountEmailKind, 'EMAIL_CHANGE_NOTICE'>;

/** An account e-mail as the outbox holds it (payload of an EMAIL row whose kind is ACCOUNT_EMAIL). */
export interface AccountEmailPayload {
  kind: 'ACCOUNT_EMAIL';
  email: AccountEmailKind;
  to: { address: string; displayName: string; locale: Locale };
  /** The one-time token of the link; only its hash is kept with the account. */
  token: string;
  /** For an invitation, a merchant address or a takeover: the merchant's name. */
  merchant?: string;
  /**
   * The display name of the account the link works for only when opened signed in to it (an
   * address confirmation that may make that account the merchant's: verify it, or hand it an
   * invited profile). The e-mail then says so, naming the account and the company.
   */
  account?: string;
}

export const isAccountEmail = (payload: unknown): payload is AccountEmailPayload => (payload as { kind?: string } | null)?.kind === 'ACCOUNT_EMAIL';
