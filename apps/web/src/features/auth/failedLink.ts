/**
 * What a confirmation link is for, as its e-mail says in the link's query (`purpose`): a new
 * address's link (CHANGE_EMAIL, `change-email`) and a company address's (MERCHANT_ADDRESS,
 * `merchant-address`, asked by a merchant's owner from the company's profile page) say it. Once a
 * link has served or lapsed the API no longer knows what it was, so the page reads it here. It is
 * no secret and decides nothing the API does: the page sends the token alone, and the API goes by
 * the token's own purpose. Links mailed before it was written, and the sign-up's, say nothing:
 * they are confirmations of one's address, as before.
 */
export type LinkPurpose = 'CHANGE_EMAIL' | 'MERCHANT_ADDRESS' | 'CONFIRM_ADDRESS';

/** The query's words for each purpose (a Map: a word such as `constructor` is no purpose). */
const PURPOSES = new Map<string, LinkPurpose>([
  ['change-email', 'CHANGE_EMAIL'],
  ['merchant-address', 'MERCHANT_ADDRESS'],
]);

export const purposeFromLink = (search: string): LinkPurpose => PURPOSES.get(new URLSearchParams(search).get('purpose') ?? '') ?? 'CONFIRM_ADDRESS';

/**
 * Where a merchant's owner asks for a company address's link (again): her company's profile page,
 * at its « Adresse de l’entreprise » section (the page scrolls there: below the support channels'
 * form, it was out of sight on a phone).
 */
export const MERCHANT_ADDRESS_SECTION = 'company-address';
export const MERCHANT_ADDRESS_PAGE = `/merchant/profile#${MERCHANT_ADDRESS_SECTION}`;

/**
 * What the page offers when the API refused the link:
 * - SIGN_IN_THEN_BACK: the link works only signed in to its account (FORBIDDEN); back here after;
 * - ASK_AGAIN_FROM_ACCOUNT / SIGN_IN_TO_ASK_AGAIN: a new address's link that no longer works
 *   (lapsed, used, voided by a newer request or a new password, or its address taken meanwhile):
 *   the change is asked for again from the account page, signed in; a sign-up confirmation would
 *   not apply;
 * - ASK_AGAIN_FROM_MERCHANT_PROFILE / SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE /
 *   OWNER_ASKS_AGAIN: a company address's link that no longer works (lapsed, used, or its account
 *   no longer the company's owner): its owner asks for a new one from the company's profile page
 *   (MERCHANT_ADDRESS_PAGE); signed out, she signs in first and lands there if the account she
 *   signed in to owns a merchant, back here otherwise (afterSignInToAskAgain); signed in to an
 *   account that is no merchant's owner, the page only says so (that page is not hers);
 * - MERCHANT_ALREADY_VERIFIED: such a link, opened by the owner of a company verified already with
 *   a domain (most often the link that verified it, opened again): nothing to ask again, the
 *   profile's section shows no form any more; the page says so and shows the way to that section;
 * - RESEND_SIGNED_IN / RESEND_BY_ADDRESS: an address confirmation that no longer works: a new one;
 * - NOTHING: nothing of the above applies (signed in already for FORBIDDEN; a link that says its
 *   purpose but did not reach the API, or was not judged: the alert says to try again).
 */
export type FailedLinkOffer =
  | 'SIGN_IN_THEN_BACK'
  | 'ASK_AGAIN_FROM_ACCOUNT'
  | 'SIGN_IN_TO_ASK_AGAIN'
  | 'ASK_AGAIN_FROM_MERCHANT_PROFILE'
  | 'SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE'
  | 'OWNER_ASKS_AGAIN'
  | 'MERCHANT_ALREADY_VERIFIED'
  | 'RESEND_SIGNED_IN'
  | 'RESEND_BY_ADDRESS'
  | 'NOTHING';

/** An account that owns a merchant: the one that asks for its company address's link (the page's and the sign-in's one test). */
export const ownsAMerchant = (account: { merchantId?: string | null; merchantOwner?: boolean | null }): boolean => !!account.merchantOwner && !!account.merchantId;

/**
 * Where signing in from a refused company address's link (SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE)
 * leads, once the account is known: its owner to the company's profile page, where she asks
 * again; any other account (a consumer, an agent) back to the confirmation page (`linkPage`, its
 * token with it), which then says who asks (OWNER_ASKS_AGAIN): the profile page is not hers.
 */
export const afterSignInToAskAgain = (account: { merchantId?: string | null; merchantOwner?: boolean | null }, linkPage: string): string =>
  ownsAMerchant(account) ? MERCHANT_ADDRESS_PAGE : linkPage;

/**
 * `merchantVerified`: whether the signed-in owner's company is verified with a domain (the
 * profile's section then shows no form); null while the page has not read it yet, when nothing
 * is offered for a company address's link until it has.
 */
export function offerOnFailure({ code, purpose, signedIn, merchantOwner, merchantVerified = false }: { code: string; purpose: LinkPurpose; signedIn: boolean; merchantOwner: boolean; merchantVerified?: boolean | null }): FailedLinkOffer {
  if (code === 'FORBIDDEN') return signedIn ? 'NOTHING' : 'SIGN_IN_THEN_BACK';
  if (purpose === 'CONFIRM_ADDRESS') return signedIn ? 'RESEND_SIGNED_IN' : 'RESEND_BY_ADDRESS';
  // The token refused (BAD_USER_INPUT on it): anything else (an outage, no network) said nothing of the link.
  if (code !== 'BAD_USER_INPUT') return 'NOTHING';
  if (purpose === 'CHANGE_EMAIL') return signedIn ? 'ASK_AGAIN_FROM_ACCOUNT' : 'SIGN_IN_TO_ASK_AGAIN';
  if (!signedIn) return 'SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE';
  if (!merchantOwner) return 'OWNER_ASKS_AGAIN';
  if (merchantVerified === null) return 'NOTHING';
  return merchantVerified ? 'MERCHANT_ALREADY_VERIFIED' : 'ASK_AGAIN_FROM_MERCHANT_PROFILE';
}
