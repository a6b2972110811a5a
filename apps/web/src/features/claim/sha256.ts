/**
 * A file could not be fingerprinted: the page is not secure (the browser offers SubtleCrypto only
 * over HTTPS or on localhost) or the file could not be read. `reason` is a code, never shown: the
 * page says files.fingerprintFailed (failureText in files/upload-file.ts).
 */
export class FingerprintFailed extends Error {
  constructor(readonly reason: 'INSECURE_PAGE' | 'UNREADABLE') {
    super(reason);
    this.name = 'FingerprintFailed';
  }
}

/** Lower-case hex SHA-256 of a file, computed in the browser: the file itself never leaves it. */
export async function sha256Hex(file: Blob): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new FingerprintFailed('INSECURE_PAGE');
  let digest: ArrayBuffer;
  try {
    digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  } catch {
    throw new FingerprintFailed('UNREADABLE');
  }
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
