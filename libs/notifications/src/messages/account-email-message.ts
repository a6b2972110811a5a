import { frenchOf, verbatim } from '@recours/locale';
import { renderEmail, type Email } from '@recours/mail';
import type { AccountEmailPayload } from '../account-emails/account-email';
import type { Links } from './links';
import { shownCompanyName, shownName } from './shown-name';

/**
 * The company as the e-mails name it: its name as shown (shownCompanyName), or, when nothing of it
 * can be shown (null), « cette entreprise » / "this company", never quoted nor after « l’entreprise »
 * (« l’entreprise « cette entreprise » »); capitalised at the head of a sentence; after « de »,
 * elided before a vowel (« un client d’Acme », frenchOf).
 */
const COMPANY = {
  fr: {
    name: (merchant: string | null) => merchant ?? 'cette entreprise',
    Name: (merchant: string | null) => merchant ?? 'Cette entreprise',
    of: (merchant: string | null) => (merchant ? frenchOf(merchant) : 'de cette entreprise'),
  },
  en: { name: (merchant: string | null) => merchant ?? 'this company', Name: (merchant: string | null) => merchant ?? 'This company' },
};
const fr = COMPANY.fr;
const en = COMPANY.en;

const WORDS = {
  fr: {
    greeting: (name: string | null) => (name ? `Bonjour ${verbatim(name)},` : 'Bonjour,'),
    /** The account a signed-in-only link works for: its name quoted, or, when nothing of it can be shown, which one. */
    account: (name: string | null) => (name ? `compte recours « ${verbatim(name)} »` : 'compte recours qui a demandé ce lien'),
    VERIFY_EMAIL: {
      subject: 'recours : confirmez votre adresse e-mail',
      body: () => ['Confirmez que cette adresse est bien la vôtre : vos avis compteront pleinement et, si vous êtes un professionnel, le nom de votre entreprise pourra être vérifié.'],
      action: 'Confirmer mon adresse',
    },
    AGENT_INVITATION: {
      subject: (merchant: string | null) => `recours : ${fr.name(merchant)} vous invite à traiter ses réclamations`,
      body: (merchant: string | null) => [`${fr.Name(merchant)} vous invite à rejoindre son équipe sur recours pour répondre aux réclamations de ses clients.`, 'Acceptez l’invitation pour choisir votre mot de passe.'],
      action: 'Accepter l’invitation',
    },
    MERCHANT_ADDRESS: {
      subject: (merchant: string | null) => `recours : confirmez l’adresse de ${merchant ? `l’entreprise ${merchant}` : 'cette entreprise'}`,
      body: (merchant: string | null) => [`Confirmez que cette adresse appartient à ${fr.name(merchant)} : son nom apparaîtra alors comme vérifié dans l’annuaire, avec le domaine de cette adresse.`],
      action: 'Confirmer cette adresse',
    },
    RESET_PASSWORD: {
      subject: 'recours : choisissez un nouveau mot de passe',
      body: () => ['Vous avez demandé à changer le mot de passe de votre compte recours. Ce lien vous permet d’en choisir un nouveau ; vos sessions ouvertes seront alors fermées.'],
      action: 'Choisir un nouveau mot de passe',
    },
    MERCHANT_INVITATION: {
      subject: (merchant: string | null) => `recours : un client ${fr.of(merchant)} vous invite à répondre à sa réclamation`,
      body: (merchant: string | null) => [
        `Un client ${fr.of(merchant)} dépose sur recours une réclamation après-vente qui vous concerne, et nous a demandé de vous en avertir à cette adresse.`,
        'recours sert à régler à l’amiable les litiges de consommation : le client, le professionnel et, si besoin, un médiateur de la consommation y suivent le même dossier. Les délais de la réclamation courent dès son dépôt, que vous répondiez sur recours ou non.',
        `Pour lire la réclamation et y répondre, reprenez le profil ${fr.of(merchant)} : vous confirmerez pour cela une adresse au domaine de votre entreprise (pas celle d’une messagerie gratuite).`,
      ],
      action: 'Reprendre le profil de mon entreprise',
    },
    MERCHANT_TAKEOVER: {
      subject: (merchant: string | null) => `recours : confirmez cette adresse pour reprendre le profil ${fr.of(merchant)}`,
      body: (merchant: string | null) => [
        `Vous avez demandé à reprendre le profil ${fr.of(merchant)} sur recours. Confirmez que cette adresse est bien la vôtre : vous choisirez votre mot de passe, ${merchant ? `le nom ${fr.of(merchant)} apparaîtra comme vérifié` : 'cette entreprise apparaîtra comme vérifiée'} avec le domaine de cette adresse, et vous verrez les réclamations qui lui sont adressées.`,
      ],
      action: 'Confirmer et reprendre le profil',
    },
    CHANGE_EMAIL: {
      subject: 'recours : confirmez votre nouvelle adresse e-mail',
      body: () => ['Vous avez demandé que votre compte recours utilise désormais cette adresse. Confirmez-la : elle remplacera l’ancienne, vos sessions ouvertes seront fermées et vous vous reconnecterez avec elle.'],
      action: 'Confirmer ma nouvelle adresse',
    },
    EMAIL_CHANGE_NOTICE: {
      subject: 'recours : une nouvelle adresse e-mail a été demandée pour votre compte',
      body: () => [
        'Votre mot de passe a servi à demander que votre compte recours utilise une autre adresse e-mail. Un lien a été envoyé à cette nouvelle adresse : votre compte ne change pas d’adresse tant qu’il n’a pas servi.',
        'Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe sans attendre et écrivez-nous.',
      ],
      action: null,
    },
    /** An address confirmation that makes the account the company's: what the click does, and for whom. */
    signedIn: {
      VERIFY_EMAIL: (merchant: string | null, account: string) => [
        'Confirmez que cette adresse est bien la vôtre.',
        `Ce lien sert aussi à confirmer que vous agissez pour ${merchant ? `l’entreprise « ${merchant} »` : 'cette entreprise'}, avec le ${account} : son nom apparaîtra alors comme vérifié dans l’annuaire, avec le domaine de cette adresse.`,
        'Ouvrez-le depuis une session ouverte sur ce compte : ouvert sans connexion, ou depuis un autre compte, il ne fait rien.',
      ],
      MERCHANT_ADDRESS: (merchant: string | null, account: string) => [
        `Ce lien sert à confirmer que vous agissez pour ${merchant ? `l’entreprise « ${merchant} »` : 'cette entreprise'}, avec le ${account} : son nom apparaîtra alors comme vérifié dans l’annuaire, avec le domaine de cette adresse.`,
        'Ouvrez-le depuis une session ouverte sur ce compte : ouvert sans connexion, ou depuis un autre compte, il ne fait rien.',
      ],
    },
    expires: 'Ce lien est valable 7 jours et ne sert qu’une fois.',
    expiresSoon: 'Ce lien est valable une heure et ne sert qu’une fois.',
    expiresMonth: 'Ce lien est valable 30 jours.',
    expiresDay: 'Ce lien est valable 24 heures et ne sert qu’une fois.',
    notYou: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera fait sans vous.',
    notYours: 'Si cette entreprise n’est pas la vôtre, ignorez ce message : rien ne sera fait en votre nom.',
  },
  en: {
    greeting: (name: string | null) => (name ? `Hello ${verbatim(name)},` : 'Hello,'),
    account: (name: string | null) => (name ? `recours account “${verbatim(name)}”` : 'recours account that asked for this link'),
    VERIFY_EMAIL: {
      subject: 'recours: confirm your e-mail address',
      body: () => ['Confirm that this address is yours: your ratings will then count in full and, for a merchant, its name can be verified.'],
      action: 'Confirm my address',
    },
    AGENT_INVITATION: {
      subject: (merchant: string | null) => `recours: ${en.name(merchant)} invites you to handle its claims`,
      body: (merchant: string | null) => [`${en.Name(merchant)} invites you to join its team on recours to answer its customers' claims.`, 'Accept the invitation to choose your password.'],
      action: 'Accept the invitation',
    },
    MERCHANT_ADDRESS: {
      subject: (merchant: string | null) => `recours: confirm ${en.name(merchant)}'s address`,
      body: (merchant: string | null) => [`Confirm that this address belongs to ${en.name(merchant)}: its name will then show as verified in the directory, with this address's domain.`],
      action: 'Confirm this address',
    },
    RESET_PASSWORD: {
      subject: 'recours: choose a new password',
      body: () => ['You asked to change the password of your recours account. This link lets you choose a new one; your open sessions will then be closed.'],
      action: 'Choose a new password',
    },
    MERCHANT_INVITATION: {
      subject: (merchant: string | null) => `recours: a customer of ${en.name(merchant)} invites you to answer a claim`,
      body: (merchant: string | null) => [
        `A customer of ${en.name(merchant)} is filing an after-sales claim that concerns you on recours, and asked us to tell you at this address.`,
        'recours settles consumer disputes out of court: the customer, the merchant and, when needed, a consumer mediator follow the same case file. The claim’s deadlines run from its filing, whether you answer on recours or not.',
        `To read the claim and answer it, take over ${en.name(merchant)}'s profile: you will confirm an address at your company's own domain (not a free mail provider's).`,
      ],
      action: 'Take over my company’s profile',
    },
    MERCHANT_TAKEOVER: {
      subject: (merchant: string | null) => `recours: confirm this address to take over ${en.name(merchant)}'s profile`,
      body: (merchant: string | null) => [
        `You asked to take over ${en.name(merchant)}'s profile on recours. Confirm that this address is yours: you will choose your password, ${en.name(merchant)} will show as verified with this address's domain, and you will see the claims addressed to it.`,
      ],
      action: 'Confirm and take over the profile',
    },
    CHANGE_EMAIL: {
      subject: 'recours: confirm your new e-mail address',
      body: () => ['You asked for your recours account to use this address from now on. Confirm it: it will replace the former one, your open sessions will be closed and you will sign in again with it.'],
      action: 'Confirm my new address',
    },
    EMAIL_CHANGE_NOTICE: {
      subject: 'recours: a new e-mail address was asked for your account',
      body: () => [
        'Your password was used to ask for your recours account to use another e-mail address. A link was sent to that new address: your account keeps this address until the link is used.',
        'If you did not ask for this, change your password at once and write to us.',
      ],
      action: null,
    },
    signedIn: {
      VERIFY_EMAIL: (merchant: string | null, account: string) => [
        'Confirm that this address is yours.',
        `This link also confirms that you act for ${merchant ? `the company “${merchant}”` : 'this company'} with the ${account}: its name will then show as verified in the directory, with this address's domain.`,
        'Open it while signed in to that account: opened signed out, or from another account, it does nothing.',
      ],
      MERCHANT_ADDRESS: (merchant: string | null, account: string) => [
        `This link confirms that you act for ${merchant ? `the company “${merchant}”` : 'this company'} with the ${account}: its name will then show as verified in the directory, with this address's domain.`,
        'Open it while signed in to that account: opened signed out, or from another account, it does nothing.',
      ],
    },
    expires: 'This link lasts 7 days and works once.',
    expiresSoon: 'This link lasts one hour and works once.',
    expiresMonth: 'This link lasts 30 days.',
    expiresDay: 'This link lasts 24 hours and works once.',
    notYou: 'If you did not ask for this, ignore this message: nothing will be done without you.',
    notYours: 'If this company is not yours, ignore this message: nothing will be done in your name.',
  },
} as const;

