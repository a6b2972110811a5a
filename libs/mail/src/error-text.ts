/**
 * An e-mail address in a delivery's error text: a local part (plain or quoted) and its domain
 * (a name, or an address literal in brackets). SMTP servers usually quote the recipient in their
 * rejections ("550 5.1.1 <ann@example.fr>: Recipient address rejected").
 */
const ADDRESS = /(?:"[^"\r\n]*"|[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+)@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]+|\[[^\]\s]*\])/gu;

/**
 * An error text as it may be stored or logged (a delivery's `notifications.outbox.last_error` and
 * `delivery_attempts.error`, shown to the admin in `undeliveredNotifications`; the notifier's log
 * lines; MailNotSentError's message): every e-mail address in it, whichever, reduced to its domain
 * (`…@example.fr`). What the admin acts on stays (the SMTP code and enhanced status, the domain,
 * the server's reason); who the recipient was is the outbox row's, not the error's. The one
 * definition: the Mailer and the notifier both use it.
 */
export function errorTextOf(text: string): string {
  return text.replace(ADDRESS, '…@$1');
}
