/**
 * An e-mail address in a delivery's error text: a local part (plain or quoted) and its domain
 * (dot-separated labels, or an address literal in brackets). Letters with their combining marks
 * (\p{M}) and the joiners (ZWNJ, ZWJ): the Devanagari, Thai or Arabic addresses the sign-up's
 * IsEmail accepts write vowels and signs as marks, and without them no part of such an address
 * matched (the whole of it was left in the text). SMTP servers usually quote the
 * recipient in their rejections ("550 5.1.1 <ann@example.fr>: Recipient address rejected"). No
 * quantifier nests in another: the text comes from a server anyone may run (the domain of an
 * address a person typed), and a pattern that backtracks would hold the notifier's event loop.
 */
const ADDRESS = /(?:"[^"\r\n]*"|[\p{L}\p{M}\p{N}\u200c\u200d!#$%&'*+/=?^_`{|}~.-]+)@([\p{L}\p{M}\p{N}\u200c\u200d-]+(?:\.[\p{L}\p{M}\p{N}\u200c\u200d-]+)+|\[[^\]\s]*\])/gu;

/** What is read of an error text: more than what is stored (1,000 characters) or useful in a log line. */
export const ERROR_TEXT_READ = 2_000;

/**
 * An error text as it may be stored or logged (a delivery's `notifications.outbox.last_error` and
 * `delivery_attempts.error`, shown to the admin in `undeliveredNotifications`; the notifier's log
 * lines; MailNotSentError's message): every e-mail address in it, whichever, reduced to its domain
 * (`…@example.fr`). What the admin acts on stays (the SMTP code and enhanced status, the domain,
 * the server's reason); who the recipient was is the outbox row's, not the error's. A longer text
 * is read to its first ERROR_TEXT_READ characters, less the word the cut fell in (it might be part
 * of an address). The one definition: the Mailer and the notifier both use it.
 */
export function errorTextOf(text: string): string {
  const read = text.length > ERROR_TEXT_READ ? `${text.slice(0, ERROR_TEXT_READ).replace(/\S*$/u, '')}…` : text;
  return read.replace(ADDRESS, '…@$1');
}
