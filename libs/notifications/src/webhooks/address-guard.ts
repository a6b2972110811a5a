import { promises as dnsPromises, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Phrase } from '@recours/locale';
import ipaddr from 'ipaddr.js';

const { Resolver } = dnsPromises;

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

/** How a delivery resolves its receiver's name (see `guardedLookup`). */
export interface WebhookDnsOptions {
  /** The whole lookup's bound, A and AAAA asked at once: shorter than the delivery's own timeout. */
  timeoutMs: number;
  /** Name servers to ask instead of the system's (`host:port`; tests: one that never answers). */
  servers?: readonly string[];
}

/**
 * A name that gives no address: it does not exist, has none, or its name servers did not answer
 * within the bound. "DNS <code> <host>…", which the delivery log says as a name not found.
 */
export class HostNotResolvedError extends Error {
  constructor(
    readonly hostname: string,
    readonly code: string,
    timeoutMs: number,
  ) {
    super(
      code === 'ETIMEOUT'
        ? `DNS ETIMEOUT ${hostname}: its name servers did not answer within ${timeoutMs / 1000} s`
        : code === 'ENOTFOUND'
          ? `DNS ENOTFOUND ${hostname}: the name has no address`
          : `DNS ${code} ${hostname}: the name could not be resolved`,
    );
    this.name = 'HostNotResolvedError';
  }
}

const familyOf = (family: unknown): 0 | 4 | 6 => (family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : 0);

/**
 * The addresses of a name, asked of its DNS with c-ares (UDP sockets on the event loop), never
 * with dns.lookup: getaddrinfo holds one of libuv's 4 pool threads — shared with fs, crypto, zlib
 * and the SMTP connections' own lookups — for the system resolver's whole timeout (5 s × attempts
 * × servers), even after the delivery gave up. A tenant's names served by a mute DNS would stall
 * everyone's e-mails. c-ares reads no /etc/hosts: `localhost` (RFC 6761) is the loopback here.
 */
async function addressesOf(hostname: string, family: 0 | 4 | 6, dns: WebhookDnsOptions): Promise<LookupAddress[]> {
  const literal = hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal)) return [{ address: literal, family: isIP(literal) }];
  const name = withoutRootDots(hostname).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) {
    const loopback: LookupAddress[] = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
    return loopback.filter((a) => family === 0 || a.family === family);
  }
  // A channel of its own, so that cancelling it at the bound ends this lookup only. Half the bound
  // per attempt: a lost UDP packet is asked again, or a second server of resolv.conf when the first is mute.
  const resolver = new Resolver({ timeout: Math.max(1, Math.ceil(dns.timeoutMs / 2)), tries: 2 });
  if (dns.servers) resolver.setServers([...dns.servers]);
  const bound = setTimeout(() => resolver.cancel(), dns.timeoutMs);
  try {
    const [v4, v6] = await Promise.allSettled([
      family === 6 ? Promise.resolve([]) : resolver.resolve4(hostname),
      family === 4 ? Promise.resolve([]) : resolver.resolve6(hostname),
    ]);
    const addresses = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
    ];
    if (addresses.length > 0) return addresses;
    const codes = [v4, v6].flatMap((r) => (r.status === 'rejected' ? [String((r.reason as NodeJS.ErrnoException).code ?? 'EUNKNOWN')] : []));
    const code = codes.some((c) => c === 'ETIMEOUT' || c === 'ECANCELLED')
      ? 'ETIMEOUT'
      : codes.every((c) => c === 'ENOTFOUND' || c === 'ENODATA')
        ? 'ENOTFOUND'
        : codes.find((c) => c !== 'ENOTFOUND' && c !== 'ENODATA')!;
    throw new HostNotResolvedError(hostname, code, dns.timeoutMs);
  } finally {
    clearTimeout(bound);
  }
}

/**
 * A DNS lookup for the webhook's own connection that refuses non-public addresses. The check
 * happens on the very answer the socket connects to, so a name that resolved to a public
 * address when registered and to 127.0.0.1 now (DNS rebinding) is refused when delivering.
 */
export function guardedLookup(allowPrivate: boolean, dns: WebhookDnsOptions = { timeoutMs: 3_000 }): LookupFunction {
  return (hostname, options, callback) => {
    addressesOf(hostname, familyOf(options.family), dns).then(
      (addresses) => {
        const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
        if (refused) return callback(new AddressNotAllowedError(hostname, refused.address), '', 0);
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
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
