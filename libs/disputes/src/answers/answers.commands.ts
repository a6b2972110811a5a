import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import { z } from 'zod';
import { note, reason } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { negotiating, onTurn } from '../guards';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import type { DisputeEvent } from '../events/dispute-event';

export type AcknowledgeClaim = DisputeCommandOf<'AcknowledgeClaim', { note?: string }>;

export type RejectClaim = DisputeCommandOf<'RejectClaim', { reason: string }>;

export type AnswersCommand = AcknowledgeClaim | RejectClaim;

/** Who may send each command, when, with what payload, and what it records. */
export const answersRules: RulesOf<AnswersCommand> = {
  /** The merchant says it has the claim in hand, once per dispute; the response clock keeps running. */
  AcknowledgeClaim: {
    roles: ['MERCHANT'],
    guard: (dispute) =>
      negotiating(dispute) ??
      onTurn(dispute, 'MERCHANT') ??
      (dispute.acknowledgedAt ? new DomainError('ALREADY_ACKNOWLEDGED', { acknowledgedAt: dispute.acknowledgedAt }) : null),
    payload: z.object({ note: note().optional() }),
    mutation: { name: 'acknowledgeClaim', description: 'The merchant says it has the claim in hand; the response clock keeps running.' },
    decide: (c, dispute, party, at) => [
      recorded('ClaimAcknowledged', contextOf(dispute, party, at), { ...(c.note !== undefined && { note: c.note }) }),
    ],
  },
  /** The merchant refuses in writing; a counter-offer on the table is refused with the claim. */
  RejectClaim: {
    roles: ['MERCHANT'],
    guard: (dispute) => negotiating(dispute) ?? onTurn(dispute, 'MERCHANT'),
    payload: z.object({ reason: reason() }),
    mutation: { name: 'rejectClaim', description: 'The merchant refuses the claim, with a reason.' },
    decide(c, dispute, party, at) {
      const context = contextOf(dispute, party, at);
      const counter = dispute.offers.find((o) => o.side === 'CONSUMER' && o.status === 'LIVE');
      const events: DisputeEvent[] = [];
      if (counter) events.push(recorded('OfferRejected', context, { offerId: counter.offerId, reason: c.reason }));
      events.push(recorded('ClaimRejected', context, { reason: c.reason, level: dispute.escalation.level }));
      return events;
    },
  },
};
