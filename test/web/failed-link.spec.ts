import { afterSignInToAskAgain, MERCHANT_ADDRESS_PAGE, offerOnFailure, ownsAMerchant, purposeFromLink, type LinkPurpose } from '../../apps/web/src/features/auth/failedLink';
import { tokenFromLink } from '../../apps/web/src/features/auth/tokenFromLink';
import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';
import { accountEmailMessage } from '../../libs/notifications/src/messages/account-email-message';
import { linksFrom } from '../../libs/notifications/src/messages/links';

/**
 * The confirmation page (/confirm-email) when the API refuses its link: what it offers depends on
 * what the link was for, which a new address's e-mail says in the link (the link's row is gone once
 * it served or lapsed, and the API cannot say).
 */
const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });
/** The link of an account e-mail, as the reader's browser opens it. */
const mailedLink = (email: 'CHANGE_EMAIL' | 'VERIFY_EMAIL' | 'MERCHANT_ADDRESS', token: string) => {
  const mail = accountEmailMessage('id', { kind: 'ACCOUNT_EMAIL', email, to: { address: 'claire@new.test', displayName: 'Claire', locale: 'fr' }, token }, links, 'recours.example');
  return new URL(/https:\/\/recours\.example\/\S+/.exec(mail.text)![0]);
};

describe('a link’s purpose, as its e-mail says it', () => {
  it('is a new address’s for the link mailed to one; the token stays in the fragment, the same', () => {
    const link = mailedLink('CHANGE_EMAIL', 'c-1');
    expect(link.pathname).toBe('/confirm-email');
    expect(purposeFromLink(link.search)).toBe('CHANGE_EMAIL');
    expect(tokenFromLink(link.hash)).toBe('c-1');
  });

  it('is a company address’s for the link mailed to confirm one (requestMerchantVerification); the token stays in the fragment, the same', () => {
    const link = mailedLink('MERCHANT_ADDRESS', 'm-1');
    expect(link.pathname).toBe('/confirm-email');
    expect(purposeFromLink(link.search)).toBe('MERCHANT_ADDRESS');
    expect(tokenFromLink(link.hash)).toBe('m-1');
  });

  it('is an address confirmation for the sign-up’s link, for links mailed before it was said, and for anything else in the query', () => {
    expect(purposeFromLink(mailedLink('VERIFY_EMAIL', 'v-1').search)).toBe('CONFIRM_ADDRESS');
    // A new address's or a company address's link mailed before the query said it.
    expect(purposeFromLink('')).toBe('CONFIRM_ADDRESS');
    for (const search of ['?purpose=CHANGE_EMAIL', '?purpose=MERCHANT_ADDRESS', '?purpose=', '?purpose=reset-password', '?purpose=constructor', '?for=change-email']) expect(purposeFromLink(search)).toBe('CONFIRM_ADDRESS');
  });
});

