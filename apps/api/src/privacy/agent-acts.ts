import type { DisputeHistory } from '@recours/dispute-commands';
import { disputeEventOf, type Dispute } from '@recours/disputes';

/**
 * The disputes of her merchant a merchant's owner or agent worked on: those she acted in (the
 * timeline's actor, by its index) or that are assigned to her, while she is in its team. Not
 * the merchant's other disputes: its customers' claims are the merchant's records, not data
 * about her (GDPR art. 15(4): her copy must not carry other people's data away).
 */
export const DISPUTES_AN_AGENT_WORKED_ON = `SELECT dispute_id FROM read_models.dispute_summaries
  WHERE merchant_id = $2::text
    AND dispute_id IN (
            SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1::text
      UNION SELECT dispute_id FROM read_models.dispute_summaries WHERE assignee_id = $1::text)
  ORDER BY filed_at, dispute_id`;

export interface AgentWork {
  disputeId: string;
  /** Which of the merchant's disputes it is, as her inbox names it. */
  product: string;
  filedAt: string;
  assignedToHer: boolean;
  /** Every event she recorded, whole: her answers, offers, messages, notes, assignments. */
  acts: Array<{ eventId: string; type: string; at: string; data: Record<string, unknown> }>;
}

/** Her own part of one dispute, read as her merchant reads it: what she did, not what its consumer wrote. */
export function agentWorkIn(history: DisputeHistory & { state: Dispute }, accountId: string): AgentWork {
  const acts: AgentWork['acts'] = [];
  for (const record of history.records) {
    const event = disputeEventOf(record);
    if (event.data.by.id === accountId) acts.push({ eventId: record.id, type: event.type, at: event.data.at, data: event.data as unknown as Record<string, unknown> });
  }
  const { state } = history;
  return { disputeId: state.disputeId, product: state.claim.product.name, filedAt: state.filedAt, assignedToHer: state.assignment?.agentId === accountId, acts };
}
