import { offerOnFailure, purposeFromLink, type LinkPurpose } from '../../apps/web/src/features/auth/failedLink';
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

  it('is an address confirmation for the sign-up’s and a company’s links, for links mailed before it was said, and for anything else in the query', () => {
    for (const email of ['VERIFY_EMAIL', 'MERCHANT_ADDRESS'] as const) expect(purposeFromLink(mailedLink(email, 'v-1').search)).toBe('CONFIRM_ADDRESS');
    // A new address's link mailed before the query said it.
    expect(purposeFromLink('')).toBe('CONFIRM_ADDRESS');
    for (const search of ['?purpose=CHANGE_EMAIL', '?purpose=', '?purpose=reset-password', '?for=change-email']) expect(purposeFromLink(search)).toBe('CONFIRM_ADDRESS');
  });
});

describe('what the page offers when the API refuses the link', () => {
  const offer = (code: string, purpose: LinkPurpose, signedIn: boolean) => offerOnFailure({ code, purpose, signedIn });

  it('a new address’s link that no longer works: the change asked for again from the account page, never a sign-up confirmation', () => {
    expect(offer('BAD_USER_INPUT', 'CHANGE_EMAIL', true)).toBe('ASK_AGAIN_FROM_ACCOUNT');
    expect(offer('BAD_USER_INPUT', 'CHANGE_EMAIL', false)).toBe('SIGN_IN_TO_ASK_AGAIN');
    // An outage or no network said nothing of the link: its alert says to try again, and nothing else is offered.
    for (const code of ['NETWORK', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']) for (const signedIn of [true, false]) expect(offer(code, 'CHANGE_EMAIL', signedIn)).toBe('NOTHING');
  });

  it('an address confirmation that no longer works (and an old link that says nothing): a new confirmation e-mail, as before', () => {
    expect(offer('BAD_USER_INPUT', 'CONFIRM_ADDRESS', true)).toBe('RESEND_SIGNED_IN');
    expect(offer('BAD_USER_INPUT', 'CONFIRM_ADDRESS', false)).toBe('RESEND_BY_ADDRESS');
  });

  it('a link that works only signed in to its account: signing in first, whatever it says it is for', () => {
    for (const purpose of ['CHANGE_EMAIL', 'CONFIRM_ADDRESS'] as const) {
      expect(offer('FORBIDDEN', purpose, false)).toBe('SIGN_IN_THEN_BACK');
      expect(offer('FORBIDDEN', purpose, true)).toBe('NOTHING');
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
});
