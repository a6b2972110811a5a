import { DEFAULT_LOCALE } from '@recours/locale';
import type { Email, Mailer } from '@recours/mail';
import { isAccountEmail } from '../account-emails/account-email';
import { accountEmailMessage } from '../messages/account-email-message';
import type { Links } from '../messages/links';
import type { AccountContacts } from '../queries/account-contacts';
import { digestEmail, notificationEmail, type EmailItem, type EmailRecipient } from '../messages/notification-email';
import { isNotificationKind } from '../messages/notification-messages';
import type { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token';
import { ACCESS_ENDED_KINDS } from '../rules/notification-kind';
import type { CurrentAccess } from './current-access';
import type { Channel, Delivery, DeliveryOutcome } from './delivery';

/**
 * An SMTP answer in the 5xx range to the recipient (RCPT TO) or to the message (DATA) refuses this
 * e-mail for good; anything else may pass later. A 5xx to our login (535: a password rotated), to
 * our sender (MAIL FROM) or at the greeting refuses the platform, every e-mail alike: failing them
 * for good would lose them all until the configuration is mended, so they wait for it.
 */
const permanent = (error: unknown): boolean => {
  const { responseCode: code, command } = error as { responseCode?: number; command?: string };
  return typeof code === 'number' && code >= 500 && code < 600 && (command === 'RCPT TO' || command === 'DATA');
};

/**
 * How long an e-mail of a kind this version does not know is tried again, from when it was
 * stored: during a rolling deploy an older notifier meets kinds a newer one stores, and the newer
 * one sends them once it takes the lead. Longer than a deploy; short enough that after a rollback
 * the reader's later e-mails, which wait behind it, are not held for the day the backoff allows.
 */
export const NEWER_KIND_WAIT_MS = 3_600_000;

/**
 * Notification e-mails through the platform's Mailer (SMTP_URL, or .eml files outside
 * production). The address, language and preferences are read when sending, so an address or
 * language changed meanwhile is honoured, and a reader who turned e-mails off gets none.
 */
export class EmailChannel implements Channel {
  private readonly domain: string;

  constructor(
    private readonly mailer: Mailer,
    private readonly contacts: AccountContacts,
    private readonly links: Links,
    private readonly tokens: UnsubscribeTokens,
    private readonly access: CurrentAccess,
    /** The sender's clock, to tell how long an e-mail has waited. */
    private readonly now: () => Date,
  ) {
    this.domain = /@([^>\s]+)/.exec(mailer.config.from)?.[1] ?? 'recours.localhost';
  }

  async deliver(delivery: Delivery): Promise<DeliveryOutcome> {
    // An address confirmation or an invitation goes to the address it names, whatever the
    // preferences (it is what the person asked for, and may precede any account).
    if (isAccountEmail(delivery.payload)) {
      const payload = delivery.payload;
      return this.write(() => accountEmailMessage(delivery.id, payload, this.links, this.domain));
    }
    const contact = await this.contacts.of(delivery.recipient);
    if (!contact) return { result: 'skipped', detail: 'the account no longer exists' };
    if (!contact.emailNotifications) return { result: 'skipped', detail: 'e-mail notifications are turned off' };
    const to: EmailRecipient = {
      email: contact.email,
      displayName: contact.displayName,
      locale: contact.locale ?? DEFAULT_LOCALE,
      unsubscribeToken: this.tokens.sign(delivery.recipient),
    };
    const payload = delivery.payload as { kind: string; params: EmailItem['params']; items?: EmailItem[] };
    const items = payload.kind === 'DIGEST' ? (payload.items ?? []) : [{ kind: payload.kind as EmailItem['kind'], params: payload.params, disputeId: delivery.disputeId }];
    const readable = await this.readable(items, contact.reader);
    if (readable.length === 0) return { result: 'skipped', detail: 'the recipient no longer reads the dispute' };
    // A digest leaves out what it cannot word, so it waits only when it can word none of it.
    if (readable.every((item) => !isNotificationKind(item.kind))) return this.newerKind(delivery);
    return this.write(() =>
      payload.kind === 'DIGEST' ? digestEmail(delivery.id, readable, to, this.links, this.domain) : notificationEmail(delivery.id, readable[0], to, this.links, this.domain),
    );
  }

  /**
   * The items whose dispute the recipient still reads when they are sent, as dispute(id) would
   * let her: told to her while she read it, news of it no longer goes to her once her access ended
   * (save the news that it ended, ACCESS_ENDED_KINDS).
   */
  private async readable(items: readonly EmailItem[], reader: Parameters<CurrentAccess['reads']>[1]): Promise<EmailItem[]> {
    const disputes = [...new Set(items.flatMap((item) => (item.disputeId && !ACCESS_ENDED_KINDS.has(item.kind) ? [item.disputeId] : [])))];
    const read = new Map(await Promise.all(disputes.map(async (id) => [id, await this.access.reads(id, reader)] as const)));
    return items.filter((item) => ACCESS_ENDED_KINDS.has(item.kind) || !item.disputeId || (read.get(item.disputeId) ?? true));
  }

  /**
   * An e-mail of a kind this version does not know: tried again while a newer notifier may yet
   * send it (NEWER_KIND_WAIT_MS), then failed for good, as any e-mail that cannot be written.
   */
  private newerKind(delivery: Delivery): DeliveryOutcome {
    const error = 'the e-mail cannot be written: a kind of notification this version does not know';
    if (this.now().getTime() - delivery.createdAt.getTime() < NEWER_KIND_WAIT_MS) return { result: 'failed', error: `${error}, left for a newer notifier` };
    return { result: 'failed', error, permanent: true };
  }

  /**
   * Writes the e-mail and sends it. A notification missing a word is not refused: it reads as the
   * app lists it (a general sentence). What still cannot be written (an account e-mail of a sort or
   * a language this version lacks) will not be by trying again, and while it waits its reader's
   * later e-mails wait behind it: it fails for good at once (the admin sees it among the
   * undelivered, and may send it again once mended).
   */
  private async write(compose: () => Email): Promise<DeliveryOutcome> {
    let email: Email;
    try {
      email = compose();
    } catch (error) {
      return { result: 'failed', error: `the e-mail cannot be written: ${error instanceof Error ? error.message : String(error)}`, permanent: true };
    }
    return this.send(email);
  }

  private async send(email: Email): Promise<DeliveryOutcome> {
    try {
      const sent = await this.mailer.send(email);
      return { result: 'sent', detail: sent.response };
    } catch (error) {
      return { result: 'failed', error: error instanceof Error ? error.message : String(error), permanent: permanent(error) };
    }
  }
}
