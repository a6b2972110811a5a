import type { IncomingMessage } from 'node:http';
import { isFromThisMachine } from './dev-mail.controller';

const request = (remoteAddress: string | undefined, headers: IncomingMessage['headers'] = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('the development mailbox answers this machine only', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('a browser on this machine (%s) reads it', (address) => {
    expect(isFromThisMachine(request(address))).toBe(true);
  });

  it.each(['10.0.0.5', '192.168.1.20', '203.0.113.9', '::ffff:10.0.0.5', 'fe80::1', '2001:db8::1', '', undefined])('another machine (%s) does not', (address) => {
    expect(isFromThisMachine(request(address))).toBe(false);
  });

  it('a request a proxy on this machine relayed does not', () => {
    expect(isFromThisMachine(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }))).toBe(false);
    expect(isFromThisMachine(request('127.0.0.1', { forwarded: 'for=203.0.113.9' }))).toBe(false);
    expect(isFromThisMachine(request('::1', { 'x-real-ip': '203.0.113.9' }))).toBe(false);
  });
});
