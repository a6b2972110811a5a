import { renderEmail, type Email } from '@recours/mail';
import type { AccountEmailPayload } from '../account-emails/account-email';
import type { Links } from './links';

const WORDS = {
  fr: {
    greeting: (name: string) => `Bonjour ${name},`,
    VERIFY_EMAIL: {
      subject: 'recours : confirmez votre adresse e-mail',
      body: () => ['Confirmez que cette adresse est bien la vôtre : vos avis compteront pleinement et, pour un commerçant, son nom pourra être vérifié.'],
      action: 'Confirmer mon adresse',
    },
    AGENT_INVITATION: {
      subject: (merchant: string) => `recours : ${merchant} vous invite à traiter ses réclamations`,
      body: (merchant: string) => [`${merchant} vous invite à rejoindre son équipe sur recours pour répondre aux réclamations de ses clients.`, 'Acceptez l’invitation pour choisir votre mot de passe.'],
      action: 'Accepter l’invitation',
    },
    MERCHANT_ADDRESS: {
      subject: (merchant: string) => `recours : confirmez l’adresse de ${merchant}`,
      body: (merchant: string) => [`Confirmez que cette adresse appartient à ${merchant} : son nom apparaîtra alors comme vérifié dans l’annuaire, avec le domaine de cette adresse.`],
      action: 'Confirmer cette adresse',
    },
    RESET_PASSWORD: {
      subject: 'recours : choisissez un nouveau mot de passe',
      body: () => ['Vous avez demandé à changer le mot de passe de votre compte recours. Ce lien vous permet d’en choisir un nouveau ; vos sessions ouvertes seront alors fermées.'],
      action: 'Choisir un nouveau mot de passe',
    },
    expires: 'Ce lien est valable 7 jours et ne sert qu’une fois.',
    expiresSoon: 'Ce lien est valable une heure et ne sert qu’une fois.',
    notYou: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera fait sans vous.',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    VERIFY_EMAIL: {
      subject: 'recours: confirm your e-mail address',
      body: () => ['Confirm that this address is yours: your ratings will then count in full and, for a merchant, its name can be verified.'],
      action: 'Confirm my address',
    },
    AGENT_INVITATION: {
      subject: (merchant: string) => `recours: ${merchant} invites you to handle its claims`,
      body: (merchant: string) => [`${merchant} invites you to join its team on recours to answer its customers' claims.`, 'Accept the invitation to choose your password.'],
      action: 'Accept the invitation',
    },
    MERCHANT_ADDRESS: {
      subject: (merchant: string) => `recours: confirm ${merchant}'s address`,
      body: (merchant: string) => [`Confirm that this address belongs to ${merchant}: its name will then show as verified in the directory, with this address's domain.`],
      action: 'Confirm this address',
    },
    RESET_PASSWORD: {
      subject: 'recours: choose a new password',
      body: () => ['You asked to change the password of your recours account. This link lets you choose a new one; your open sessions will then be closed.'],
      action: 'Choose a new password',
    },
    expires: 'This link lasts 7 days and works once.',
    expiresSoon: 'This link lasts one hour and works once.',
    notYou: 'If you did not ask for this, ignore this message: nothing will be done without you.',
  },
} as const;

/** Where each link leads: a page of the web app that sends the token to the API. */
const PATHS = { VERIFY_EMAIL: '/confirm-email', AGENT_INVITATION: '/invitation', MERCHANT_ADDRESS: '/confirm-email', RESET_PASSWORD: '/reset-password' } as const;

/** An account e-mail in its reader's language; the token travels in the link's fragment, never in a server log. */
export function accountEmailMessage(id: string, payload: AccountEmailPayload, links: Links, domain: string): Email {
  const words = WORDS[payload.to.locale];
  const merchant = payload.merchant ?? '';
  const which = words[payload.email];
  const email = renderEmail(payload.to.address, {
    locale: payload.to.locale,
    subject: typeof which.subject === 'function' ? which.subject(merchant) : which.subject,
    greeting: words.greeting(payload.to.displayName),
    paragraphs: [...which.body(merchant)],
    action: { label: which.action, url: `${links.base}${PATHS[payload.email]}#token=${payload.token}` },
    notes: [payload.email === 'RESET_PASSWORD' ? words.expiresSoon : words.expires, words.notYou],
  });
  return { ...email, messageId: `<${id}@${domain}>` };
}