describe('what the page offers when the API refuses the link', () => {
  const offer = (code: string, purpose: LinkPurpose, signedIn: boolean, merchantOwner = false) => offerOnFailure({ code, purpose, signedIn, merchantOwner });

  it('a new address’s link that no longer works: the change asked for again from the account page, never a sign-up confirmation', () => {
    expect(offer('BAD_USER_INPUT', 'CHANGE_EMAIL', true)).toBe('ASK_AGAIN_FROM_ACCOUNT');
    expect(offer('BAD_USER_INPUT', 'CHANGE_EMAIL', false)).toBe('SIGN_IN_TO_ASK_AGAIN');
    // An outage or no network said nothing of the link: its alert says to try again, and nothing else is offered.
    for (const code of ['NETWORK', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']) for (const signedIn of [true, false]) expect(offer(code, 'CHANGE_EMAIL', signedIn)).toBe('NOTHING');
  });

  it('a company address’s link that no longer works: a new link asked for by the company’s owner from its profile page, never a sign-up confirmation', () => {
    expect(offer('BAD_USER_INPUT', 'MERCHANT_ADDRESS', true, true)).toBe('ASK_AGAIN_FROM_MERCHANT_PROFILE');
    // Signed out: she signs in, and lands on that page.
    expect(offer('BAD_USER_INPUT', 'MERCHANT_ADDRESS', false)).toBe('SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE');
    // Signed in to an account that owns no company (a consumer, an agent): that page is not hers; the page says who asks.
    expect(offer('BAD_USER_INPUT', 'MERCHANT_ADDRESS', true, false)).toBe('OWNER_ASKS_AGAIN');
    for (const code of ['NETWORK', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']) for (const signedIn of [true, false]) expect(offer(code, 'MERCHANT_ADDRESS', signedIn, signedIn)).toBe('NOTHING');
    // Her company verified already (most often by this very link, opened again): nothing to ask
    // again (the profile shows no form); while the page has not read it, nothing is offered yet.
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'MERCHANT_ADDRESS', signedIn: true, merchantOwner: true, merchantVerified: true })).toBe('MERCHANT_ALREADY_VERIFIED');
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'MERCHANT_ADDRESS', signedIn: true, merchantOwner: true, merchantVerified: false })).toBe('ASK_AGAIN_FROM_MERCHANT_PROFILE');
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'MERCHANT_ADDRESS', signedIn: true, merchantOwner: true, merchantVerified: null })).toBe('NOTHING');
    // It is hers to know: an agent of a verified company, or anyone signed out, is offered what they were.
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'MERCHANT_ADDRESS', signedIn: true, merchantOwner: false, merchantVerified: true })).toBe('OWNER_ASKS_AGAIN');
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'MERCHANT_ADDRESS', signedIn: false, merchantOwner: false, merchantVerified: true })).toBe('SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE');
    // Other links and refusals are not about her company.
    expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: 'CHANGE_EMAIL', signedIn: true, merchantOwner: true, merchantVerified: true })).toBe('ASK_AGAIN_FROM_ACCOUNT');
    expect(offerOnFailure({ code: 'FORBIDDEN', purpose: 'MERCHANT_ADDRESS', signedIn: false, merchantOwner: false, merchantVerified: true })).toBe('SIGN_IN_THEN_BACK');
    // The page a merchant's owner asks for it from is the company's profile page, at its company address section.
    expect(MERCHANT_ADDRESS_PAGE).toBe('/merchant/profile#company-address');
  });

  it('signing in from a refused company address’s link: its owner lands on the profile page, any other account back on the link’s page, which says who asks', () => {
    const linkPage = '/confirm-email?purpose=merchant-address#token=m-1';
    const owner = { role: 'MERCHANT', merchantId: 'shop', merchantOwner: true };
    expect(afterSignInToAskAgain(owner, linkPage)).toBe(MERCHANT_ADDRESS_PAGE);
    // A consumer, a merchant's agent, an account that once owned a company: the profile page is not theirs (a merchant's, its owner's).
    const others = [
      { role: 'CONSUMER', merchantId: null, merchantOwner: false },
      { role: 'MERCHANT', merchantId: 'shop', merchantOwner: false },
      { role: 'MERCHANT', merchantId: null, merchantOwner: true },
      { role: 'MEDIATOR', merchantId: null, merchantOwner: false },
    ];
    for (const account of others) {
      expect(afterSignInToAskAgain(account, linkPage)).toBe(linkPage);
      // Back there, signed in, the link refused again: the page says its owner asks, and offers no page that is not hers.
      expect(offerOnFailure({ code: 'BAD_USER_INPUT', purpose: purposeFromLink(new URL(linkPage, 'https://recours.example').search), signedIn: true, merchantOwner: ownsAMerchant(account) })).toBe('OWNER_ASKS_AGAIN');
    }
  });

  it('an address confirmation that no longer works (and an old link that says nothing): a new confirmation e-mail, as before', () => {
    expect(offer('BAD_USER_INPUT', 'CONFIRM_ADDRESS', true)).toBe('RESEND_SIGNED_IN');
    expect(offer('BAD_USER_INPUT', 'CONFIRM_ADDRESS', false)).toBe('RESEND_BY_ADDRESS');
  });

  it('a link that works only signed in to its account: signing in first, whatever it says it is for', () => {
    for (const purpose of ['CHANGE_EMAIL', 'MERCHANT_ADDRESS', 'CONFIRM_ADDRESS'] as const) {
      expect(offer('FORBIDDEN', purpose, false)).toBe('SIGN_IN_THEN_BACK');
      for (const merchantOwner of [true, false]) expect(offer('FORBIDDEN', purpose, true, merchantOwner)).toBe('NOTHING');
    }
  });

  it('says what happened and what to do in French and English, the French typeset', () => {
    for (const key of ['confirm.newAddress.failed', 'confirm.newAddress.askAgain', 'confirm.newAddress.signInToAskAgain'] as const) {
      expect(fr[key]).toBeTruthy();
      expect(fr[key]).not.toBe(en[key]);
    }
    const french = fillMessage(fr['confirm.newAddress.failed'], undefined, 'fr-FR');
    expect(french).toContain('il ne sert plus\u202f: il a expiré');
    expect(french).toContain('la page «\u202fMon compte\u202f»');
    expect(french).not.toMatch(/inscription|renvoyer/i);
    expect(fillMessage(en['confirm.newAddress.failed'], undefined, 'en-GB')).toContain('ask for the change again from the “My account” page');
  });

  it('says what happened to a company address’s link, and where its owner asks for a new one, in French and English, the French typeset', () => {
    const keys = ['confirm.merchantAddress.failed', 'confirm.merchantAddress.askAgain', 'confirm.merchantAddress.alreadyVerified', 'confirm.merchantAddress.seeProfile', 'confirm.merchantAddress.signInToAskAgain', 'profile.companyAddress.title', 'profile.companyAddress.lead', 'profile.companyAddress.email', 'profile.companyAddress.send', 'profile.companyAddress.sent', 'profile.companyAddress.verified'] as const;
    for (const key of keys) {
      expect(fr[key]).toBeTruthy();
      expect(fr[key]).not.toBe(en[key]);
    }
    const french = fillMessage(fr['confirm.merchantAddress.failed'], undefined, 'fr-FR');
    expect(french).toContain('il ne sert plus\u202f: il a expiré (il valait 7 jours)');
    expect(french).toContain('depuis la page «\u202fProfil\u202f»');
    expect(french).not.toMatch(/inscription|renvoyer/i);
    // The page it names is the one the company's address is asked for from (the navigation's word for it).
    expect(french).toContain(`«\u202f${fr['nav.profile']}\u202f»`);
    expect(en['confirm.merchantAddress.failed']).toContain(`“${en['nav.profile']}” page`);
    expect(fillMessage(en['confirm.merchantAddress.failed'], undefined, 'en-GB')).toContain('it expired (it lasted 7 days)');
    expect(fillMessage(fr['confirm.merchantAddress.alreadyVerified'], { domain: 'acme.test' }, 'fr-FR')).toBe('Ce lien ne sert plus, et il n’y a rien à refaire\u202f: votre entreprise est déjà vérifiée, avec le domaine acme.test.');
    expect(fillMessage(en['confirm.merchantAddress.alreadyVerified'], { domain: 'acme.test' }, 'en-GB')).toBe('This link no longer works, and there is nothing left to do: your company is already verified, with the domain acme.test.');
  });
});
