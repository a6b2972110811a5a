import { domainToASCII, domainToUnicode } from 'node:url';

/*
 * canonicalEmail and canonicalDomain (../../email-spelling.ts) as they were when migrations
 * AddressSpellings and AddressSpellingsOfLinks were written, 2026-12-05. A copy on purpose: a
 * migration that called the live rule would rewrite a new database differently from one upgraded
 * before the rule changed. IDNA (UTS 46) has no SQL form, so this rule stays TypeScript, frozen.
 * Never edit it; a new spelling rule is a new migration with its own frozen copy.
 */

export function canonicalEmailOf20261205(email: string): string {
  const typed = email.trim().normalize('NFC');
  const at = typed.lastIndexOf('@');
  if (at < 0) return typed.toLowerCase();
  return `${typed.slice(0, at).toLowerCase()}@${canonicalDomainOf20261205(typed.slice(at + 1))}`;
}

export function canonicalDomainOf20261205(domain: string): string {
  const typed = domain.trim().normalize('NFC').toLowerCase();
  const ascii = domainToASCII(typed);
  if (!ascii) return typed;
  const unicode = domainToUnicode(ascii);
  return LATIN_ONLY.test(unicode) ? unicode : ascii;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{Nd}.-]*$/u;
