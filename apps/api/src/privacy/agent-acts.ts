import type { DisputeHistory } from '@recours/dispute-commands';
import { disputeEventOf, type Dispute } from '@recours/disputes';

/**
 * The disputes of her merchant a merchant's owner or agent worked on: those she acted in (the
 * timeline's actor of kind MERCHANT_AGENT, by its index) or that are assigned to her, while she is
 * in its team. Not the merchant's other disputes: its customers' claims are the merchant's
 * records, not data about her (GDPR art. 15(4): her copy must not carry other people's data away).
 * Not a former team's: her words there quote its customers, and handing them out once her access
 * ended skips the weighing of their rights that the operator does on request (docs/privacy.md).
 */
export const DISPUTES_AN_AGENT_WORKED_ON = `SELECT dispute_id FROM read_models.dispute_summaries
  WHERE merchant_id = $2::text
    AND dispute_id IN (
            SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1::text AND actor_kind = 'MERCHANT_AGENT'
      UNION SELECT dispute_id FROM read_models.dispute_summaries WHERE assignee_id = $1::text)
  ORDER BY filed_at, dispute_id`;

/**
 * The disputes a mediator mediates (the summary's mediator, by its index). Not a mediation handed
 * to another since: she reads it no more, and her words there go through the operator, as a
 * former agent's do.
 */
export const DISPUTES_A_MEDIATOR_MEDIATES = `SELECT dispute_id FROM read_models.dispute_summaries WHERE mediator_id = $1::text ORDER BY filed_at, dispute_id`;

/** One event she recorded, whole. */
export interface OwnAct {
  eventId: string;
  type: string;
  at: string;
  data: Record<string, unknown>;
}

export interface AgentWork {
  disputeId: string;
  /** Which dispute it is, as her inbox names it. */
  product: string;
  filedAt: string;
  assignedToHer: boolean;
  /** Every event she recorded, whole: her answers, offers, messages, notes, assignments. */
  acts: OwnAct[];
}

export interface MediationWork {
  disputeId: string;
  /** Which dispute it is, as her list names it. */
  product: string;
  filedAt: string;
  /** Every event she recorded, whole: admissibility decisions, proposals, messages, extensions, the closure. */
  acts: OwnAct[];
}

/** Every event of the history she recorded (the event's actor is her), whole. */
export function ownActsIn(history: DisputeHistory, accountId: string): OwnAct[] {
  const acts: OwnAct[] = [];
  for (const record of history.records) {
    const event = disputeEventOf(record);
    if (event.data.by.id === accountId) acts.push({ eventId: record.id, type: event.type, at: event.data.at, data: event.data as unknown as Record<string, unknown> });
  }
  return acts;
}

/** Her own part of one dispute, read as her merchant reads it: what she did, not what its consumer wrote. */
export function agentWorkIn(history: DisputeHistory & { state: Dispute }, accountId: string): AgentWork {
  const { state } = history;
  return { disputeId: state.disputeId, product: state.claim.product.name, filedAt: state.filedAt, assignedToHer: state.assignment?.agentId === accountId, acts: ownActsIn(history, accountId) };
}

/** A mediator's own part of one dispute: her decisions, proposals and messages, not the parties' claim and answers. */
export function mediationWorkIn(history: DisputeHistory & { state: Dispute }, accountId: string): MediationWork {
  const { state } = history;
  return { disputeId: state.disputeId, product: state.claim.product.name, filedAt: state.filedAt, acts: ownActsIn(history, accountId) };
}
