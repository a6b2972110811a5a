import { addDays, dateOf } from '@recours/consumer-law';
import type { Actor, DeadlineKind, DisputeEvent, Money, Remedy, RemedyFailure, Instant } from '@recours/disputes';

/** One sentence or two, in plain English, saying what happened: the timeline's text. */
export function describeEvent(event: DisputeEvent): string {
  const who = actorName(event.data.by);
  switch (event.type) {
    case 'ClaimFiled': {
      const d = event.data;
      const { brand, name } = d.product;
      return `${who} filed a claim about the ${brand} ${name}, asking for ${remedyWords(d.requestedRemedy)}. The merchant has until ${lastDay(d.merchantResponseDueAt)} to answer.`;
    }
    case 'EvidenceAttached':
      return `${who} attached ${event.data.kind.toLowerCase()} “${event.data.name}”.`;
    case 'MessagePosted': {
      const { visibility, body } = event.data;
      const how = { ALL: 'wrote', CONSUMER_AND_MEDIATOR: 'wrote to the mediator', MERCHANT_AND_MEDIATOR: 'wrote to the mediator', MEDIATOR_ONLY: 'noted privately' }[visibility];
      return `${who} ${how}: “${body}”`;
    }
    case 'ClaimAcknowledged':
      return `${who} acknowledged the claim${suffix(event.data.note)}.`;
    case 'ClaimRejected':
      return `${who} rejected the claim: ${event.data.reason}.`;
    case 'EscalatedInternally': {
      const { level, reason, merchantResponseDueAt } = event.data;
      const to = level === 'SUPERVISOR' ? 'a supervisor' : 'the complaints department';
      return `${who} escalated the claim to ${to} at the merchant${suffix(reason)}. The merchant has until ${lastDay(merchantResponseDueAt)} to answer.`;
    }
    case 'MerchantResponseOverdue':
      return `The merchant did not answer by ${lastDay(event.data.dueAt)}.`;
    case 'OfferMade': {
      const d = event.data;
      const what =
        d.kind === 'PAID_REPAIR_QUOTE'
          ? `quoted a paid repair${amountWords(d.amount)}`
          : `${d.side === 'CONSUMER' ? 'made a counter-offer:' : 'offered'} ${remedyWords(d.remedy)}${amountWords(d.amount)}`;
      const answer = d.merchantResponseDueAt ? ` The merchant has until ${lastDay(d.merchantResponseDueAt)} to answer.` : '';
      return `${who} ${what}, to be carried out within ${d.daysToCarryOut} days${suffix(d.terms)}. The offer is open until ${d.expiresOn}.${answer}`;
    }
    case 'OfferSuperseded':
      return event.data.reason === 'AGREEMENT' ? 'An open offer lapsed: the parties reached an agreement.' : 'An offer was replaced by a newer one.';
    case 'OfferAccepted':
      return `${who} accepted the offer. The remedy is due by ${event.data.remedyDueOn}.${event.data.endsMediation ? ' This ends the mediation.' : ''}`;
    case 'OfferRejected': {
      const { reason, merchantResponseDueAt } = event.data;
      return `${who} rejected the offer: ${reason}.${merchantResponseDueAt ? ` The merchant has until ${lastDay(merchantResponseDueAt)} to answer.` : ''}`;
    }
    case 'OfferExpired':
      return 'An offer expired unanswered.';
    case 'MediationRequested':
      return `${who} asked for mediation${suffix(event.data.summary)}. The mediator has until ${lastDay(event.data.admissibilityDueAt)} to decide whether the request is admissible.`;
    case 'MediatorAssigned':
      return `${who} assigned mediator ${event.data.mediatorId}${event.data.replacedMediatorId ? ` in place of ${event.data.replacedMediatorId}` : ''}.`;
    case 'MediationAdmissibilityDecided': {
      const d = event.data;
      return d.admissible
        ? `${who} found the request admissible${suffix(d.reason)}. The mediation has until ${lastDay(d.outcomeDueAt)} to reach an outcome.`
        : `${who} found the request inadmissible: ${d.reason}.`;
    }
    case 'SettlementProposed': {
      const d = event.data;
      return `${who} proposed a settlement: ${remedyWords(d.remedy)}${amountWords(d.amount)}, to be carried out within ${d.daysToCarryOut} days${suffix(d.terms)}.`;
    }
    case 'SettlementAccepted': {
      const d = event.data;
      return `${who} accepted the settlement.${d.agreementReached ? ` Both sides agree; the remedy is due by ${d.remedyDueOn}.` : ''}`;
    }
    case 'SettlementRejected':
      return `${who} rejected the settlement: ${event.data.reason}.`;
    case 'AdmissibilityOverdue':
      return `Admissibility was not decided by ${lastDay(event.data.dueAt)}.`;
    case 'MediationOverdue':
      return `The mediation reached no outcome by ${lastDay(event.data.dueAt)}, the end of its legal period.`;
    case 'RemedyFulfilled':
      return `${who} confirmed that ${remedyWords(event.data.remedy)} was carried out${suffix(event.data.note)}.`;
    case 'RemedyFailed': {
      const d = event.data;
      return `${who} reported that ${remedyWords(d.remedy)} ${FAILURE_WORDS[d.failure]}: ${d.description}. The merchant has until ${lastDay(d.merchantResponseDueAt)} to answer.`;
    }
    case 'RemedyOverdue':
      return `The agreed remedy was not carried out by ${lastDay(event.data.dueAt)}.`;
    case 'RepresentationGranted':
      return `${who} gave the association ${event.data.associationId} a mandate to act for them.`;
    case 'RepresentationRevoked':
      return `${who} ended the mandate of the association ${event.data.associationId}.`;
    case 'DeadlineReminderRecorded': {
      const d = event.data;
      return `The ${d.owedBy.toLowerCase()} was reminded: ${DEADLINE_WORDS[d.deadline]} by ${lastDay(d.dueAt)}.`;
    }
    case 'ClaimWithdrawn':
      return `${who} withdrew the claim${suffix(event.data.reason)}.`;
    case 'DisputeClosed': {
      const d = event.data;
      if (d.outcome === 'RESOLVED') return `The dispute was closed as resolved${suffix(d.summary)}.`;
      return `The dispute was closed unresolved${suffix(d.summary)}. Where to go next: ${d.nextSteps.map((step) => step.text).join('; ')}.`;
    }
    case 'FeedbackGiven':
      return `${who} rated the handling of the dispute ${event.data.rating} out of 5${suffix(event.data.comment)}.`;
  }
}

