import { phaseOf, type DeadlineKind, type Dispute, type Instant } from '@recours/disputes';

export interface MerchantDue {
  kind: DeadlineKind;
  dueAt: Instant;
}

/**
 * What the merchant owes next and by when, while the dispute waits for it. Unlike the open
 * deadlines, a due date stays once its passing is recorded: the merchant still owes the
 * answer, now overdue.
 */
export function merchantDue(dispute: Dispute): MerchantDue | null {
  switch (phaseOf(dispute)) {
    case 'NEGOTIATION': {
      if (dispute.merchantResponse) return { kind: 'MERCHANT_RESPONSE', dueAt: dispute.merchantResponse.dueAt };
      // A counter-offer without a response period: the merchant has until it expires.
      const counter = dispute.offers
        .filter((offer) => offer.status === 'LIVE' && offer.side === 'CONSUMER')
        .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt))[0];
      return counter ? { kind: 'OFFER_EXPIRY', dueAt: counter.expiresAt } : null;
    }
    case 'AGREEMENT':
      return { kind: 'REMEDY_DUE', dueAt: dispute.agreement!.dueAt };
    case 'MEDIATION': {
      // The mediator's proposal the merchant has not accepted: by its answer period (R612-4);
      // otherwise (none, or one proposed before answer periods existed) the mediation's own clock.
      const proposal = dispute.mediation!.settlements.find((x) => x.status === 'PROPOSED' && x.answerDueAt && !x.acceptedBy.includes('MERCHANT'));
      if (proposal) return { kind: 'SETTLEMENT_ANSWER', dueAt: proposal.answerDueAt! };
      const outcomeDueAt = dispute.mediation!.outcomeDueAt;
      return outcomeDueAt ? { kind: 'MEDIATION_OUTCOME_DUE', dueAt: outcomeDueAt } : null;
    }
    case 'ENDED':
      return null;
  }
}
