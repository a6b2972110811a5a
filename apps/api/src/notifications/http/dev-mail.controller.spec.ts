import type { IncomingMessage } from 'node:http';
import { isFromThisMachine } from './dev-mail.controller';

const request = (remoteAddress: string | undefined, headers: IncomingMessage['headers'] = { host: '127.0.0.1:3000' }) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;
const NO_PROXY = {};

describe('the development mailbox answers this machine only', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('a browser on this machine (%s) reads it', (address) => {
    expect(isFromThisMachine(request(address), NO_PROXY)).toBe(true);
  });

  it.each(['10.0.0.5', '192.168.1.20', '203.0.113.9', '::ffff:10.0.0.5', 'fe80::1', '2001:db8::1', '', undefined])('another machine (%s) does not', (address) => {
    expect(isFromThisMachine(request(address), NO_PROXY)).toBe(false);
  });

  it('a request a proxy on this machine relayed does not', () => {
    expect(isFromThisMachine(request('127.0.0.1', { host: 'localhost', 'x-forwarded-for': '203.0.113.9' }), NO_PROXY)).toBe(false);
    expect(isFromThisMachine(request('127.0.0.1', { host: 'localhost', forwarded: 'for=203.0.113.9' }), NO_PROXY)).toBe(false);
    expect(isFromThisMachine(request('::1', { host: 'localhost', 'x-real-ip': '203.0.113.9' }), NO_PROXY)).toBe(false);
  });

  it("a request named as another site (DNS rebinding, a tunnel) does not; this machine's names do", () => {
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example', '']) {
      expect([host, isFromThisMachine(request('127.0.0.1', { host }), NO_PROXY)]).toEqual([host, false]);
    }
    for (const host of ['localhost', 'localhost:3000', 'LOCALHOST:5173', '127.0.0.1', '127.0.0.1:3000', '[::1]:3000']) {
      expect([host, isFromThisMachine(request('127.0.0.1', { host }), NO_PROXY)]).toEqual([host, true]);
    }
  });

  it("behind a trusted proxy, no request is this machine's own", () => {
    expect(isFromThisMachine(request('127.0.0.1'), { TRUST_PROXY: 'loopback' })).toBe(false);
  });
});
