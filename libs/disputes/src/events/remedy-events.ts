import type { Instant } from '../values/instant';
import type { Remedy } from '../values/remedy';
import type { DisputeEventOf, EventContext } from './event-envelope';

export type AgreementSource = 'OFFER' | 'SETTLEMENT';

/** Confirmed by the consumer: only the one who was owed the remedy can say it was delivered. */
export type RemedyFulfilled = DisputeEventOf<
  'RemedyFulfilled',
  EventContext & { remedy: Remedy; source: AgreementSource; sourceId: string; note?: string }
>;

export const REMEDY_FAILURES = ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'] as const;
export type RemedyFailure = (typeof REMEDY_FAILURES)[number];

/** Hands the turn back to the merchant, with the remedies the failure left open. */
export type RemedyFailed = DisputeEventOf<
  'RemedyFailed',
  EventContext & {
    remedy: Remedy;
    source: AgreementSource;
    sourceId: string;
    failure: RemedyFailure;
    description: string;
    remediesAvailable: Remedy[];
    merchantResponseDueAt: Instant;
  }
>;

export type RemedyOverdue = DisputeEventOf<'RemedyOverdue', EventContext & { dueAt: Instant }>;
