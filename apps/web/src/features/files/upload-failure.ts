/** Failures of fingerprinting and uploading a file, and their words: no DOM type here (test/web reads it under the repository's typecheck). */
import type { MessageKey } from '../../i18n/messages/en';
import { FingerprintFailed } from '../claim/sha256';

/**
 * An upload refused or lost. `message` is the server's sentence, already in the reader's language
 * (POST /files answers `{ error: { code, reason, message } }`), or '' when the answer was not the
 * API's (a proxy's 413 or 502 page, the network): the page then says a catalogue sentence for
 * `code` (failureText), never the HTTP status text.
 */
export class UploadFailed extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'UploadFailed';
  }
}

/** The code of an answer that is not the API's JSON, from its HTTP status (0: no answer). */
function codeOfStatus(status: number): string {
  if (status === 0) return 'NETWORK';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  return 'UNKNOWN';
}

/** The failure of an upload answered with `status` and `body` (the parsed JSON, null when it was not JSON). */
export function uploadFailure(status: number, body: unknown): UploadFailed {
  const error = (body as { error?: { code?: unknown; reason?: unknown; message?: unknown } } | null)?.error;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const code = text(error?.code) || codeOfStatus(status);
  return new UploadFailed(text(error?.message), code, text(error?.reason) || code);
}

const SENTENCE: Record<string, MessageKey> = {
  PAYLOAD_TOO_LARGE: 'files.tooLarge',
  NETWORK: 'files.network',
  UNAUTHENTICATED: 'files.signIn',
  FORBIDDEN: 'files.forbidden',
  RATE_LIMITED: 'files.rateLimited',
  UNAVAILABLE: 'files.unavailable',
};

/**
 * What to tell the person when a file could not be fingerprinted or sent, in her language: the
 * server's own sentence when it gave one, else the catalogue's sentence for the failure; never an
 * exception's message or an HTTP status text.
 */
export function failureText(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof FingerprintFailed) return t('files.fingerprintFailed');
  if (error instanceof UploadFailed) return error.message || t(SENTENCE[error.code] ?? 'files.uploadFailed');
  return t('files.uploadFailed');
}
