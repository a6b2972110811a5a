/**
 * Events about an account that the disputes' public figures depend on, each in the account's
 * own stream: a rating weighs in full once its author confirmed her address (issue 12 item 4),
 * and that must be read from the log for the scorecard to be recomputed from it.
 */
export const ACCOUNT_STREAM_PREFIX = 'account-';

export const accountStreamId = (accountId: string): string => `${ACCOUNT_STREAM_PREFIX}${accountId}`;

export const ACCOUNT_EMAIL_VERIFIED = 'AccountEmailVerified';

export interface AccountEmailVerified {
  type: typeof ACCOUNT_EMAIL_VERIFIED;
  data: { accountId: string; at: string };
}