/**
 * Where each link leads: a page of the web app that sends the token to the API. A new address's
 * link, and a company address's (MERCHANT_ADDRESS), say so in their query (`purpose`, no secret):
 * once the link has served or lapsed, its row is gone and the API cannot say what it was, so the
 * page reads there what to offer when it fails (ask again from the account page, or from the
 * company's profile page; not a sign-up confirmation). It changes nothing of what the token does:
 * the page sends the token alone, and the API goes by the token's own purpose.
 */
const PATHS = {
  VERIFY_EMAIL: '/confirm-email',
  AGENT_INVITATION: '/invitation',
  MERCHANT_ADDRESS: '/confirm-email?purpose=merchant-address',
  RESET_PASSWORD: '/reset-password',
  MERCHANT_INVITATION: '/merchant-invitation',
  MERCHANT_TAKEOVER: '/merchant-takeover',
  CHANGE_EMAIL: '/confirm-email?purpose=change-email',
  EMAIL_CHANGE_NOTICE: '/account',
} as const;

/** What each link's e-mail says of it: how long it lasts, and what to do when it is not for the reader. */
const notesOf = (kind: AccountEmailPayload['email'], words: (typeof WORDS)[keyof typeof WORDS]) =>
  kind === 'RESET_PASSWORD'
    ? [words.expiresSoon, words.notYou]
    : kind === 'MERCHANT_INVITATION'
      ? [words.expiresMonth, words.notYours]
      : kind === 'CHANGE_EMAIL'
        ? [words.expiresDay, words.notYou]
        : kind === 'EMAIL_CHANGE_NOTICE'
          ? []
          : [words.expires, words.notYou];

