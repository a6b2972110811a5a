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

/**
 * A person's personal data was erased (issue 17): her key is destroyed, so her words read as
 * erased from now on, and every read model must drop the copies it made while they were still
 * readable. Recorded once the key is gone (in `account-<subject>`), so that a reader applying it
 * in order has read every one of her readable words before it. `disputes` names the disputes
 * whose copies to write again from their events; a retention erasure of one dispute (no subject)
 * names only it. Each read model applies it in the same transaction as its checkpoint: a crash
 * replays it, a rebuild meets it again (and has nothing left to scrub).
 */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

export interface PersonalDataErased {
  type: typeof PERSONAL_DATA_ERASED;
  data: {
    /** The data subject (an account id) whose key was destroyed; absent for a dispute erased as a whole. */
    subject?: string;
    /** The disputes holding copies of the erased words: written again from their events. */
    disputes: string[];
    at: string;
  };
}

/** The event, ready to append, for the subject's stream (or any stream a retention job keeps). */
export const personalDataErased = (data: PersonalDataErased['data']): { type: typeof PERSONAL_DATA_ERASED; data: PersonalDataErased['data'] } => ({ type: PERSONAL_DATA_ERASED, data });
