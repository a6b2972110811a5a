/**
 * What a confirmation link is for, as its e-mail says in the link's query (`purpose`): only a new
 * address's link (CHANGE_EMAIL) says it. Once a link has served or lapsed the API no longer knows
 * what it was, so the page reads it here. It is no secret and decides nothing the API does: the
 * page sends the token alone, and the API goes by the token's own purpose. Links mailed before it
 * was written, and the sign-up's, say nothing: they are confirmations of one's address, as before.
 */
export type LinkPurpose = 'CHANGE_EMAIL' | 'CONFIRM_ADDRESS';

export const purposeFromLink = (search: string): LinkPurpose => (new URLSearchParams(search).get('purpose') === 'change-email' ? 'CHANGE_EMAIL' : 'CONFIRM_ADDRESS');

/**
 * What the page offers when the API refused the link:
 * - SIGN_IN_THEN_BACK: the link works only signed in to its account (FORBIDDEN); back here after;
 * - ASK_AGAIN_FROM_ACCOUNT / SIGN_IN_TO_ASK_AGAIN: a new address's link that no longer works
 *   (lapsed, used, voided by a newer request or a new password, or its address taken meanwhile):
 *   the change is asked for again from the account page, signed in; a sign-up confirmation would
 *   not apply;
 * - RESEND_SIGNED_IN / RESEND_BY_ADDRESS: an address confirmation that no longer works: a new one;
 * - NOTHING: nothing of the above applies (signed in already for FORBIDDEN; a new address's link
 *   that did not reach the API, or was not judged: the alert says to try again).
 */
export type FailedLinkOffer = 'SIGN_IN_THEN_BACK' | 'ASK_AGAIN_FROM_ACCOUNT' | 'SIGN_IN_TO_ASK_AGAIN' | 'RESEND_SIGNED_IN' | 'RESEND_BY_ADDRESS' | 'NOTHING';

export function offerOnFailure({ code, purpose, signedIn }: { code: string; purpose: LinkPurpose; signedIn: boolean }): FailedLinkOffer {
  if (code === 'FORBIDDEN') return signedIn ? 'NOTHING' : 'SIGN_IN_THEN_BACK';
  if (purpose === 'CHANGE_EMAIL') {
    // The token refused (BAD_USER_INPUT on it): anything else (an outage, no network) said nothing of the link.
    if (code !== 'BAD_USER_INPUT') return 'NOTHING';
    return signedIn ? 'ASK_AGAIN_FROM_ACCOUNT' : 'SIGN_IN_TO_ASK_AGAIN';
  }
  return signedIn ? 'RESEND_SIGNED_IN' : 'RESEND_BY_ADDRESS';
}