function actorName(actor: Actor): string {
  switch (actor.kind) {
    case 'CONSUMER':
      return 'The consumer';
    case 'MERCHANT_AGENT':
      return `The merchant (agent ${actor.id})`;
    case 'MEDIATOR':
      return `The mediator (${actor.id})`;
    case 'ASSOCIATION':
      return `The association ${actor.id}, for the consumer,`;
    case 'ADMIN':
    case 'SYSTEM':
      return 'The platform';
  }
}

const REMEDY_WORDS: Record<Remedy, string> = {
  REPAIR: 'a repair',
  REPLACEMENT: 'a replacement',
  REFUND: 'a refund',
  PRICE_REDUCTION: 'a price reduction',
  COMPENSATION: 'compensation',
};

const FAILURE_WORDS: Record<RemedyFailure, string> = {
  NOT_CARRIED_OUT: 'was not carried out',
  DID_NOT_FIX: 'did not fix the problem',
  DEFECT_RECURRED: 'did not last: the defect came back',
};

const DEADLINE_WORDS: Record<DeadlineKind, string> = {
  MERCHANT_RESPONSE: 'an answer is due',
  OFFER_EXPIRY: 'an offer is to be answered',
  REMEDY_DUE: 'the agreed remedy is due',
  ADMISSIBILITY_DUE: 'admissibility is to be decided',
  MEDIATION_OUTCOME_DUE: 'the mediation is to reach an outcome',
};

const remedyWords = (remedy: Remedy): string => REMEDY_WORDS[remedy];
const amountWords = (amount: Money | undefined): string => (amount ? ` of ${amount.amount} ${amount.currency}` : '');
const suffix = (text: string | undefined): string => (text ? ` (${text})` : '');
/** Deadlines are stored as the instant they pass (midnight after the last day): say the last day. */
const lastDay = (passesAt: Instant): string => addDays(dateOf(passesAt), -1);
