import type { DisputeEvent } from './events/dispute-event';
import type { RemedyTerms } from './events/offer-events';
import { REMEDIES } from './values/remedy';
import type { AgreementState, Dispute, DisputeState, MediationState, OfferState, SettlementState } from './state';

/** A stream this code cannot fold (events out of order, or for another dispute's life). */
export class CorruptStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptStreamError';
  }
}

/**
 * Folds one event into the state. Events are facts already decided, so nothing is checked
 * here but the stream's own consistency; every computed date comes from the event.
 */
export function evolve(state: DisputeState, event: DisputeEvent): DisputeState {
  if (event.type === 'ClaimFiled') {
    if (state.filed) throw new CorruptStreamError(`ClaimFiled on dispute ${state.disputeId}, which is already filed`);
    const d = event.data;
    return {
      filed: true,
      disputeId: d.disputeId,
      consumerId: d.consumerId,
      merchantId: d.merchantId,
      claim: {
        product: d.product,
        purchase: d.purchase,
        ...(d.commercialWarranty && { commercialWarranty: d.commercialWarranty }),
        problem: d.problem,
        requestedRemedy: d.requestedRemedy,
        ...(d.priorWrittenComplaintOn && { priorWrittenComplaintOn: d.priorWrittenComplaintOn }),
      },
      policy: d.policy,
      filedAt: d.at,
      lastEventAt: d.at,
      evidence: d.evidence.map((e) => ({ ...e, at: d.at, by: d.by })),
      messages: [],
      negotiationTurn: 'MERCHANT',
      acknowledgedAt: null,
      merchantResponse: { dueAt: d.merchantResponseDueAt, overdue: false },
      merchantHadChance: false,
      escalation: { level: 'FRONT_DESK', levelHadChance: false, answeredAtLevel: false, history: [] },
      rejection: null,
      offers: [],
      remediesAvailable: [...REMEDIES],
      agreement: null,
      remedyHistory: [],
      mediation: null,
      mandate: null,
      reminders: [],
      closure: null,
      withdrawal: null,
      feedback: null,
    };
  }
  if (!state.filed) throw new CorruptStreamError(`${event.type} before ClaimFiled`);
  return apply({ ...state, lastEventAt: event.data.at }, event);
}

