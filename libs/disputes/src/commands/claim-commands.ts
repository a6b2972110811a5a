import type { ClaimDetails } from '../values/claim';
import type { Evidence } from '../values/evidence';
import type { MessageVisibility } from '../values/message-visibility';
import type { DisputePolicy } from '../policy';
import type { DisputeCommandOf } from './command-envelope';

/** Sent by the consumer; `policy` overrides some platform defaults for this dispute. */
export type FileClaim = DisputeCommandOf<
  'FileClaim',
  ClaimDetails & {
    merchantId: string;
    evidence?: Evidence[];
    policy?: Partial<DisputePolicy>;
  }
>;

export type AttachEvidence = DisputeCommandOf<'AttachEvidence', Evidence>;

/** `visibility` defaults to ALL, the written record both parties see. */
export type PostMessage = DisputeCommandOf<
  'PostMessage',
  { messageId: string; body: string; visibility?: MessageVisibility }
>;

export type AcknowledgeClaim = DisputeCommandOf<'AcknowledgeClaim', { note?: string }>;

export type RejectClaim = DisputeCommandOf<'RejectClaim', { reason: string }>;

export type EscalateInternally = DisputeCommandOf<'EscalateInternally', { reason?: string }>;
