import { addDays, dateOf } from '@recours/consumer-law';
import type { Dispute, DisputeEvent, Money, Side } from '@recours/disputes';
import type { Audience, NotificationIntent, NotificationParams } from './notification-intent';
import type { NotificationKind } from './notification-kind';

const sideAudience = (side: Side): Audience => (side === 'CONSUMER' ? 'CONSUMER_SIDE' : 'MERCHANT');
const money = (amount: Money | undefined): NotificationParams => (amount ? { amount: amount.amount, currency: amount.currency } : {});
/** The last day to act on a deadline that passes at `dueAt` (midnight UTC after it). */
const lastDay = (dueAt: string): string => addDays(dateOf(dueAt), -1);
const intent = (kind: NotificationKind, audiences: Audience[], params: NotificationParams = {}): NotificationIntent => ({ kind, audiences, params });

/**
 * What an event tells whom, given the dispute after it (`dispute`) and before it (`before`,
 * undefined for the claim that opens it). Pure: the notifier addresses the audiences to accounts,
 * leaves out whoever acted, and keeps each reader to what the dispute shows them.
 */
export function notificationFor(event: DisputeEvent, dispute: Dispute, before: Dispute | undefined): NotificationIntent | null {
  // No default: the compiler makes each new event say whom it tells (null: nobody), rather than
  // let a notification that matters be dropped without anyone deciding it.
  switch (event.type) {
    case 'ClaimFiled':
      return intent('CLAIM_FILED', ['MERCHANT'], { requestedRemedy: event.data.requestedRemedy, dueOn: lastDay(event.data.merchantResponseDueAt) });
    case 'ClaimAcknowledged':
      return intent('CLAIM_ACKNOWLEDGED', ['CONSUMER_SIDE']);
    case 'ClaimRejected':
      return intent('CLAIM_REJECTED', ['CONSUMER_SIDE'], { reason: event.data.reason });
    case 'MerchantResponseOverdue':
      return intent('MERCHANT_RESPONSE_OVERDUE', ['CONSUMER_SIDE'], { dueOn: lastDay(event.data.dueAt) });
    case 'EscalatedInternally':
      // Up the merchant's team, level by level: its supervisors, then its complaints department
      // (the owner, with the supervisors); the agent handling the case hears of both.
      return intent('ESCALATED', [event.data.level === 'SUPERVISOR' ? 'MERCHANT_SUPERVISORS' : 'MERCHANT_LEADS'], { level: event.data.level, dueOn: lastDay(event.data.merchantResponseDueAt) });
    case 'CaseAssigned':
      // The agent the case now goes to, in-app and on her own channels; never a webhook (merchantsOwn).
      return intent('CASE_ASSIGNED', ['ASSIGNEE'], { dueOn: dispute.negotiationTurn === 'MERCHANT' && dispute.merchantResponse ? lastDay(dispute.merchantResponse.dueAt) : null });
    case 'OfferMade': {
      const d = event.data;
      const terms = { remedy: d.remedy, offerKind: d.kind, ...money(d.amount), expiresOn: d.expiresOn, daysToCarryOut: d.daysToCarryOut };
      return d.side === 'MERCHANT' ? intent('OFFER_MADE', ['CONSUMER_SIDE'], terms) : intent('COUNTER_OFFER_MADE', ['MERCHANT'], terms);
    }
    case 'OfferAccepted': {
      const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
      if (!offer) return null;
      return intent('OFFER_ACCEPTED', [sideAudience(offer.side), ...(event.data.endsMediation ? (['MEDIATOR'] as Audience[]) : [])], {
        remedy: offer.remedy,
        ...money(offer.amount),
        remedyDueOn: event.data.remedyDueOn,
      });
    }
    case 'OfferRejected': {
      const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
      return offer ? intent('OFFER_REJECTED', [sideAudience(offer.side)], { remedy: offer.remedy, reason: event.data.reason }) : null;
    }
    case 'OfferExpired': {
      const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
      return offer ? intent('OFFER_EXPIRED', [sideAudience(offer.side)], { remedy: offer.remedy }) : null;
    }
    case 'MessagePosted':
      // The body stays on recours: only who may read the message hears of it (see recipients).
      return intent('MESSAGE_POSTED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { visibility: event.data.visibility });
    case 'MediationRequested':
      return intent('MEDIATION_REQUESTED', ['MERCHANT', 'ADMINS', 'MEDIATOR'], { admissibilityDueOn: lastDay(event.data.admissibilityDueAt) });
    case 'MediatorAssigned':
      return intent('MEDIATOR_ASSIGNED', ['MEDIATOR', 'CONSUMER_SIDE', 'MERCHANT'], { admissibilityDueOn: dispute.mediation ? lastDay(dispute.mediation.admissibilityDueAt) : null });
    case 'MediationAdmissibilityDecided': {
      const d = event.data;
      return d.admissible
        ? intent('MEDIATION_ADMISSIBLE', ['CONSUMER_SIDE', 'MERCHANT'], { outcomeDueOn: lastDay(d.outcomeDueAt) })
        : intent('MEDIATION_INADMISSIBLE', ['CONSUMER_SIDE', 'MERCHANT'], { reason: d.reason });
    }
    case 'SettlementProposed':
      return intent('SETTLEMENT_PROPOSED', ['CONSUMER_SIDE', 'MERCHANT'], { remedy: event.data.remedy, ...money(event.data.amount), daysToCarryOut: event.data.daysToCarryOut });
    case 'SettlementAccepted': {
      const d = event.data;
      if (d.agreementReached) return intent('AGREEMENT_REACHED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { remedyDueOn: d.remedyDueOn });
      return intent('SETTLEMENT_ACCEPTED', [sideAudience(d.side === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER'), 'MEDIATOR'], { side: d.side });
    }
    case 'SettlementRejected':
      return intent('SETTLEMENT_REJECTED', ['MEDIATOR', sideAudience(event.data.side === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER')], { side: event.data.side, reason: event.data.reason });
    case 'DeadlineReminderRecorded': {
      const d = event.data;
      const owing: Audience = d.owedBy === 'MEDIATOR' ? 'MEDIATOR' : sideAudience(d.owedBy);
      const params = { deadline: d.deadline, dueOn: lastDay(d.dueAt), daysBefore: d.daysBefore ?? dispute.policy.reminderDaysBefore };
      // A remedy due soon is news for the consumer too: it is what they wait for.
      return d.deadline === 'REMEDY_DUE' ? intent('REMEDY_DUE_SOON', ['MERCHANT', 'CONSUMER_SIDE'], params) : intent('DEADLINE_REMINDER', [owing], params);
    }
    case 'RemedyOverdue':
      return intent('REMEDY_OVERDUE', ['CONSUMER_SIDE', 'MERCHANT', ...(dispute.mediation?.mediatorId ? (['MEDIATOR'] as Audience[]) : [])], { dueOn: lastDay(event.data.dueAt) });
    case 'MediationExtended':
      return intent('MEDIATION_EXTENDED', ['CONSUMER_SIDE', 'MERCHANT'], { outcomeDueOn: lastDay(event.data.outcomeDueAt), reason: event.data.reason });
    case 'AdmissibilityOverdue':
    case 'MediationOverdue':
      return intent('MEDIATION_DEADLINE_MISSED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], {
        deadline: event.type === 'AdmissibilityOverdue' ? 'ADMISSIBILITY_DUE' : 'MEDIATION_OUTCOME_DUE',
        dueOn: lastDay(event.data.dueAt),
      });
    case 'RemedyCarriedOutReported':
      // When her period starts, and the day it ends.
      return intent('REMEDY_CARRIED_OUT_REPORTED', ['CONSUMER_SIDE', ...(dispute.mediation?.mediatorId ? (['MEDIATOR'] as Audience[]) : [])], { remedy: dispute.agreement?.remedy ?? null, confirmationDueOn: event.data.confirmationDueOn });
    case 'RemedyFulfilled':
      // Deemed at the end of her period: she is told it ended, the merchant that it is settled.
      if (event.data.deemed) return intent('REMEDY_DEEMED_CONFIRMED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy });
      return intent('REMEDY_FULFILLED', ['MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy });
    case 'RemedyFailed':
      return intent('REMEDY_FAILED', ['MERCHANT', 'MEDIATOR'], { remedy: event.data.remedy, failure: event.data.failure, dueOn: lastDay(event.data.merchantResponseDueAt) });
    case 'ClaimWithdrawn':
      return intent('CLAIM_WITHDRAWN', ['MERCHANT', 'MEDIATOR']);
    case 'DisputeClosed':
      return intent('DISPUTE_CLOSED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { outcome: event.data.outcome });
    case 'RepresentationGranted':
      return intent('MANDATE_GRANTED', ['ASSOCIATION']);
    case 'RepresentationRevoked':
      return intent('MANDATE_REVOKED', ['ASSOCIATION']);
    case 'ErasureNoticeGiven':
      // Every party, before their case is erased: time to download its file, or to say it is in litigation.
      return intent('ERASURE_NOTICE', ['CONSUMER_SIDE', 'MERCHANT', ...(dispute.mediation?.mediatorId ? (['MEDIATOR'] as Audience[]) : [])], {
        erasesOn: dateOf(event.data.erasesAt),
        retentionYears: event.data.retentionYears,
      });
    case 'SharedForAdvice':
      // Its way in: the notice links to the dispute it may now read.
      return intent('SHARED_FOR_ADVICE', ['ADVISER']);
    // Once it stops, the association reads nothing of the dispute: not even that it stopped.
    case 'SharingForAdviceEnded':
    // The merchant team's own business: a note is never sent anywhere; a case back in the queue
    // shows in the team's queue (the agent who had it is gone).
    case 'InternalNoteAdded':
    case 'CaseUnassigned':
    case 'EvidenceAttached':
    case 'OfferSuperseded':
    case 'FeedbackGiven':
    case 'FormalNoticeRecorded':
    // The admin's own steps; the parties hear of the erasure itself before it (ErasureNoticeGiven).
    case 'LegalHoldPlaced':
    case 'LegalHoldLifted':
    case 'DisputeErased':
    case 'DisputeErasureCompleted':
      return null;
  }
}
