import type { MessageKey } from '../../i18n/messages/en';

/**
 * Why an e-mail or a webhook call failed, as a catalogue sentence: the notifier records the
 * transport's own text (SMTP or HTTP, in English: "answered HTTP 500", "getaddrinfo ENOTFOUND…",
 * "connect ECONNREFUSED…"). Known causes get a sentence; the raw text is shown only as a labelled
 * technical detail.
 */
export function deliveryErrorKey(raw: string): MessageKey {
  if (/^answered HTTP \d+/.test(raw)) return 'delivery.error.http';
  if (/^the URL /.test(raw)) return 'delivery.error.url';
  // The webhook's name resolved, at delivery, to a loopback or private address (DNS rebinding).
  if (/ resolves to \S+, which is not a public address/.test(raw)) return 'delivery.error.url';
  // The notifier's own resolver ("DNS ETIMEOUT hooks.shop.fr: …"): a mute DNS is a name not found, not a mute receiver.
  if (/^DNS [A-Z]+ /.test(raw)) return 'delivery.error.dns';
  // The notifier's own words for a webhook that does not answer in time ("no answer within 10 s"), nodemailer's for a mute SMTP server.
  if (/timed? ?out|timeout|ETIMEDOUT|AbortError|aborted|^no answer within|greeting never received/i.test(raw)) return 'delivery.error.timeout';
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(raw)) return 'delivery.error.dns';
  if (/ECONNREFUSED/i.test(raw)) return 'delivery.error.refused';
  if (/certificate|CERT_|SSL|TLS/i.test(raw)) return 'delivery.error.tls';
  if (/ECONNRESET|EPIPE|socket hang up|fetch failed|other side closed/i.test(raw)) return 'delivery.error.connection';
  if (/\b55[0-3]\b|5\.1\.[0-9]|mailbox|no such user|user unknown|recipient/i.test(raw)) return 'delivery.error.mailbox';
  return 'delivery.error.other';
}

/** The HTTP status in "answered HTTP 503", for delivery.error.http. */
export function deliveryErrorStatus(raw: string): string {
  return /^answered HTTP (\d+)/.exec(raw)?.[1] ?? '';
}
