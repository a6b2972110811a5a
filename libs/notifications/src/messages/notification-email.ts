import { renderEmail, type Email } from '@recours/mail';
import { verbatim, type Locale } from '@recours/locale';
import type { NotificationParams } from '@recours/disputes';
import type { NotificationKind } from '../rules/notification-kind';
import type { Links } from './links';
import { isNotificationKind, listedNotificationSentences, type NotificationText } from './notification-messages';

export interface EmailRecipient {
  email: string;
  displayName: string;
  locale: Locale;
  unsubscribeToken: string;
}

/** One item of an e-mail: what happened, about which dispute (null: about no one dispute, TEAM_ACCESS_ENDED). */
export interface EmailItem {
  kind: NotificationKind;
  params: NotificationParams;
  disputeId: string | null;
}

const WORDS = {
  fr: {
    greeting: (name: string) => `Bonjour ${verbatim(name)},`,
    open: 'Voir le dossier',
    all: 'Voir mes notifications',
    // Not « aujourd'hui »: a digest gathers what was held since the last one (a day, or more when just turned on).
    digestSubject: (n: number) => `recours : ${n} nouvelle${n > 1 ? 's' : ''} notification${n > 1 ? 's' : ''}`,
    digestIntro: 'Voici ce qui a changé dans vos dossiers :',
    // Only notices about no one dispute (TEAM_ACCESS_ENDED): they are about her account, not her disputes.
    digestIntroAccount: 'Voici ce qui a changé pour votre compte :',
    why: 'Vous recevez ce message parce que vous participez à ce dossier sur recours.',
    whyAccount: 'Vous recevez ce message parce que vous avez un compte sur recours.',
    unsubscribe: (url: string) => `Pour ne plus recevoir ces notifications par e-mail : ${url}`,
  },
  en: {
    greeting: (name: string) => `Hello ${verbatim(name)},`,
    open: 'Open the case',
    all: 'See my notifications',
    digestSubject: (n: number) => `recours: ${n} new notification${n > 1 ? 's' : ''}`,
    digestIntro: 'Here is what changed in your cases:',
    digestIntroAccount: 'Here is what changed for your account:',
    why: 'You receive this message because you take part in this case on recours.',
    whyAccount: 'You receive this message because you have an account on recours.',
    unsubscribe: (url: string) => `To stop these notifications by e-mail: ${url}`,
  },
} as const;

/**
 * The item's sentences as the app lists them (a general sentence, never a half-written one, when
 * a word is missing); a kind this version does not know is not written (EmailChannel decides
 * whether a newer notifier may yet send it).
 */
function sentencesOf(item: EmailItem, locale: Locale): NotificationText {
  if (!isNotificationKind(item.kind)) throw new Error('a kind of notification this version does not know');
  return listedNotificationSentences(item.kind, item.params, locale);
}

/** Headers every notification e-mail carries: one-click unsubscribe (RFC 2369, RFC 8058) and a stable Message-ID. */
function headersFor(to: EmailRecipient, links: Links, messageId: string, domain: string): Pick<Email, 'headers' | 'messageId'> {
  return {
    headers: { 'List-Unsubscribe': `<${links.unsubscribe(to.unsubscribeToken)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    messageId: `<${messageId}@${domain}>`,
  };
}

/**
 * The e-mail for one notification: in the reader's language, naming the dispute by product and
 * merchant and linking to it (a notice about no one dispute links to her notifications), built
 * only from the notification's own sentences (never another party's address, never a message's text).
 */
export function notificationEmail(id: string, item: EmailItem, to: EmailRecipient, links: Links, domain: string): Email {
  const words = WORDS[to.locale];
  // Typeset once, by renderEmail, people's words left as written.
  const text = sentencesOf(item, to.locale);
  const unsubscribe = links.unsubscribe(to.unsubscribeToken);
  const email = renderEmail(to.email, {
    locale: to.locale,
    subject: text.title,
    greeting: words.greeting(to.displayName),
    paragraphs: [text.body],
    action: item.disputeId ? { label: words.open, url: links.dispute(item.disputeId) } : { label: words.all, url: links.notifications() },
    notes: [item.disputeId ? words.why : words.whyAccount, words.unsubscribe(unsubscribe)],
  });
  return { ...email, ...headersFor(to, links, id, domain) };
}

/**
 * A day's notifications in one e-mail, for a reader who asked for a daily digest. A notification
 * this version cannot write (a kind from a newer one) is left out rather than keep the others
 * from their reader (each stays in the app); throws when none can be written.
 */
export function digestEmail(id: string, items: readonly EmailItem[], to: EmailRecipient, links: Links, domain: string): Email {
  const words = WORDS[to.locale];
  const written = items.flatMap((item) => {
    try {
      const text = sentencesOf(item, to.locale);
      return [{ item, line: `${text.title}. ${text.body} ${item.disputeId ? links.dispute(item.disputeId) : links.notifications()}` }];
    } catch {
      return [];
    }
  });
  if (written.length === 0) throw new Error(`none of the digest's ${items.length} notifications can be written`);
  const lines = written.map((w) => w.line);
  // « dans vos dossiers » only when one of them is about a dispute; a notice that her access ended names none.
  const intro = written.some((w) => w.item.disputeId !== null) ? words.digestIntro : words.digestIntroAccount;
  const email = renderEmail(to.email, {
    locale: to.locale,
    subject: words.digestSubject(lines.length),
    greeting: words.greeting(to.displayName),
    paragraphs: [intro, ...lines],
    action: { label: words.all, url: links.notifications() },
    notes: [words.unsubscribe(links.unsubscribe(to.unsubscribeToken))],
  });
  return { ...email, ...headersFor(to, links, id, domain) };
}
