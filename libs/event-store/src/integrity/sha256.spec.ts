import { sha256, sha256Hex, toHex } from './sha256';

/** What the browser computes (Web Crypto), for the texts and bytes the server hashes with node:crypto. */
const webCryptoHex = async (bytes: Uint8Array) => toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));

describe('sha256 on Node', () => {
  it.each(['', 'abc', 'Le téléphone s’éteint à 40 % 🔋', 'a\ud800b', '\udc00', 'x'.repeat(100_000)])('hashes %j as Web Crypto does, UTF-8 as TextEncoder writes it', async (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(await sha256Hex(text)).toBe(await webCryptoHex(bytes));
    expect(toHex(await sha256(bytes))).toBe(await webCryptoHex(bytes));
  });

  it('gives the known digest of "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
