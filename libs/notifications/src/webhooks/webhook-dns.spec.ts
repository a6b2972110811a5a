import { pbkdf2 } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { lookup, type LookupAddress } from 'node:dns';
import { readFile } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Pool } from 'pg';
import type { Delivery } from '../sending/delivery';
import { WebhookChannel } from '../sending/webhook-channel';
import { guardedLookup, type WebhookDnsOptions } from './address-guard';
import type { WebhookSecrets } from './webhook-secrets';

/**
 * Webhook receivers' names are resolved with c-ares on the event loop, within a bound, never with
 * dns.lookup (getaddrinfo on libuv's 4 pool threads, shared with fs, crypto and the SMTP
 * connections' lookups). A DNS server on 127.0.0.1 of the spec's own: mute, or answering as told.
 */

interface DnsServer {
  servers: string[];
  /** The questions it was asked: "name type" (type 1 is A, 28 AAAA). */
  asked: string[];
  close: () => Promise<void>;
}

const A = 1;
const AAAA = 28;

/** Answers each question with `answer(name, type)`'s addresses, or never when it says 'mute'. */
async function dnsServer(answer: (name: string, type: number) => string[] | 'mute'): Promise<DnsServer> {
  const socket: Socket = createSocket('udp4');
  const asked: string[] = [];
  socket.on('message', (query, from) => {
    let at = 12;
    const labels: string[] = [];
    while (query[at] !== 0) {
      labels.push(query.subarray(at + 1, at + 1 + query[at]).toString('ascii'));
      at += 1 + query[at];
    }
    const type = query.readUInt16BE(at + 1);
    const questionEnd = at + 5;
    const name = labels.join('.').toLowerCase();
    asked.push(`${name} ${type}`);
    const addresses = answer(name, type);
    if (addresses === 'mute') return;
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2);
    header.writeUInt16BE(0x8180, 2); // a response, recursion desired and available, no error
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(addresses.length, 6);
    const records = addresses.map((address) => {
      const data = Buffer.from(ipaddr.parse(address).toByteArray());
      const record = Buffer.alloc(12);
      record.writeUInt16BE(0xc00c, 0); // the question's name
      record.writeUInt16BE(data.length === 4 ? A : AAAA, 2);
      record.writeUInt16BE(1, 4);
      record.writeUInt32BE(0, 6);
      record.writeUInt16BE(data.length, 10);
      return Buffer.concat([record, data]);
    });
    socket.send(Buffer.concat([header, query.subarray(12, questionEnd), ...records]), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { servers: [`127.0.0.1:${socket.address().port}`], asked, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}

type Looked = { error: NodeJS.ErrnoException | null; addresses: LookupAddress[] };

const lookupAll = (allowPrivate: boolean, dns: WebhookDnsOptions, host: string, family = 0) =>
  new Promise<Looked>((resolve) =>
    guardedLookup(allowPrivate, dns)(host, { all: true, family }, (error, addresses) => resolve({ error, addresses: (addresses || []) as LookupAddress[] })),
  );

/** A webhook channel reading its one webhook from a stub instead of PostgreSQL: only the sending is under test. */
const channel = (url: string, options: { allowPrivate: boolean; dnsServers: string[]; dnsTimeoutMs?: number }) =>
  new WebhookChannel(
    { query: async () => ({ rows: [{ url, secret: 'sealed' }] }) } as unknown as Pool,
    { open: () => 'whsec_test' } as unknown as WebhookSecrets,
    { production: false, timeoutMs: 10_000, now: () => new Date(), ...options },
  );

const delivery = (id: string): Delivery => ({ id, recipient: 'b7f0c0de-0000-4000-8000-000000000001', channel: 'WEBHOOK', payload: { body: '{"kind":"TEST"}' }, attempts: 1, disputeId: null, createdAt: new Date() });

describe('resolving a webhook receiver’s name', () => {
  let dns: DnsServer;
  let receiver: Server;
  let port: number;

  beforeAll(async () => {
    dns = await dnsServer((name, type) => {
      if (name.endsWith('.mute.test')) return 'mute';
      if (name === 'rebind.test') return type === A ? ['127.0.0.1'] : [];
      // Public for A, the loopback written as IPv4-mapped IPv6 for AAAA: one bad answer refuses the name.
      if (name === 'mixed.test') return type === A ? ['93.184.216.34'] : ['::ffff:127.0.0.1'];
      if (name === 'public.test') return type === A ? ['93.184.216.34'] : ['2606:2800:220:1:248:1893:25c8:1946'];
      return [];
    });
    receiver = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await dns.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('ends, when the name’s DNS never answers, as an ordinary failed delivery within the DNS bound, not the delivery’s timeout', async () => {
    const outcome = await channel('http://hooks.mute.test/hook', { allowPrivate: false, dnsServers: dns.servers, dnsTimeoutMs: 300 }).deliver(delivery('d-mute'));
    // Retried by the usual policy (nothing permanent), said as a name not found; the delivery's own 10 s never came.
    expect(outcome).toEqual({ result: 'failed', error: 'DNS ETIMEOUT hooks.mute.test: its name servers did not answer within 0.3 s' });
    expect(dns.asked).toEqual(expect.arrayContaining(['hooks.mute.test 1', 'hooks.mute.test 28']));
  });

  it('leaves the thread pool free: the process’s other lookups, files and crypto complete while deliveries wait on a mute DNS', async () => {
    const ended: string[] = [];
    // Twice the pool's 4 threads, as many as the webhook channel's places.
    const deliveries = Array.from({ length: 8 }, (_, i) =>
      channel(`http://h${i}.mute.test/hook`, { allowPrivate: false, dnsServers: dns.servers, dnsTimeoutMs: 1_000 })
        .deliver(delivery(`d-${i}`))
        .then((outcome) => {
          ended.push('delivery');
          return outcome;
        }),
    );
    // Wait until every delivery has asked its question: each one is then pending on the DNS.
    // (or until they all ended: a resolver that asked elsewhere)
    while (!Array.from({ length: 8 }, (_, i) => `h${i}.mute.test 1`).every((q) => dns.asked.includes(q)) && ended.length < 8) await new Promise((resolve) => setImmediate(resolve));
    const done = (what: string) => (resolve: () => void, reject: (e: Error) => void) => (error: Error | null) => (error ? reject(error) : (ended.push(what), resolve()));
    const file = new Promise<void>((resolve, reject) => readFile(__filename, done('file')(resolve, reject)));
    const hash = new Promise<void>((resolve, reject) => pbkdf2('pw', 'salt', 1_000, 32, 'sha256', done('pbkdf2')(resolve, reject)));
    // What a hung getaddrinfo delays first (libuv runs at most 2 at once): any other lookup, PostgreSQL's or S3's host name.
    const other = new Promise<void>((resolve, reject) => lookup('localhost', done('lookup')(resolve, reject)));
    const outcomes = await Promise.all(deliveries);
    await Promise.all([file, hash, other]);
    expect(ended.slice(0, 3).sort()).toEqual(['file', 'lookup', 'pbkdf2']);
    expect(outcomes.map((o) => o.result)).toEqual(Array(8).fill('failed'));
    for (const o of outcomes) expect(o).toMatchObject({ error: expect.stringMatching(/^DNS ETIMEOUT h\d\.mute\.test: /) });
  });

  it('still refuses a name that answers 127.0.0.1 at delivery (DNS rebinding), unless private networks are allowed', async () => {
    const url = `http://rebind.test:${port}/hook`;
    const refused = await channel(url, { allowPrivate: false, dnsServers: dns.servers }).deliver(delivery('d-rebind'));
    expect(refused).toEqual({ result: 'failed', error: 'rebind.test resolves to 127.0.0.1, which is not a public address (set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to allow it)' });
    // The same name, allowed: the socket connects to the address the resolver gave.
    expect(await channel(url, { allowPrivate: true, dnsServers: dns.servers }).deliver(delivery('d-allowed'))).toEqual({ result: 'sent', status: 200 });
  });

  it('checks every address of the answer, IPv4-mapped IPv6 as the IPv4 it holds', async () => {
    const mixed = await lookupAll(false, { timeoutMs: 1_000, servers: dns.servers }, 'mixed.test');
    expect(mixed.error?.message).toMatch(/^mixed\.test resolves to ::ffff:127\.0\.0\.1, which is not a public address/);
  });

  it('honours `all` and `family`, returns an IP literal as it is, and knows localhost without /etc/hosts', async () => {
    const servers = { timeoutMs: 1_000, servers: dns.servers };
    expect(await lookupAll(false, servers, 'public.test')).toEqual({
      error: null,
      addresses: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    });
    const before = dns.asked.length;
    expect(await lookupAll(false, servers, 'public.test', 4)).toEqual({ error: null, addresses: [{ address: '93.184.216.34', family: 4 }] });
    expect(dns.asked.slice(before)).toEqual(['public.test 1']);
    const one = await new Promise((resolve) => guardedLookup(false, servers)('public.test', { family: 6 }, (error, address, family) => resolve({ error, address, family })));
    expect(one).toEqual({ error: null, address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 });
    const asked = dns.asked.length;
    expect(await lookupAll(false, servers, '93.184.216.34')).toEqual({ error: null, addresses: [{ address: '93.184.216.34', family: 4 }] });
    expect((await lookupAll(false, servers, '10.0.0.1')).error?.name).toBe('AddressNotAllowedError');
    // c-ares reads no /etc/hosts: localhost is the loopback (RFC 6761), never asked of the DNS, and private.
    expect((await lookupAll(false, servers, 'localhost')).error?.message).toMatch(/^localhost resolves to 127\.0\.0\.1, which is not a public address/);
    expect(await lookupAll(true, servers, 'api.localhost.', 4)).toEqual({ error: null, addresses: [{ address: '127.0.0.1', family: 4 }] });
    expect(dns.asked.length).toBe(asked);
  });

  it('says a name without address as not found', async () => {
    const missing = await lookupAll(false, { timeoutMs: 1_000, servers: dns.servers }, 'nothing.test');
    expect(missing.error).toMatchObject({ code: 'ENOTFOUND', message: 'DNS ENOTFOUND nothing.test: the name has no address' });
  });
});
