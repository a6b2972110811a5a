/**
 * SHA-256 through Web Crypto, so the same code hashes on the server, in the verifier command
 * and in the browser's /verify page. On Node, node:crypto's hash gives the same bytes without
 * Web Crypto's job and promise per call (each append hashes three times; through Web Crypto that
 * was about 4% of the API's CPU on the mutation round trip).
 */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  if (nodeHash) return nodeHash(bytes);
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(text: string): Promise<string> {
  if (nodeHashHex) return nodeHashHex(text);
  return toHex(await sha256(new TextEncoder().encode(text)));
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: Uint8Array | string, encoding?: 'utf8'): { digest(): Uint8Array; digest(encoding: 'hex'): string } };
}

/** node:crypto when running on Node (never in a browser, where `process` does not exist). */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
const nodeHash = nodeCrypto && ((bytes: Uint8Array) => new Uint8Array(nodeCrypto.createHash('sha256').update(bytes).digest()));
// UTF-8, as TextEncoder: a lone surrogate becomes U+FFFD in both.
const nodeHashHex = nodeCrypto && ((text: string) => nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex'));

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^([0-9a-f]{2})*$/.test(hex)) throw new Error('not lower-case hex');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
