import type { DisputeEvent, Instant } from '@recours/disputes';
import { categoryKey } from '../category-key';

/** The facts of one claim that the merchant scorecard counts; a row of merchant_claims. */
export interface ClaimFacts {
  dispute_id: string;
  merchant_id: string;
  filed_at: Instant;
  response_due_at: Instant;
  first_response_at: Instant | null;
  answered_at: Instant | null;
  mediation_requested_at: Instant | null;
  outcome: 'RESOLVED' | 'UNRESOLVED' | 'WITHDRAWN' | null;
  rating: number | null;
  consumer_id: string | null;
  withdrawn_at: Instant | null;
  rated_at: Instant | null;
  /** categoryKey of the product's category, computed here once so that the SQL and stats:verify's recount group the very same strings. */
  category: string;
  problem: string;
}


/** The event types that change a claim's facts. */
export const CLAIM_FACT_EVENT_TYPES = [
  'ClaimFiled',
  'ClaimAcknowledged',
  'MessagePosted',
  'OfferMade',
  'ClaimRejected',
  'MediationRequested',
  'DisputeClosed',
  'ClaimWithdrawn',
  'FeedbackGiven',
] as const satisfies readonly DisputeEvent['type'][];

/** Folds one event into a claim's facts; only the first response and first answer count. */
export function recordClaimFact(facts: ClaimFacts | undefined, event: DisputeEvent): ClaimFacts {
  if (event.type === 'ClaimFiled') {
    const d = event.data;
    return {
      dispute_id: d.disputeId,
      merchant_id: d.merchantId,
      filed_at: d.at,
      response_due_at: d.merchantResponseDueAt,
      first_response_at: null,
      answered_at: null,
      mediation_requested_at: null,
      outcome: null,
      rating: null,
      consumer_id: d.consumerId,
      withdrawn_at: null,
      rated_at: null,
      category: categoryKey(d.product.category),
      problem: d.problem.description,
    };
  }
  if (!facts) throw new Error(`${event.type} on dispute ${event.data.disputeId}, whose claim was never filed`);
  const at = event.data.at;
  const responded = { ...facts, first_response_at: facts.first_response_at ?? at };
  switch (event.type) {
    case 'ClaimAcknowledged':
      return responded;
    case 'MessagePosted':
      return event.data.by.kind === 'MERCHANT_AGENT' && event.data.visibility === 'ALL' ? responded : facts;
    case 'OfferMade':
      return event.data.side === 'MERCHANT' ? { ...responded, answered_at: facts.answered_at ?? at } : facts;
    case 'ClaimRejected':
      return { ...responded, answered_at: facts.answered_at ?? at };
    case 'MediationRequested':
      return { ...facts, mediation_requested_at: facts.mediation_requested_at ?? at };
    case 'DisputeClosed':
      return { ...facts, outcome: event.data.outcome };
    case 'ClaimWithdrawn':
      return { ...facts, outcome: 'WITHDRAWN', withdrawn_at: at };
    case 'FeedbackGiven':
      return { ...facts, rating: event.data.rating, rated_at: at };
    default:
      return facts;
  }
}
