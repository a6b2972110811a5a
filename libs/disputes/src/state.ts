import type { EscalationLevel } from './values/escalation-level';
import type { OfferKind, RemedyTerms } from './values/remedy-terms';
import type { AgreementSource, RemedyFailure } from './values/remedy';
import type { DisputeOutcome } from './values/outcome';
import type { DisputePolicy } from './policy';
import type { Actor, Side } from './values/actor';
import type { ClaimDetails } from './values/claim';
import type { CalendarDate } from '@recours/consumer-law';
import type { FormalNoticeChannel } from './values/formal-notice-channel';
import type { InadmissibilityGround } from './mediation/inadmissibility-grounds';
import type { Evidence, MandateDocument } from './values/evidence';
import type { Instant } from './values/instant';
import type { MessageVisibility } from './values/message-visibility';
import type { NextStep } from './values/next-steps';
import type { Remedy } from './values/remedy';

export type OfferStatus = 'LIVE' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED' | 'SUPERSEDED';

export interface OfferState extends RemedyTerms {
  offerId: string;
  side: Side;
  kind: OfferKind;
  madeAt: Instant;
  expiresOn: CalendarDate;
  expiresAt: Instant;
  by: Actor;
  onBehalfOf?: string;
  status: OfferStatus;
  /** When it stopped being LIVE. */
  endedAt?: Instant;
  rejectionReason?: string;
}

/**
 * LAPSED: the parties agreed on a direct offer while the settlement was pending. EXPIRED: its
 * answer period (R612-4) ended before both sides accepted it.
 */
export type SettlementStatus = 'PROPOSED' | 'AGREED' | 'REJECTED' | 'SUPERSEDED' | 'LAPSED' | 'EXPIRED';

export interface SettlementState extends RemedyTerms {
  settlementId: string;
  proposedAt: Instant;
  proposedBy: string;
  status: SettlementStatus;
  /**
   * The answer period the mediator set (R612-4): the last day to accept or refuse, and the instant
   * from which answers are refused. Absent on proposals recorded before it existed: those stay open
   * until answered, replaced or the mediation ends.
   */
  answerDueOn?: CalendarDate;
  answerDueAt?: Instant;
  acceptedBy: Side[];
  rejection?: { side: Side; reason: string; at: Instant };
}

/** AGREED: the mediation ended in an agreement (a settlement, or an offer accepted meanwhile). */
export type MediationStage = 'REQUESTED' | 'ADMISSIBLE' | 'INADMISSIBLE' | 'AGREED';

export interface MediationState {
  stage: MediationStage;
  requestedAt: Instant;
  /**
   * The mediation body the request went to, recorded with it (MediationRequested); absent for a
   * request recorded before it was, whose body is the merchant's designation of today.
   */
  bodyId?: string;
  writtenClaimOn: CalendarDate;
  timeBarredAfter: CalendarDate;
  admissibilityDueAt: Instant;
  admissibilityOverdue: boolean;
  mediatorId: string | null;
  decidedAt: Instant | null;
  admissibilityReason?: string;
  /** The ground of L612-2 an inadmissible request was refused on, when the mediator gave one. */
  inadmissibilityGround?: InadmissibilityGround;
  /** The file is complete when it is found admissible: the 90-day clock runs from here. */
  fileCompletedAt: Instant | null;
  outcomeDueAt: Instant | null;
  outcomeOverdue: boolean;
  /** The one extension of the 90-day period for a complex dispute (R612-5). */
  extension?: { at: Instant; reason: string; previousOutcomeDueAt: Instant };
  settlements: SettlementState[];
}

/** A remedy both sides agreed to and the merchant now owes. */
export interface AgreementState extends RemedyTerms {
  source: AgreementSource;
  sourceId: string;
  agreedAt: Instant;
  dueOn: CalendarDate;
  dueAt: Instant;
  overdue: boolean;
  /** The merchant reported it carried the remedy out: the consumer confirms or contests it by `confirmationDueAt`, after which it counts as confirmed. */
  carriedOut?: { on: CalendarDate; details: string; reportedAt: Instant; confirmationDueAt: Instant };
}

export type RemedyRecord = AgreementState &
  ({ outcome: 'FULFILLED'; at: Instant; /** Not said by her: her period to answer the merchant's report ran out. */ deemed?: true } | { outcome: 'FAILED'; at: Instant; failure: RemedyFailure; description: string });

export interface EvidenceRecord extends Evidence {
  at: Instant;
  by: Actor;
}

