import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * One spelling per mailbox, so that one address never makes two accounts nor slips past a
 * domain rule: `zoe@café.fr` typed with a decomposed é, `ZOE@Café.fr` and `zoe@xn--caf-dma.fr`
 * reach the same mailbox. Trimmed; the local part in Unicode's composed form (NFC) and lower
 * case (as addresses always were here); the domain as IDNA (UTS 46) maps it (canonicalDomain). A domain IDNA refuses is kept as typed, in NFC and
 * lower case: the address's own validation refuses it, or it names no mailbox anyway.
 */
export function canonicalEmail(email: string): string {
  const typed = email.trim().normalize('NFC');
  const at = typed.lastIndexOf('@');
  if (at < 0) return typed.toLowerCase();
  return `${typed.slice(0, at).toLowerCase()}@${canonicalDomain(typed.slice(at + 1))}`;
}

/**
 * A mail domain as IDNA maps it (`Café.FR` and `xn--caf-dma.fr`: `café.fr`), written in Unicode
 * when its letters are all Latin, else in its ASCII form: a domain with Cyrillic or Greek letters
 * may pass for another (`fnаc.com` with a Cyrillic а), so it is shown as `xn--…`, as browsers do.
 */
export function canonicalDomain(domain: string): string {
  const typed = domain.trim().normalize('NFC').toLowerCase();
  const ascii = domainToASCII(typed);
  if (!ascii) return typed;
  const unicode = domainToUnicode(ascii);
  return LATIN_ONLY.test(unicode) ? unicode : ascii;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{Nd}.-]*$/u;