/** A link that works only signed in to its account, sent to a company's address: what the click does, for which account and company. */
const signedInOnly = (payload: AccountEmailPayload): payload is AccountEmailPayload & { account: string; merchant: string; email: 'VERIFY_EMAIL' | 'MERCHANT_ADDRESS' } =>
  !!payload.account && !!payload.merchant && (payload.email === 'VERIFY_EMAIL' || payload.email === 'MERCHANT_ADDRESS');

/**
 * What the e-mail says. The account's name, chosen by whoever signed up, is shown only through
 * shownName (defused, bounded), quoted, once.
 */
const paragraphsOf = (payload: AccountEmailPayload, words: (typeof WORDS)[keyof typeof WORDS], merchant: string | null): readonly string[] =>
  signedInOnly(payload) ? words.signedIn[payload.email](merchant, words.account(shownName(payload.account))) : words[payload.email].body(merchant);

/** An account e-mail in its reader's language; the token travels in the link's fragment, never in a server log. */
export function accountEmailMessage(id: string, payload: AccountEmailPayload, links: Links, domain: string): Email {
  const words = WORDS[payload.to.locale];
  // The company's name, typed by whoever signed it up or invited it: shown as defused as the account's
  // (null when nothing of it can be shown: the sentences then say « cette entreprise »).
  // Marked verbatim: renderEmail typesets the sentences, never the name (« Acme ! » stays as typed).
  const shownCompany = payload.merchant ? shownCompanyName(payload.merchant) : null;
  const merchant = shownCompany === null ? null : verbatim(shownCompany);
  const which = words[payload.email];
  const email = renderEmail(payload.to.address, {
    locale: payload.to.locale,
    subject: typeof which.subject === 'function' ? which.subject(merchant) : which.subject,
    // To a company's address the account's name is shown once, quoted, in the body: the greeting goes without it.
    greeting: words.greeting(signedInOnly(payload) ? null : shownName(payload.to.displayName)),
    paragraphs: [...paragraphsOf(payload, words, merchant)],
    // A notice carries no link: its token (its link's, sent elsewhere) is never written in it.
    ...(which.action === null ? {} : { action: { label: which.action, url: `${links.base}${PATHS[payload.email]}#token=${payload.token}` } }),
    notes: notesOf(payload.email, words),
  });
  return { ...email, messageId: `<${id}@${domain}>` };
}
