import type { CalendarDate } from '@recours/consumer-law';
import type { Side } from '../values/actor';
import type { Instant } from '../values/instant';
import type { DisputeEventOf, EventContext } from './event-envelope';
import type { RemedyTerms } from './offer-events';

export type MediationRequested = DisputeEventOf<
  'MediationRequested',
  EventContext & {
    summary?: string;
    /** The written claim the one-year bar runs from (L612-2), and the last day it allowed. */
    writtenClaimOn: CalendarDate;
    timeBarredAfter: CalendarDate;
    admissibilityDueAt: Instant;
  }
>;

export type MediatorAssigned = DisputeEventOf<
  'MediatorAssigned',
  EventContext & { mediatorId: string; replacedMediatorId?: string }
>;

/** When admissible, the file is complete and the 90-day outcome clock starts (R612-5). */
export type MediationAdmissibilityDecided = DisputeEventOf<
  'MediationAdmissibilityDecided',
  EventContext &
    ({ admissible: true; reason?: string; fileCompletedAt: Instant; outcomeDueAt: Instant } | { admissible: false; reason: string })
>;

export type SettlementProposed = DisputeEventOf<
  'SettlementProposed',
  EventContext & RemedyTerms & { settlementId: string; replacesSettlementId?: string }
>;

/** Each side accepts separately; the second acceptance is the agreement. */
export type SettlementAccepted = DisputeEventOf<
  'SettlementAccepted',
  EventContext &
    ({ settlementId: string; side: Side; agreementReached: false } | {
      settlementId: string;
      side: Side;
      agreementReached: true;
      remedyDueAt: Instant;
      remedyDueOn: CalendarDate;
    })
>;

export type SettlementRejected = DisputeEventOf<
  'SettlementRejected',
  EventContext & { settlementId: string; side: Side; reason: string }
>;

export type AdmissibilityOverdue = DisputeEventOf<'AdmissibilityOverdue', EventContext & { dueAt: Instant }>;

export type MediationOverdue = DisputeEventOf<'MediationOverdue', EventContext & { dueAt: Instant }>;
