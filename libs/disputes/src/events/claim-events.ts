import type { ClaimDetails } from '../values/claim';
import type { Evidence } from '../values/evidence';
import type { Instant } from '../values/instant';
import type { MessageVisibility } from '../values/message-visibility';
import type { DisputePolicy } from '../policy';
import type { DisputeEventOf, EventContext } from './event-envelope';

export type EscalationLevel = 'FRONT_DESK' | 'SUPERVISOR' | 'COMPLAINTS_DEPARTMENT';

/** `at` is the filing instant. The policy is a snapshot: later default changes do not apply. */
export type ClaimFiled = DisputeEventOf<
  'ClaimFiled',
  EventContext &
    ClaimDetails & {
      consumerId: string;
      merchantId: string;
      evidence: Evidence[];
      policy: DisputePolicy;
      merchantResponseDueAt: Instant;
    }
>;

export type EvidenceAttached = DisputeEventOf<'EvidenceAttached', EventContext & Evidence>;

export type MessagePosted = DisputeEventOf<
  'MessagePosted',
  EventContext & { messageId: string; body: string; visibility: MessageVisibility }
>;

/** A courtesy, not an answer: the merchant's response clock keeps running. */
export type ClaimAcknowledged = DisputeEventOf<'ClaimAcknowledged', EventContext & { note?: string }>;

export type ClaimRejected = DisputeEventOf<'ClaimRejected', EventContext & { reason: string; level: EscalationLevel }>;

export type EscalatedInternally = DisputeEventOf<
  'EscalatedInternally',
  EventContext & { level: Exclude<EscalationLevel, 'FRONT_DESK'>; reason?: string; merchantResponseDueAt: Instant }
>;

export type MerchantResponseOverdue = DisputeEventOf<'MerchantResponseOverdue', EventContext & { dueAt: Instant }>;
