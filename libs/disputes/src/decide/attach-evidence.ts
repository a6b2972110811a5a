import type { AttachEvidence } from '../commands/claim-commands';
import { DomainError } from '../errors';
import { checked } from '../validation/input';
import { evidence } from '../validation/shapes';
import { noGuard, type CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** Either side adds a document to the shared record at any time before the end. */
export const attachEvidence: CommandHandler<AttachEvidence> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard: noGuard,
  validate: (c) => checked(() => evidence(c, 'evidence')),
  decide(c, dispute, party, at) {
    if (dispute.evidence.some((e) => e.sha256 === c.sha256)) {
      return new DomainError('DUPLICATE_EVIDENCE', `this document is already on the record as "${dispute.evidence.find((e) => e.sha256 === c.sha256)!.name}"`);
    }
    return [{ type: 'EvidenceAttached', schemaVersion: 1, data: { ...contextOf(dispute, party, at), kind: c.kind, name: c.name, sha256: c.sha256 } }];
  },
};
