import { parisDateOf, type CalendarDate } from '@recours/consumer-law';
import type { Side } from '../values/actor';
import { isBefore, type Instant } from '../values/instant';
import { termsOf, type RemedyTerms } from '../values/remedy-terms';
import type { Dispute, MediationState, SettlementState } from '../state';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import { CorruptStreamError, type Evolution, type SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, sideAudience, moneyParams, lastDayOf, type NotificationsOf } from '../events/notification-intent';
import { agreement } from '../remedy/remedy.events';
import type { InadmissibilityGround } from './inadmissibility-grounds';

/**
 * `mediationBodyId`: the mediation body the request went to (L612-1), decided once, when it was
 * made: the one the merchant designated then, else the default body. It stays the mediation's
 * body whatever the merchant designates later. Absent from requests recorded before it existed
 * (same version, an optional field) and from one made while no body existed: their body is still
 * read from the merchant's designation of today (MediationBodies, MediationIntake,
 * MediationActivityReports).
 */
export type MediationRequested = DisputeEventOf<
  'MediationRequested',
  EventContext & {
    summary?: string;
    mediationBodyId?: string;
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

/**
 * When admissible, the outcome is due 90 days (R612-5) after `fileCompletedAt`, when the mediator
 * received the complete file (R612-2): the request, or the later day the mediator named. Decisions
 * recorded before that counted from the decision itself (`fileCompletedAt` is the decision's
 * instant); they keep their stored dates, which evolution never recomputes. A refusal
 * names its ground of L612-2 when the mediator gave one (absent from refusals recorded before it
 * existed: same version, an optional field).
 */
export type MediationAdmissibilityDecided = DisputeEventOf<
  'MediationAdmissibilityDecided',
  EventContext &
    ({ admissible: true; reason?: string; fileCompletedAt: Instant; outcomeDueAt: Instant } | { admissible: false; reason: string; ground?: InadmissibilityGround })
>;

/**
 * The answer period (R612-4): last day to accept or refuse, and the instant (Paris midnight after
 * it) from which the proposal expires. Absent from proposals recorded before it existed (same
 * version, optional fields): they have no answer period and never expire.
 */
export type SettlementProposed = DisputeEventOf<
  'SettlementProposed',
  EventContext & RemedyTerms & { settlementId: string; replacesSettlementId?: string; answerDueOn?: CalendarDate; answerDueAt?: Instant }
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

/** The answer period ended before both sides accepted: the proposal expires, the mediator may propose again. */
export type SettlementExpired = DisputeEventOf<'SettlementExpired', EventContext & { settlementId: string; answerDueAt: Instant }>;

/** R612-5: the 90-day period extended for a complex dispute; the outcome is now due at `outcomeDueAt`. */
export type MediationExtended = DisputeEventOf<'MediationExtended', EventContext & { reason: string; previousOutcomeDueAt: Instant; outcomeDueAt: Instant }>;

export type AdmissibilityOverdue = DisputeEventOf<'AdmissibilityOverdue', EventContext & { dueAt: Instant }>;

export type MediationOverdue = DisputeEventOf<'MediationOverdue', EventContext & { dueAt: Instant }>;

export type MediationEvent =
  | MediationRequested
  | MediatorAssigned
  | MediationAdmissibilityDecided
  | SettlementProposed
  | SettlementAccepted
  | SettlementRejected
  | SettlementExpired
  | MediationExtended
  | AdmissibilityOverdue
  | MediationOverdue;

export const MEDIATION_EVENT_VERSIONS = {
  MediationRequested: 1,
  MediatorAssigned: 1,
  MediationAdmissibilityDecided: 1,
  SettlementProposed: 1,
  SettlementAccepted: 1,
  SettlementRejected: 1,
  SettlementExpired: 1,
  MediationExtended: 1,
  AdmissibilityOverdue: 1,
  MediationOverdue: 1,
} as const satisfies SchemaVersions<MediationEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const MEDIATION_PERSONAL_FIELDS = {
  MediationRequested: ['/summary'],
  MediatorAssigned: [],
  MediationAdmissibilityDecided: ['/reason'],
  SettlementProposed: ['/terms'],
  SettlementAccepted: [],
  SettlementRejected: ['/reason'],
  SettlementExpired: [],
  MediationExtended: ['/reason'],
  AdmissibilityOverdue: [],
  MediationOverdue: [],
} as const satisfies PersonalFields<MediationEvent>;

/** Who reads each event (events/visibility.ts). */
export const MEDIATION_READERS = {
  MediationRequested: 'SHARED',
  MediatorAssigned: 'SHARED',
  MediationAdmissibilityDecided: 'SHARED',
  SettlementProposed: 'SHARED',
  SettlementAccepted: 'SHARED',
  SettlementRejected: 'SHARED',
  SettlementExpired: 'SHARED',
  MediationExtended: 'SHARED',
  AdmissibilityOverdue: 'SHARED',
  MediationOverdue: 'SHARED',
} as const satisfies ReadersOf<MediationEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const MEDIATION_NOTIFICATIONS: NotificationsOf<MediationEvent> = {
  MediationRequested: (event) => notify('MEDIATION_REQUESTED', ['MERCHANT', 'ADMINS', 'MEDIATOR'], { admissibilityDueOn: lastDayOf(event.data.admissibilityDueAt) }),
  // A replacement also tells the mediator it takes the case from that it is no longer hers: she
  // reads nothing more of it, and would otherwise find it gone from her caseload without a word.
  MediatorAssigned: (event, dispute) => {
    const assigned = notify('MEDIATOR_ASSIGNED', ['MEDIATOR', 'CONSUMER_SIDE', 'MERCHANT'], { admissibilityDueOn: dispute.mediation ? lastDayOf(dispute.mediation.admissibilityDueAt) : null });
    return event.data.replacedMediatorId ? [assigned, notify('MEDIATOR_REPLACED', ['REPLACED_MEDIATOR'])] : assigned;
  },
  MediationAdmissibilityDecided: (event) => {
    const d = event.data;
    return d.admissible
      ? notify('MEDIATION_ADMISSIBLE', ['CONSUMER_SIDE', 'MERCHANT'], {
          outcomeDueOn: lastDayOf(d.outcomeDueAt),
          // The 90 days run from the complete file (R612-2, R612-5), which may be days before the decision:
          // the readers are told from when, and that the date has passed when the decision came too late.
          fileCompletedOn: parisDateOf(d.fileCompletedAt),
          ...(!isBefore(d.at, d.outcomeDueAt) && { outcomeDatePassed: true }),
        })
      : notify('MEDIATION_INADMISSIBLE', ['CONSUMER_SIDE', 'MERCHANT'], { reason: d.reason, ...(d.ground && { ground: d.ground }) });
  },
  SettlementProposed: (event) =>
    notify('SETTLEMENT_PROPOSED', ['CONSUMER_SIDE', 'MERCHANT'], {
      remedy: event.data.remedy,
      ...moneyParams(event.data.amount),
      daysToCarryOut: event.data.daysToCarryOut,
      ...(event.data.answerDueOn && { answerDueOn: event.data.answerDueOn }),
    }),
  SettlementAccepted: (event) => {
    const d = event.data;
    if (d.agreementReached) return notify('AGREEMENT_REACHED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { remedyDueOn: d.remedyDueOn });
    return notify('SETTLEMENT_ACCEPTED', [sideAudience(d.side === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER'), 'MEDIATOR'], { side: d.side });
  },
  SettlementRejected: (event) =>
    notify('SETTLEMENT_REJECTED', ['MEDIATOR', sideAudience(event.data.side === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER')], { side: event.data.side, reason: event.data.reason }),
  SettlementExpired: (event, _dispute, before) => {
    const settlement = before?.mediation?.settlements.find((x) => x.settlementId === event.data.settlementId);
    return settlement ? notify('SETTLEMENT_EXPIRED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { remedy: settlement.remedy, answerDueOn: lastDayOf(event.data.answerDueAt) }) : null;
  },
  MediationExtended: (event) => notify('MEDIATION_EXTENDED', ['CONSUMER_SIDE', 'MERCHANT'], { outcomeDueOn: lastDayOf(event.data.outcomeDueAt), reason: event.data.reason }),
  AdmissibilityOverdue: (event) => notify('MEDIATION_DEADLINE_MISSED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { deadline: 'ADMISSIBILITY_DUE', dueOn: lastDayOf(event.data.dueAt) }),
  MediationOverdue: (event) => notify('MEDIATION_DEADLINE_MISSED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { deadline: 'MEDIATION_OUTCOME_DUE', dueOn: lastDayOf(event.data.dueAt) }),
};

export const mediationEvolution: Evolution<MediationEvent> = {
  MediationRequested(s, event) {
    const { at, writtenClaimOn, timeBarredAfter, admissibilityDueAt, mediationBodyId } = event.data;
    return {
      ...s,
      merchantResponse: null,
      mediation: {
        stage: 'REQUESTED',
        requestedAt: at,
        ...(mediationBodyId !== undefined && { bodyId: mediationBodyId }),
        writtenClaimOn,
        timeBarredAfter,
        admissibilityDueAt,
        admissibilityOverdue: false,
        mediatorId: null,
        decidedAt: null,
        fileCompletedAt: null,
        outcomeDueAt: null,
        outcomeOverdue: false,
        settlements: [],
      },
    };
  },
  MediatorAssigned: (s, event) => withMediation(s, (m) => ({ ...m, mediatorId: event.data.mediatorId })),
  MediationAdmissibilityDecided(s, { data: d }) {
    return withMediation(s, (m) =>
      d.admissible
        ? { ...m, stage: 'ADMISSIBLE', decidedAt: d.at, fileCompletedAt: d.fileCompletedAt, outcomeDueAt: d.outcomeDueAt, ...(d.reason && { admissibilityReason: d.reason }) }
        : { ...m, stage: 'INADMISSIBLE', decidedAt: d.at, admissibilityReason: d.reason, ...(d.ground && { inadmissibilityGround: d.ground }) },
    );
  },
  SettlementProposed(s, { data: d }) {
    const settlement: SettlementState = {
      settlementId: d.settlementId,
      ...termsOf(d),
      proposedAt: d.at,
      proposedBy: d.by.id,
      status: 'PROPOSED',
      ...(d.answerDueOn && d.answerDueAt && { answerDueOn: d.answerDueOn, answerDueAt: d.answerDueAt }),
      acceptedBy: [],
    };
    return withMediation(s, (m) => ({
      ...m,
      settlements: [...m.settlements.map((x) => (x.status === 'PROPOSED' ? { ...x, status: 'SUPERSEDED' as const } : x)), settlement],
    }));
  },
  SettlementAccepted(s, { data: d }) {
    const next = withSettlement(s, d.settlementId, (x) => ({ ...x, acceptedBy: [...x.acceptedBy, d.side], ...(d.agreementReached && { status: 'AGREED' as const }) }));
    if (!d.agreementReached) return next;
    const settled = next.mediation!.settlements.find((x) => x.settlementId === d.settlementId)!;
    return {
      ...next,
      agreement: agreement('SETTLEMENT', d.settlementId, settled, d.at, d.remedyDueOn, d.remedyDueAt),
      mediation: { ...next.mediation!, stage: 'AGREED' },
    };
  },
  SettlementRejected(s, event) {
    const { settlementId, side, reason, at } = event.data;
    return withSettlement(s, settlementId, (x) => ({ ...x, status: 'REJECTED', rejection: { side, reason, at } }));
  },
  SettlementExpired(s, { data: d }) {
    if (!s.mediation?.settlements.some((x) => x.settlementId === d.settlementId)) throw new CorruptStreamError(`SettlementExpired for unknown settlement ${d.settlementId}`);
    return withSettlement(s, d.settlementId, (x) => ({ ...x, status: 'EXPIRED' }));
  },
  MediationExtended: (s, { data: d }) =>
    withMediation(s, (m) => ({ ...m, outcomeDueAt: d.outcomeDueAt, outcomeOverdue: false, extension: { at: d.at, reason: d.reason, previousOutcomeDueAt: d.previousOutcomeDueAt } })),
  AdmissibilityOverdue: (s) => withMediation(s, (m) => ({ ...m, admissibilityOverdue: true })),
  MediationOverdue: (s) => withMediation(s, (m) => ({ ...m, outcomeOverdue: true })),
};

/** An agreement reached on a direct offer ends the mediation; a pending proposal lapses. */
export function lapse(m: MediationState): MediationState {
  return { ...m, stage: 'AGREED', settlements: m.settlements.map((x) => (x.status === 'PROPOSED' ? { ...x, status: 'LAPSED' as const } : x)) };
}

function withMediation(s: Dispute, change: (m: MediationState) => MediationState): Dispute {
  if (!s.mediation) throw new CorruptStreamError('mediation event without a mediation request');
  return { ...s, mediation: change(s.mediation) };
}

function withSettlement(s: Dispute, settlementId: string, change: (x: SettlementState) => SettlementState): Dispute {
  return withMediation(s, (m) => ({ ...m, settlements: m.settlements.map((x) => (x.settlementId === settlementId ? change(x) : x)) }));
}
