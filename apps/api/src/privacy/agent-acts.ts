import { loadDisputeHistory, type DisputeHistory } from '@recours/dispute-commands';
import { disputeEventOf, type Dispute } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';

/**
 * The disputes a merchant's owner or agent worked on: every dispute where she acted as merchant
 * staff (the timeline's actor of kind MERCHANT_AGENT, by its index), whatever merchant's it is (her
 * former team's too, once she was removed from it or moved to another merchant), and those of her
 * current merchant assigned to her ($2: her merchant, null when she has none). Not the merchant's
 * other disputes: its customers' claims are the merchant's records, not data about her (GDPR art.
 * 15(4): her copy must not carry other people's data away).
 */
export const DISPUTES_AN_AGENT_WORKED_ON = `SELECT dispute_id FROM read_models.dispute_summaries
  WHERE dispute_id IN (
            SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1::text AND actor_kind = 'MERCHANT_AGENT'
      UNION SELECT dispute_id FROM read_models.dispute_summaries WHERE assignee_id = $1::text AND merchant_id = $2::text)
  ORDER BY filed_at, dispute_id`;

/**
 * The disputes a mediator worked on: those she mediates (the summary's mediator, by its index) and
 * those she acted in as mediator (the timeline's actor of kind MEDIATOR), a mediation handed to
 * another mediator since included. Not their case files: the consumer's claim and the merchant's
 * answers are theirs, not data about her (GDPR art. 15(4)).
 */
export const DISPUTES_A_MEDIATOR_WORKED_ON = `SELECT dispute_id FROM read_models.dispute_summaries
  WHERE dispute_id IN (
            SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1::text AND actor_kind = 'MEDIATOR'
      UNION SELECT dispute_id FROM read_models.dispute_summaries WHERE mediator_id = $1::text)
  ORDER BY filed_at, dispute_id`;

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
  /** Whether she is its mediator now (false once it was handed to another). */
  mediatesIt: boolean;
  /** Every event she recorded, whole: admissibility decisions, proposals, messages, extensions, the closure. */
  acts: OwnAct[];
}

/**
 * A dispute's history read as the system reads a stream (erasure, retention): no reader's check.
 * For an archive's own part alone (agentWorkIn, mediationWorkIn), which keeps of it the product,
 * the filing day and her own events, never the others' words: so a former agent still takes her
 * acts in the disputes of a team she left. Null for a stream that holds no filed dispute.
 */
export async function historyForOwnPart(store: EventStore, disputeId: string): Promise<(DisputeHistory & { state: Dispute }) | null> {
  const history = await loadDisputeHistory(store, disputeId);
  return history.state.filed ? { ...history, state: history.state } : null;
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
  return { disputeId: state.disputeId, product: state.claim.product.name, filedAt: state.filedAt, mediatesIt: state.mediation?.mediatorId === accountId, acts: ownActsIn(history, accountId) };
}