export interface FormalNoticeRecord {
  sentOn: CalendarDate;
  channel: FormalNoticeChannel;
  at: Instant;
  by: Actor;
}

export interface MessageRecord {
  messageId: string;
  body: string;
  visibility: MessageVisibility;
  at: Instant;
  by: Actor;
  onBehalfOf?: string;
}

export interface EscalationState {
  level: EscalationLevel;
  /** The merchant, at this level, refused, let an offer be refused or lapse, or stayed silent. */
  levelHadChance: boolean;
  /** The merchant answered (offer or refusal) since the last escalation. */
  answeredAtLevel: boolean;
  history: { level: EscalationLevel; at: Instant }[];
}

export interface Dispute {
  filed: true;
  disputeId: string;
  consumerId: string;
  merchantId: string;
  claim: ClaimDetails;
  /** Her postcode as the claim gave it (ERASED once her key is destroyed): used for her rights' calendar only, shown to no one. */
  consumerPostcode?: string;
  policy: DisputePolicy;
  filedAt: Instant;
  lastEventAt: Instant;
  /** Set only while the latest events are not on the shared record (a team's or a side's own, a message to the mediator): the last event every party may know of, the activity the lists show (activityAt). */
  lastSharedEventAt?: Instant;
  evidence: EvidenceRecord[];
  /** Formal notices the consumer recorded as sent (optional: states folded before they existed). */
  formalNotices?: FormalNoticeRecord[];
  messages: MessageRecord[];
  /** Whose move it is while the parties negotiate directly; see `whoseTurn` for every phase. */
  negotiationTurn: Side;
  acknowledgedAt: Instant | null;
  /** Open while the merchant owes an answer in direct negotiation. */
  merchantResponse: { dueAt: Instant; overdue: boolean } | null;
  /** The merchant had its chance in writing: mediation may be requested (L612-2). */
  merchantHadChance: boolean;
  escalation: EscalationState;
  /** The merchant's standing refusal, cleared by an offer or an escalation. */
  rejection: { reason: string; at: Instant; level: EscalationLevel } | null;
  /**
   * Every written refusal of the claim (ClaimRejected), at whichever level, kept for good: an
   * offer or an escalation clears `rejection`, not the fact that the seller refused (the rights
   * engine's `remedyRefused`, L217-14 1°: rights-facts.ts). No reason kept: the events hold it.
   * Absent until the first (and in states folded before it existed).
   */
  refusals?: { at: Instant; level: EscalationLevel }[];
  offers: OfferState[];
  /** Remedies an offer or settlement may propose: every one (since 2026-12-06 no failure closes one: remediesAfterFailure). */
  remediesAvailable: Remedy[];
  agreement: AgreementState | null;
  remedyHistory: RemedyRecord[];
  mediation: MediationState | null;
  /** `document`: the signed mandate, when the consumer uploaded it. */
  mandate: { associationId: string; grantedAt: Instant; document?: MandateDocument } | null;
  /** Associations the consumer lets read the dispute to advise her, without a mandate; absent until the first. */
  advisers?: Array<{ associationId: string; sharedAt: Instant }>;
  /** The merchant's agent who handles the case (issue 18 item 2); absent until assigned. Read by the merchant's team only. */
  assignment?: { agentId: string; at: Instant };
  /** How many internal notes the merchant's team wrote (their words stay in the events, read by the team only). */
  internalNotes?: number;
  /** Keys of deadlines already reminded (see deadlines.ts). */
  reminders: string[];
  closure: { outcome: DisputeOutcome; nextSteps: NextStep[]; summary?: string; at: Instant; by: Actor } | null;
  withdrawal: { reason?: string; at: Instant; by: Actor } | null;
  feedback: { rating: number; comment?: string; at: Instant } | null;
  /** Kept for litigation by the admin (placeLegalHold): retention does not erase it; absent when none. */
  legalHold?: { reason: string; at: Instant; by: Actor };
  /** The parties were told it will be erased from `erasesAt` (retention); absent when not, or once a hold made it moot. */
  erasureNotice?: { at: Instant; erasesAt: Instant };
  /** Erased by retention: nothing more happens on it but the record that its erasure's steps were done (`completedAt`). */
  erased?: { at: Instant; completedAt?: Instant };
}

export interface NotFiled {
  filed: false;
}

export type DisputeState = NotFiled | Dispute;

export const initialState = (): DisputeState => ({ filed: false });

/** The last activity every party may know of: the merchant team's own events (assignment, internal notes) leave it unchanged. */
export const activityAt = (dispute: Dispute): Instant => dispute.lastSharedEventAt ?? dispute.lastEventAt;
