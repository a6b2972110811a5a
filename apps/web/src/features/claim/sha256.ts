/** Lower-case hex SHA-256 of a file, computed in the browser: the file itself never leaves it. */
export async function sha256Hex(file: Blob): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new Error('SubtleCrypto is only available on a secure (HTTPS or localhost) page');
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
