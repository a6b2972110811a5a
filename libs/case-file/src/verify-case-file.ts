import canonicalize from 'canonicalize';
import { isPrefixOf, verifyChain } from '../../event-store/src/integrity/verify-chain';
import { sha256Hex } from '../../event-store/src/integrity/sha256';
import { CASE_FILE_FORMAT, type CaseFile } from './case-file';
import { caseFileText, CaseFileUnreadable } from './embedded-json';

export interface CaseFileVerification {
  /** The chain recomputes and the seal matches: nothing in the file was changed. */
  intact: boolean;
  disputeId: string | null;
  exportedAt: string | null;
  events: number;
  /** The first event (its version, 0 for the filing) whose content or link does not match. */
  alteredEventVersion: number | null;
  /** The altered event's type, when it could be read. */
  alteredEventType: string | null;
  /** Whether the rest of the file (what it shows, outside the chain) is as exported. */
  sealIntact: boolean;
  headHash: string | null;
  /** With a later export of the same dispute: whether this one is the beginning of its chain. */
  prefixOfLater?: boolean;
  /** Why the file could not be read at all, in English (the page and the command translate). */
  unreadable?: string;
}

/** Checks a case file (JSON or the PDF recours made) on its own, and against a later one if given. */
export async function verifyCaseFile(bytes: Uint8Array, later?: Uint8Array): Promise<CaseFileVerification> {
  let file: CaseFile;
  try {
    file = parse(bytes);
  } catch (error) {
    const reason = error instanceof CaseFileUnreadable ? error.message : 'this is not a case file exported by recours';
    return { intact: false, disputeId: null, exportedAt: null, events: 0, alteredEventVersion: null, alteredEventType: null, sealIntact: false, headHash: null, unreadable: reason };
  }
  const links = file.chain.events;
  const chain = await verifyChain(links);
  const { seal, ...sealed } = file;
  const sealIntact = seal !== undefined && seal.sha256 === (await sha256Hex(canonicalize(sealed) as string));
  const headStated = file.chain.headHash === chain.headHash;
  const streamMatches = file.chain.streamId === `dispute-${file.dispute.id}` && links.every((l) => !('event' in l) || l.event.streamId === file.chain.streamId);
  const altered = chain.brokenAtVersion ?? (headStated && streamMatches ? null : Math.max(0, links.length - 1));
  const alteredLink = altered === null ? undefined : links[altered];
  const result: CaseFileVerification = {
    intact: altered === null && sealIntact,
    disputeId: file.dispute.id,
    exportedAt: file.exportedAt,
    events: links.length,
    alteredEventVersion: altered,
    alteredEventType: alteredLink && 'event' in alteredLink ? alteredLink.event.type : null,
    sealIntact,
    headHash: chain.headHash,
  };
  if (later) {
    try {
      const newer = parse(later);
      result.prefixOfLater = newer.dispute.id === file.dispute.id && (await verifyChain(newer.chain.events)).valid && isPrefixOf(links, newer.chain.events);
    } catch {
      result.prefixOfLater = false;
    }
  }
  return result;
}

function parse(bytes: Uint8Array): CaseFile {
  const file = JSON.parse(caseFileText(bytes)) as CaseFile;
  if (file?.format !== CASE_FILE_FORMAT || !Array.isArray(file.chain?.events) || typeof file.dispute?.id !== 'string') throw new CaseFileUnreadable('this is not a case file exported by recours');
  return file;
}
