import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';
import { FingerprintFailed, sha256Hex } from '../../apps/web/src/features/claim/sha256';
import { failureText, uploadFailure, UploadFailed } from '../../apps/web/src/features/files/upload-failure';

/**
 * A file that cannot be fingerprinted or sent is explained in the reader's language: the upload
 * route's own sentence ({ error: { code, reason, message } }, already in her language) when it
 * answered, else a catalogue sentence for what happened; never an exception's English message nor
 * an HTTP status text ("Payload Too Large", "Bad Gateway").
 */
const tFr = (key: keyof typeof en) => fr[key];
const tEn = (key: keyof typeof en) => en[key];

describe('an upload the server refused', () => {
  it('shows the route’s own message, in the reader’s language', () => {
    const failure = uploadFailure(415, { error: { code: 'BAD_USER_INPUT', reason: 'TYPE', field: 'file', message: 'Ce type de fichier n’est pas accepté.' } });
    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.reason).toBe('TYPE');
    expect(failureText(failure, tFr)).toBe('Ce type de fichier n’est pas accepté.');
  });

  it('says a catalogue sentence per code when the route gave no message', () => {
    expect(failureText(uploadFailure(413, { error: { code: 'PAYLOAD_TOO_LARGE', reason: 'TOO_LARGE' } }), tFr)).toBe(fr['files.tooLarge']);
  });
});

describe('an upload answered by something else than the API (a proxy) or not at all', () => {
  it('is told from the status by a catalogue sentence, not the status text', () => {
    expect(failureText(uploadFailure(413, null), tFr)).toBe(fr['files.tooLarge']);
    expect(failureText(uploadFailure(413, null), tEn)).toBe(en['files.tooLarge']);
    expect(failureText(uploadFailure(502, null), tFr)).toBe(fr['files.unavailable']);
    expect(failureText(uploadFailure(401, null), tFr)).toBe(fr['files.signIn']);
    expect(failureText(uploadFailure(0, null), tFr)).toBe(fr['files.network']);
    expect(failureText(uploadFailure(500, '<html>Internal Server Error</html>'), tFr)).toBe(fr['files.uploadFailed']);
  });

  it('never shows an error’s own message when it is not the route’s', () => {
    expect(failureText(new Error('Payload Too Large'), tFr)).toBe(fr['files.uploadFailed']);
    expect(failureText(new UploadFailed('', 'SOMETHING_NEW', 'X'), tFr)).toBe(fr['files.uploadFailed']);
  });
});

describe('a file that cannot be fingerprinted', () => {
  it('throws a FingerprintFailed, said with a catalogue sentence, when the page is not secure', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      const error = await sha256Hex(new Blob(['x'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FingerprintFailed);
      expect(failureText(error, tFr)).toBe(fr['files.fingerprintFailed']);
      expect(failureText(error, tEn)).toBe(en['files.fingerprintFailed']);
      expect(fr['files.fingerprintFailed']).not.toMatch(/SubtleCrypto/);
    } finally {
      if (subtle) Object.defineProperty(globalThis, 'crypto', subtle);
    }
  });

  it('still fingerprints on a secure page', async () => {
    await expect(sha256Hex(new Blob(['abc']))).resolves.toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
