import type { DisputeEvent, Instant } from '@recours/disputes';

/**
 * How a mediation ended, when not refused: both sides accepted the mediator's proposal; the
 * sides agreed on an offer of their own while it ran; the dispute was closed as resolved; it was
 * closed unresolved (no agreement); the consumer withdrew (an interrupted mediation, R614-2 4°).
 */
export const MEDIATION_OUTCOMES = ['PROPOSAL_ACCEPTED', 'AGREED_BETWEEN_PARTIES', 'CLOSED_AS_RESOLVED', 'NOT_SETTLED', 'WITHDRAWN'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** A row of mediation_requests. */
export interface MediationFacts {
  dispute_id: string;
  requested_at: Instant;
  decided_at: Instant | null;
  admissible: boolean | null;
  ground: string | null;
  extended_at: Instant | null;
  ended_at: Instant | null;
  outcome: MediationOutcome | null;
  carried_out_at: Instant | null;
  /** The mediation body recorded with the request; null for one recorded before it was (or while no body existed). */
  body_id: string | null;
}

/** The event types that change a mediation's facts. */
export const MEDIATION_FACT_EVENT_TYPES = [
  'MediationRequested',
  'MediationAdmissibilityDecided',
  'MediationExtended',
  'SettlementAccepted',
  'OfferAccepted',
  'DisputeClosed',
  'ClaimWithdrawn',
  'RemedyFulfilled',
] as const satisfies readonly DisputeEvent['type'][];

/**
 * Folds one event into a mediation's facts (undefined: no mediation requested on the dispute,
 * and the event changes nothing). Only the first ending counts: a closure after an agreement is
 * not another outcome, and the closure that follows a refusal is the refusal's.
 */
export function recordMediationFact(facts: MediationFacts | undefined, event: DisputeEvent): MediationFacts | undefined {
  const at = event.data.at;
  if (event.type === 'MediationRequested') {
    return { dispute_id: event.data.disputeId, requested_at: at, decided_at: null, admissible: null, ground: null, extended_at: null, ended_at: null, outcome: null, carried_out_at: null, body_id: event.data.mediationBodyId ?? null };
  }
  if (!facts) return undefined;
  const m = facts;
  const ends = (outcome: MediationOutcome): MediationFacts => (m.outcome || m.admissible === false ? m : { ...m, ended_at: at, outcome });
  switch (event.type) {
    case 'MediationAdmissibilityDecided': {
      const d = event.data;
      return { ...facts, decided_at: at, admissible: d.admissible, ground: d.admissible ? null : (d.ground ?? null) };
    }
    case 'MediationExtended':
      return { ...facts, extended_at: facts.extended_at ?? at };
    case 'SettlementAccepted':
      return event.data.agreementReached ? ends('PROPOSAL_ACCEPTED') : facts;
    case 'OfferAccepted':
      return event.data.endsMediation ? ends('AGREED_BETWEEN_PARTIES') : facts;
    case 'DisputeClosed':
      return ends(event.data.outcome === 'RESOLVED' ? 'CLOSED_AS_RESOLVED' : 'NOT_SETTLED');
    case 'ClaimWithdrawn':
      return ends('WITHDRAWN');
    case 'RemedyFulfilled': {
      const agreed = facts.outcome === 'PROPOSAL_ACCEPTED' || facts.outcome === 'AGREED_BETWEEN_PARTIES';
      return agreed && !facts.carried_out_at ? { ...facts, carried_out_at: at } : facts;
    }
    default:
      return facts;
  }
}
