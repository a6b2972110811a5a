import type { ChainLink } from '../../event-store/src/integrity/verify-chain';

export const CASE_FILE_FORMAT = 'recours-case-file';
export const CASE_FILE_VERSION = 1;

/** How each hash was computed, said in the file itself so that anyone can check it by hand. */
export const CHAIN_ALGORITHM =
  'digest = SHA-256(RFC 8785 canonical JSON of { id, streamId, type, data, metadata }), each personal field of data replaced by {"$commitment": SHA-256(RFC 8785 [salt, value])}; hash = SHA-256(previous hash ‖ digest) over raw bytes, the first previous hash being 32 zero bytes. An event the requester may not see is given by its digest alone.';

/**
 * A dispute's case file, for one of its parties, as exported on a day: what that party may read,
 * the rights assessment of that day, and the chain of every event's hash. `seal` is the SHA-256
 * of the rest of the file (RFC 8785), so that any change to it shows; the chain is what proves
 * the record itself against the server (verifyDispute's head hash, or a later export).
 */
export interface CaseFile {
  format: typeof CASE_FILE_FORMAT;
  version: typeof CASE_FILE_VERSION;
  exportedAt: string;
  locale: 'fr' | 'en';
  requester: string;
  dispute: Record<string, unknown> & { id: string };
  rights: unknown;
  chain: { algorithm: string; streamId: string; events: ChainLink[]; headHash: string };
  seal?: { algorithm: 'SHA-256 of RFC 8785 of the file without its seal'; sha256: string };
}
