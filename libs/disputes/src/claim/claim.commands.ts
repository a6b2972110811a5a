import type { ClaimDetails } from '../values/claim';
import type { Evidence } from '../values/evidence';
import { type MessageVisibility, MESSAGE_VISIBILITIES } from '../values/message-visibility';
import type { DisputePolicy } from '../policy';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import { z } from 'zod';
import { identifier, oneOf, text } from '../validation/input';
import { evidence, MAX_MESSAGE, withoutAbsent } from '../validation/shapes';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';

/** Sent by the consumer; `policy` overrides some platform defaults for this dispute. */
export type FileClaim = DisputeCommandOf<
  'FileClaim',
  ClaimDetails & {
    merchantId: string;
    evidence?: Evidence[];
    policy?: Partial<DisputePolicy>;
    /** Where she lives, for her deadlines' calendar only (consumer-law, calendar/consumer-place.ts). */
    consumerPostcode?: string;
  }
>;

export type AttachEvidence = DisputeCommandOf<'AttachEvidence', Evidence>;

/** `visibility` defaults to ALL, the written record both parties see. */
export type PostMessage = DisputeCommandOf<
  'PostMessage',
  { messageId: string; body: string; visibility?: MessageVisibility }
>;

export type ClaimCommand = FileClaim | AttachEvidence | PostMessage;

/** Who may send each command, when, with what payload, and what it records. */
export const claimRules: RulesOf<Exclude<ClaimCommand, FileClaim>> = {
  /** Either side adds a document to the shared record at any time before the end. */
  AttachEvidence: {
    roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
    guard: noGuard,
    payload: evidence,
    mutation: { name: 'attachEvidence', description: 'Either side adds a document to the shared record.' },
    decide(c, dispute, party, at) {
      if (dispute.evidence.some((e) => e.sha256 === c.sha256)) {
        return new DomainError('DUPLICATE_EVIDENCE', { name: dispute.evidence.find((e) => e.sha256 === c.sha256)!.name });
      }
      const read = withoutAbsent({ kind: c.kind, name: c.name, sha256: c.sha256, file: c.file && { id: c.file.id, contentType: c.file.contentType, size: c.file.size } });
      return [recorded('EvidenceAttached', contextOf(dispute, party, at), read)];
    },
  },
  /**
   * The written record between the parties. A party may also write to the mediator alone once one
   * is assigned; the mediator may write to either party alone or keep a private note.
   */
  PostMessage: {
    roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT', 'MEDIATOR'],
    guard: noGuard,
    payload: z.object({
      messageId: identifier(),
      body: text({ max: MAX_MESSAGE }),
      visibility: oneOf(MESSAGE_VISIBILITIES, 'MessageVisibility').optional().describe('ALL by default: the written record both sides read.'),
    }),
    mutation: { name: 'postMessage', description: 'A message on the written record (or, in mediation, to the mediator).', assigned: ['messageId'] },
    decide(c, dispute, party, at) {
      if (dispute.messages.some((m) => m.messageId === c.messageId)) {
        return new DomainError('DUPLICATE_MESSAGE', { messageId: c.messageId });
      }
      const visibility = c.visibility ?? 'ALL';
      const own: MessageVisibility | null = party.side === 'CONSUMER' ? 'CONSUMER_AND_MEDIATOR' : party.side === 'MERCHANT' ? 'MERCHANT_AND_MEDIATOR' : null;
      const allowed = party.side === null || visibility === 'ALL' || (visibility === own && Boolean(dispute.mediation?.mediatorId));
      if (!allowed) {
        return new DomainError('VISIBILITY_NOT_ALLOWED', own === visibility ? { visibility, reason: 'NO_MEDIATOR' } : { visibility });
      }
      return [recorded('MessagePosted', contextOf(dispute, party, at), { messageId: c.messageId, body: c.body, visibility })];
    },
  },
};
