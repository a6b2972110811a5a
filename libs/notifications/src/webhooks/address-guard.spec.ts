import { guardedLookup, isPublicAddress, webhookUrlIdentity, webhookUrlProblem } from './address-guard';

const lookupOf = (allowPrivate: boolean, host: string) =>
  new Promise<{ error: Error | null; address: string }>((resolve) => guardedLookup(allowPrivate)(host, {}, (error, address) => resolve({ error, address: String(address) })));

describe('webhook targets', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '224.0.0.1', '::7f00:1', '::a9fe:a9fe', '::127.0.0.1', '::'])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses, when registering, http in production, credentials, and literal private addresses unless allowed', () => {
    const prod = { production: true, allowPrivate: false };
    const dev = { production: false, allowPrivate: false };
    expect(webhookUrlProblem('http://hooks.example.com/x', prod)?.phrase.en).toBe('must be an https:// URL');
    expect(webhookUrlProblem('https://hooks.example.com/x', prod)).toBeNull();
    expect(webhookUrlProblem('http://hooks.example.com/x', dev)).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.com/x', dev)?.phrase.en).toBe('must be an http:// or https:// URL');
    expect(webhookUrlProblem('https://user:pw@hooks.example.com/x', prod)?.phrase.en).toBe('must not carry credentials');
    expect(webhookUrlProblem('https://169.254.169.254/latest/meta-data', prod)?.phrase.en).toMatch(/loopback, private or link-local/);
    expect(webhookUrlProblem('https://[::1]:8080/', prod)?.phrase.en).toMatch(/loopback, private or link-local/);
    expect(webhookUrlProblem('http://localhost:8080/', dev)?.phrase.en).toMatch(/loopback, private or link-local/);
    // The same host written with its trailing dot, and IPv4 written in the deprecated IPv4-compatible IPv6 form.
    expect(webhookUrlProblem('http://localhost./x', dev)?.code).toBe('PRIVATE_ADDRESS');
    expect(webhookUrlProblem('http://api.localhost../x', dev)?.code).toBe('PRIVATE_ADDRESS');
    expect(webhookUrlProblem('https://[::a9fe:a9fe]/latest/meta-data', prod)?.code).toBe('PRIVATE_ADDRESS');
    expect(webhookUrlProblem('http://127.0.0.1:8080/', { production: false, allowPrivate: true })).toBeNull();
    expect(webhookUrlProblem('not a url', dev)?.phrase.en).toBe('must be an absolute URL');
    // Issue 14: codes and both languages at the source, not English read back by the API.
    expect(webhookUrlProblem('not a url', dev)).toEqual({ code: 'NOT_AN_ABSOLUTE_URL', params: {}, phrase: { en: 'must be an absolute URL', fr: 'doit être une adresse web complète' } });
    // Measured as stored too: 400 é are 2,400 characters once percent-encoded.
    expect(webhookUrlProblem(`https://hooks.example.com/${'é'.repeat(400)}`, prod)?.code).toBe('TOO_LONG');
    expect(webhookUrlProblem(`https://hooks.example.com/${'x'.repeat(2000)}`, prod)).toMatchObject({ code: 'TOO_LONG', params: { max: 2000 }, phrase: { fr: 'doit comporter au plus 2\u202f000 caractères' } });
    expect(webhookUrlProblem('https://[::1]:8080/', prod)?.code).toBe('PRIVATE_ADDRESS');
  });

  it('checks, when delivering, the address the name resolves to now (DNS rebinding): a name for 127.0.0.1 is refused', async () => {
    const refused = await lookupOf(false, 'localhost');
    expect(refused.error?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    const allowed = await lookupOf(true, 'localhost');
    expect(allowed.error).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(allowed.address);
  });

  it('one endpoint, however its percent-escapes are written (RFC 3986 §6.2.2): unreserved characters decoded, the others’ hex uppercased, reserved ones left escaped', () => {
    const same = [
      ['https://x.fr/%68ook', 'https://x.fr/hook'],
      ['https://x.fr/%7Eteam/a%2db%2E%5F', 'https://x.fr/~team/a-b._'],
      ['https://x.fr/a%2fb?q=%3d%7e#%41', 'https://x.fr/a%2Fb?q=%3D~#A'],
      ['https://X.fr./%68ook?', 'https://x.fr/hook?'],
    ];
    for (const [one, other] of same) expect({ one, identity: webhookUrlIdentity(one) }).toEqual({ one, identity: webhookUrlIdentity(other) });
    expect(webhookUrlIdentity('https://x.fr/a%2Fb')).toBe('https://x.fr/a%2Fb');
    // A reserved character escaped is another URL than the character itself (a path segment, a query's '=').
    for (const [one, other] of [['https://x.fr/a%2Fb', 'https://x.fr/a/b'], ['https://x.fr/?q%3D1', 'https://x.fr/?q=1'], ['https://x.fr/%C3%A9', 'https://x.fr/%C3%A8'], ['https://x.fr/x?', 'https://x.fr/x']])
      expect(webhookUrlIdentity(one)).not.toBe(webhookUrlIdentity(other));
  });
});
