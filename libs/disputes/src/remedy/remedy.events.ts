import type { CalendarDate } from '@recours/consumer-law';
import type { Instant } from '../values/instant';
import { remediesAfterFailure, type AgreementSource, type Remedy, type RemedyFailure } from '../values/remedy';
import { termsOf, type RemedyTerms } from '../values/remedy-terms';
import type { AgreementState } from '../state';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, lastDayOf, mediatorIfAssigned, type NotificationsOf } from '../events/notification-intent';
import { merchantHadChance } from '../answers/answers.events';

/** Confirmed by the consumer: only the one who was owed the remedy can say it was delivered. */
export type RemedyFulfilled = DisputeEventOf<
  'RemedyFulfilled',
  EventContext & {
    remedy: Remedy;
    source: AgreementSource;
    sourceId: string;
    note?: string;
    /** Not said by the consumer: the confirmation period after the merchant's report ran out (it counts as confirmed). */
    deemed?: true;
  }
>;

/** Hands the turn back to the merchant. `remediesAvailable`: the list as decided then (every remedy since 2026-12-06); read as every remedy whatever it holds. */
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

/** The merchant says the remedy was carried out; the consumer has until `confirmationDueAt` to confirm or contest it. */
export type RemedyCarriedOutReported = DisputeEventOf<
  'RemedyCarriedOutReported',
  EventContext & { on: CalendarDate; details: string; confirmationDueOn: CalendarDate; confirmationDueAt: Instant }
>;

export type RemedyOverdue = DisputeEventOf<'RemedyOverdue', EventContext & { dueAt: Instant }>;

export type RemedyEvent = RemedyFulfilled | RemedyFailed | RemedyCarriedOutReported | RemedyOverdue;

export const REMEDY_EVENT_VERSIONS = { RemedyFulfilled: 1, RemedyFailed: 1, RemedyCarriedOutReported: 1, RemedyOverdue: 1 } as const satisfies SchemaVersions<RemedyEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const REMEDY_PERSONAL_FIELDS = { RemedyFulfilled: ['/note'], RemedyCarriedOutReported: ['/details'], RemedyFailed: ['/description'], RemedyOverdue: [] } as const satisfies PersonalFields<RemedyEvent>;

/** Who reads each event (events/visibility.ts). */
export const REMEDY_READERS = { RemedyFulfilled: 'SHARED', RemedyCarriedOutReported: 'SHARED', RemedyFailed: 'SHARED', RemedyOverdue: 'SHARED' } as const satisfies ReadersOf<RemedyEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const REMEDY_NOTIFICATIONS: NotificationsOf<RemedyEvent> = {
  // Deemed at the end of her period: she is told it ended, the merchant that it is settled.
  RemedyFulfilled: (event) =>
    event.data.deemed ? notify('REMEDY_DEEMED_CONFIRMED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy }) : notify('REMEDY_FULFILLED', ['MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy }),
  // When her period starts, and the day it ends.
  RemedyCarriedOutReported: (event, dispute) =>
    notify('REMEDY_CARRIED_OUT_REPORTED', ['CONSUMER_SIDE', ...mediatorIfAssigned(dispute)], { remedy: dispute.agreement?.remedy ?? null, confirmationDueOn: event.data.confirmationDueOn }),
  RemedyFailed: (event) => notify('REMEDY_FAILED', ['MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy, failure: event.data.failure, dueOn: lastDayOf(event.data.merchantResponseDueAt) }),
  RemedyOverdue: (event, dispute) => notify('REMEDY_OVERDUE', ['CONSUMER_SIDE', 'MERCHANT', ...mediatorIfAssigned(dispute)], { dueOn: lastDayOf(event.data.dueAt) }),
};

/** The remedy the merchant owes once an offer or a settlement is accepted. */
export function agreement(source: AgreementSource, sourceId: string, agreed: RemedyTerms, at: string, dueOn: string, dueAt: string): AgreementState {
  return { source, sourceId, ...termsOf(agreed), agreedAt: at, dueOn, dueAt, overdue: false };
}

export const remedyEvolution: Evolution<RemedyEvent> = {
  RemedyFulfilled: (s, event) => ({
    ...s,
    agreement: null,
    remedyHistory: [...s.remedyHistory, { ...s.agreement!, outcome: 'FULFILLED', at: event.data.at, ...(event.data.deemed && { deemed: true as const }) }],
  }),
  RemedyFailed(s, event) {
    const { at, failure, description, merchantResponseDueAt } = event.data;
    return {
      ...merchantHadChance(s),
      agreement: null,
      remedyHistory: [...s.remedyHistory, { ...s.agreement!, outcome: 'FAILED', at, failure, description }],
      // Not the list the event holds: failures recorded before 2026-12-06 closed remedies by a rule since dropped.
      remediesAvailable: remediesAfterFailure(),
      negotiationTurn: 'MERCHANT',
      merchantResponse: { dueAt: merchantResponseDueAt, overdue: false },
    };
  },
  RemedyCarriedOutReported: (s, { data: d }) => ({
    ...s,
    agreement: s.agreement && { ...s.agreement, carriedOut: { on: d.on, details: d.details, reportedAt: d.at, confirmationDueAt: d.confirmationDueAt } },
  }),
  RemedyOverdue: (s) => ({ ...s, agreement: s.agreement && { ...s.agreement, overdue: true } }),
};