function apply(s: Dispute, event: Exclude<DisputeEvent, { type: 'ClaimFiled' }>): Dispute {
  switch (event.type) {
    case 'EvidenceAttached': {
      const { kind, name, sha256, at, by } = event.data;
      return { ...s, evidence: [...s.evidence, { kind, name, sha256, at, by }] };
    }
    case 'MessagePosted': {
      const { messageId, body, visibility, at, by, onBehalfOf } = event.data;
      return { ...s, messages: [...s.messages, { messageId, body, visibility, at, by, ...(onBehalfOf && { onBehalfOf }) }] };
    }
    case 'ClaimAcknowledged':
      return { ...s, acknowledgedAt: event.data.at };
    case 'ClaimRejected': {
      const { reason, at, level } = event.data;
      const next = merchantHadChance(s);
      return {
        ...next,
        negotiationTurn: 'CONSUMER',
        merchantResponse: null,
        rejection: { reason, at, level },
        escalation: { ...next.escalation, answeredAtLevel: true },
      };
    }
    case 'EscalatedInternally': {
      const { level, at, merchantResponseDueAt } = event.data;
      return {
        ...s,
        negotiationTurn: 'MERCHANT',
        merchantResponse: { dueAt: merchantResponseDueAt, overdue: false },
        rejection: null,
        escalation: { level, levelHadChance: false, answeredAtLevel: false, history: [...s.escalation.history, { level, at }] },
      };
    }
    case 'MerchantResponseOverdue':
      return { ...merchantHadChance(s), merchantResponse: s.merchantResponse && { ...s.merchantResponse, overdue: true } };
    case 'OfferMade': {
      const d = event.data;
      const offer: OfferState = {
        offerId: d.offerId,
        side: d.side,
        kind: d.kind,
        ...terms(d),
        madeAt: d.at,
        expiresOn: d.expiresOn,
        expiresAt: d.expiresAt,
        by: d.by,
        ...(d.onBehalfOf && { onBehalfOf: d.onBehalfOf }),
        status: 'LIVE',
      };
      const next = { ...s, offers: [...s.offers, offer] };
      if (d.side === 'MERCHANT') {
        return { ...next, negotiationTurn: 'CONSUMER', merchantResponse: null, rejection: null, escalation: { ...s.escalation, answeredAtLevel: true } };
      }
      return { ...next, negotiationTurn: 'MERCHANT', merchantResponse: d.merchantResponseDueAt ? { dueAt: d.merchantResponseDueAt, overdue: false } : s.merchantResponse };
    }
    case 'OfferSuperseded':
      offerOf(s, event.data.offerId);
      return endOffer(s, event.data.offerId, { status: 'SUPERSEDED', endedAt: event.data.at });
    case 'OfferAccepted': {
      const { offerId, at, remedyDueAt, remedyDueOn, endsMediation } = event.data;
      const accepted = offerOf(s, offerId);
      const next = endOffer(s, offerId, { status: 'ACCEPTED', endedAt: at });
      return {
        ...next,
        merchantResponse: null,
        rejection: null,
        agreement: agreement('OFFER', offerId, accepted, at, remedyDueOn, remedyDueAt),
        mediation: endsMediation && s.mediation ? lapse(s.mediation) : s.mediation,
      };
    }
    case 'OfferRejected': {
      const { offerId, reason, at, merchantResponseDueAt } = event.data;
      const next = merchantHadChance(endOffer(s, offerId, { status: 'REJECTED', endedAt: at, rejectionReason: reason }));
      const rejected = offerOf(s, offerId);
      if (merchantResponseDueAt) return { ...next, negotiationTurn: 'MERCHANT', merchantResponse: { dueAt: merchantResponseDueAt, overdue: false } };
      if (rejected.side === 'CONSUMER') {
        return { ...next, negotiationTurn: 'CONSUMER', merchantResponse: null, escalation: { ...next.escalation, answeredAtLevel: true } };
      }
      return next;
    }
    case 'OfferExpired': {
      const expired = offerOf(s, event.data.offerId);
      const next = endOffer(s, event.data.offerId, { status: 'EXPIRED', endedAt: event.data.at });
      // A merchant's offer left to lapse counts as turned down: the merchant has had its chance.
      return expired.side === 'MERCHANT' ? merchantHadChance(next) : next;
    }
    case 'MediationRequested': {
      const { at, writtenClaimOn, timeBarredAfter, admissibilityDueAt } = event.data;
      return {
        ...s,
        merchantResponse: null,
        mediation: {
          stage: 'REQUESTED',
          requestedAt: at,
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
    }
    case 'MediatorAssigned':
      return withMediation(s, (m) => ({ ...m, mediatorId: event.data.mediatorId }));
    case 'MediationAdmissibilityDecided': {
      const d = event.data;
      return withMediation(s, (m) =>
        d.admissible
          ? { ...m, stage: 'ADMISSIBLE', decidedAt: d.at, fileCompletedAt: d.fileCompletedAt, outcomeDueAt: d.outcomeDueAt, ...(d.reason && { admissibilityReason: d.reason }) }
          : { ...m, stage: 'INADMISSIBLE', decidedAt: d.at, admissibilityReason: d.reason },
      );
    }
    case 'SettlementProposed': {
      const d = event.data;
      const settlement: SettlementState = { settlementId: d.settlementId, ...terms(d), proposedAt: d.at, proposedBy: d.by.id, status: 'PROPOSED', acceptedBy: [] };
      return withMediation(s, (m) => ({
        ...m,
        settlements: [...m.settlements.map((x) => (x.status === 'PROPOSED' ? { ...x, status: 'SUPERSEDED' as const } : x)), settlement],
      }));
    }
    case 'SettlementAccepted': {
      const d = event.data;
      const next = withSettlement(s, d.settlementId, (x) => ({ ...x, acceptedBy: [...x.acceptedBy, d.side], ...(d.agreementReached && { status: 'AGREED' as const }) }));
      if (!d.agreementReached) return next;
      const settled = next.mediation!.settlements.find((x) => x.settlementId === d.settlementId)!;
      return {
        ...next,
        agreement: agreement('SETTLEMENT', d.settlementId, settled, d.at, d.remedyDueOn, d.remedyDueAt),
        mediation: { ...next.mediation!, stage: 'AGREED' },
      };
    }
    case 'SettlementRejected': {
      const { settlementId, side, reason, at } = event.data;
      return withSettlement(s, settlementId, (x) => ({ ...x, status: 'REJECTED', rejection: { side, reason, at } }));
    }
    case 'AdmissibilityOverdue':
      return withMediation(s, (m) => ({ ...m, admissibilityOverdue: true }));
    case 'MediationOverdue':
      return withMediation(s, (m) => ({ ...m, outcomeOverdue: true }));
    case 'RemedyFulfilled':
      return { ...s, agreement: null, remedyHistory: [...s.remedyHistory, { ...s.agreement!, outcome: 'FULFILLED', at: event.data.at }] };
    case 'RemedyFailed': {
      const { at, failure, description, remediesAvailable, merchantResponseDueAt } = event.data;
      return {
        ...merchantHadChance(s),
        agreement: null,
        remedyHistory: [...s.remedyHistory, { ...s.agreement!, outcome: 'FAILED', at, failure, description }],
        remediesAvailable,
        negotiationTurn: 'MERCHANT',
        merchantResponse: { dueAt: merchantResponseDueAt, overdue: false },
      };
    }
    case 'RemedyOverdue':
      return { ...s, agreement: s.agreement && { ...s.agreement, overdue: true } };
    case 'RepresentationGranted':
      return { ...s, mandate: { associationId: event.data.associationId, grantedAt: event.data.at } };
    case 'RepresentationRevoked':
      return { ...s, mandate: null };
    case 'DeadlineReminderRecorded': {
      const { deadline, offerId, dueAt } = event.data;
      return { ...s, reminders: [...s.reminders, reminderKey(deadline, offerId, dueAt)] };
    }
    case 'ClaimWithdrawn': {
      const { reason, at, by } = event.data;
      return { ...s, withdrawal: { ...(reason && { reason }), at, by } };
    }
    case 'DisputeClosed': {
      const d = event.data;
      return {
        ...s,
        closure: { outcome: d.outcome, nextSteps: d.outcome === 'UNRESOLVED' ? d.nextSteps : [], ...(d.summary && { summary: d.summary }), at: d.at, by: d.by },
      };
    }
    case 'FeedbackGiven': {
      const { rating, comment, at } = event.data;
      return { ...s, feedback: { rating, ...(comment && { comment }), at } };
    }
    default: {
      const unknown: never = event;
      throw new CorruptStreamError(`unknown event type ${(unknown as { type: string }).type}`);
    }
  }
}

/** Identifies a deadline for reminders: a new due date is a new deadline. */
export const reminderKey = (kind: string, offerId: string | undefined, dueAt: string): string => `${kind}:${offerId ?? ''}:${dueAt}`;

function terms(d: RemedyTerms): RemedyTerms {
  return { remedy: d.remedy, ...(d.amount && { amount: d.amount }), daysToCarryOut: d.daysToCarryOut, terms: d.terms };
}

function agreement(source: AgreementState['source'], sourceId: string, agreed: RemedyTerms, at: string, dueOn: string, dueAt: string): AgreementState {
  return { source, sourceId, ...terms(agreed), agreedAt: at, dueOn, dueAt, overdue: false };
}

function merchantHadChance(s: Dispute): Dispute {
  return { ...s, merchantHadChance: true, escalation: { ...s.escalation, levelHadChance: true } };
}

function offerOf(s: Dispute, offerId: string): OfferState {
  const offer = s.offers.find((o) => o.offerId === offerId);
  if (!offer) throw new CorruptStreamError(`event for unknown offer ${offerId}`);
  return offer;
}

function endOffer(s: Dispute, offerId: string, change: Partial<OfferState>): Dispute {
  return { ...s, offers: s.offers.map((o) => (o.offerId === offerId ? { ...o, ...change } : o)) };
}

function withMediation(s: Dispute, change: (m: MediationState) => MediationState): Dispute {
  if (!s.mediation) throw new CorruptStreamError('mediation event without a mediation request');
  return { ...s, mediation: change(s.mediation) };
}

function withSettlement(s: Dispute, settlementId: string, change: (x: SettlementState) => SettlementState): Dispute {
  return withMediation(s, (m) => ({ ...m, settlements: m.settlements.map((x) => (x.settlementId === settlementId ? change(x) : x)) }));
}

/** An agreement reached on a direct offer ends the mediation; a pending proposal lapses. */
function lapse(m: MediationState): MediationState {
  return { ...m, stage: 'AGREED', settlements: m.settlements.map((x) => (x.status === 'PROPOSED' ? { ...x, status: 'LAPSED' as const } : x)) };
}
