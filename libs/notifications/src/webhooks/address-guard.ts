import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { Phrase } from '@recours/locale';
import ipaddr from 'ipaddr.js';

/**
 * Only addresses on the public Internet: no loopback, private, link-local, CGNAT, multicast or
 * reserved range. IPv4 written as IPv6 counts as the IPv4 it holds: mapped (::ffff:a.b.c.d), and
 * the deprecated IPv4-compatible form (::a.b.c.d, the range ::/96), which ipaddr.js calls unicast
 * (::7f00:1 is 127.0.0.1, ::a9fe:a9fe the cloud metadata address).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    else if (v6.parts.slice(0, 6).every((part) => part === 0)) return false;
  }
  return parsed.range() === 'unicast';
}

export class AddressNotAllowedError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, which is not a public address (set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to allow it)`);
    this.name = 'AddressNotAllowedError';
  }
}

/**
 * A DNS lookup for the webhook's own connection that refuses non-public addresses. The check
 * happens on the very answer the socket connects to, so a name that resolved to a public
 * address when registered and to 127.0.0.1 now (DNS rebinding) is refused when delivering.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new AddressNotAllowedError(hostname, refused.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** What is wrong with a webhook's URL: a stable code and the sentence (after "the URL") in each language. */
export interface WebhookUrlProblem {
  code: 'NOT_AN_ABSOLUTE_URL' | 'NOT_HTTPS' | 'NOT_HTTP' | 'URL_WITH_CREDENTIALS' | 'TOO_LONG' | 'PRIVATE_ADDRESS';
  params: Readonly<Record<string, number>>;
  phrase: Phrase;
}

const PROBLEMS: Record<WebhookUrlProblem['code'], Phrase> = {
  NOT_AN_ABSOLUTE_URL: { en: 'must be an absolute URL', fr: 'doit être une adresse web complète' },
  NOT_HTTPS: { en: 'must be an https:// URL', fr: 'doit être une adresse https://' },
  NOT_HTTP: { en: 'must be an http:// or https:// URL', fr: 'doit être une adresse http:// ou https://' },
  URL_WITH_CREDENTIALS: { en: 'must not carry credentials', fr: 'ne doit pas contenir d’identifiants' },
  TOO_LONG: { en: 'must be at most 2000 characters', fr: 'doit comporter au plus 2\u202f000 caractères' },
  PRIVATE_ADDRESS: { en: 'must not point to a loopback, private or link-local address', fr: 'ne doit pas désigner une adresse locale, privée ou de lien local' },
};

const problem = (code: WebhookUrlProblem['code']): WebhookUrlProblem => ({ code, params: code === 'TOO_LONG' ? { max: MAX_URL_LENGTH } : {}, phrase: PROBLEMS[code] });

const MAX_URL_LENGTH = 2000;

/** The URL as registered, stored and delivered to: as the validation parses it (https://A.fr is https://a.fr/). */
export const webhookUrlAsKept = (url: string): string => new URL(url).href;

/** A host without the trailing dot(s) of a fully qualified name: a.fr. names the host a.fr does. */
export const withoutRootDots = (hostname: string): string => hostname.replace(/\.+$/, '');

/**
 * What makes two webhook URLs one endpoint: the URL as kept, its host without trailing dots
 * (https://a.fr./x is https://a.fr/x), and its percent-escapes as RFC 3986 §6.2.2 compares them
 * (WHATWG parsing keeps them as typed): https://a.fr/%68ook is https://a.fr/hook, %2f is %2F.
 */
export function webhookUrlIdentity(url: string): string {
  const parsed = new URL(webhookUrlAsKept(url));
  parsed.hostname = withoutRootDots(parsed.hostname);
  // The host is decoded by the parser already: only what follows it (from the path's first '/') is normalized.
  const path = parsed.href.indexOf('/', parsed.protocol.length + 2);
  return parsed.href.slice(0, path) + normalizedEscapes(parsed.href.slice(path));
}

/** An escaped unreserved character (ALPHA, DIGIT, - . _ ~) decoded (§6.2.2.2); the others' hex uppercased (§6.2.2.1). */
const normalizedEscapes = (text: string): string =>
  text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /^[A-Za-z0-9._~-]$/.test(char) ? char : `%${hex.toUpperCase()}`;
  });

/** Whether a URL may be registered: https in production (http too elsewhere), and a literal address must be public unless allowed. */
export function webhookUrlProblem(url: string, { production, allowPrivate }: { production: boolean; allowPrivate: boolean }): WebhookUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return problem('NOT_AN_ABSOLUTE_URL');
  }
  if (parsed.protocol !== 'https:' && (production || parsed.protocol !== 'http:')) return problem(production ? 'NOT_HTTPS' : 'NOT_HTTP');
  if (parsed.username || parsed.password) return problem('URL_WITH_CREDENTIALS');
  // Both as typed and as kept: percent-encoding and punycode make the stored form longer (é is %C3%A9).
  if (url.length > MAX_URL_LENGTH || webhookUrlAsKept(url).length > MAX_URL_LENGTH) return problem('TOO_LONG');
  // A trailing dot names the same host (localhost. is localhost).
  const host = withoutRootDots(parsed.hostname.replace(/^\[|\]$/g, ''));
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (ipaddr.isValid(host) && !isPublicAddress(host)))) return problem('PRIVATE_ADDRESS');
  return null;
}
