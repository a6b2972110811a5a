import { addDays, dateOf } from '@recours/consumer-law';
import { deadlines, deriveStatus, phaseOf, whoseTurn, type Dispute } from '@recours/disputes';
import type { Row } from '../write-rows';
import { merchantDue } from './merchant-due';

/** The rows one dispute contributes to each read model of the dispute-cases projection. */
export interface CaseRows {
  summary: Row;
  inbox: Row | null;
  caseload: Row | null;
  association: Row | null;
  deadlines: Row[];
}

export function caseRows(dispute: Dispute, version: number, position: bigint): CaseRows {
  const status = deriveStatus(dispute)!;
  const turn = whoseTurn(dispute);
  const open = deadlines(dispute);
  const next = open[0];
  const common = {
    dispute_id: dispute.disputeId,
    consumer_id: dispute.consumerId,
    merchant_id: dispute.merchantId,
    status,
    turn,
    last_activity_at: dispute.lastEventAt,
  };
  const { product, purchase, requestedRemedy } = dispute.claim;
  const liveOffer = dispute.offers.filter((offer) => offer.status === 'LIVE').at(-1);
  const agreed = dispute.agreement ?? dispute.remedyHistory.at(-1) ?? null;

  const summary: Row = {
    ...common,
    mediator_id: dispute.mediation?.mediatorId ?? null,
    association_id: dispute.mandate?.associationId ?? null,
    product,
    requested_remedy: requestedRemedy,
    price_amount: purchase.price.amount,
    price_currency: purchase.price.currency,
    offer_id: liveOffer?.offerId ?? null,
    offer_side: liveOffer?.side ?? null,
    offer_remedy: liveOffer?.remedy ?? null,
    offer_amount: liveOffer?.amount?.amount ?? null,
    offer_currency: liveOffer?.amount?.currency ?? null,
    offer_expires_at: liveOffer?.expiresAt ?? null,
    agreed_remedy: agreed?.remedy ?? null,
    agreed_amount: agreed?.amount?.amount ?? null,
    agreed_currency: agreed?.amount?.currency ?? null,
    remedy_due_at: dispute.agreement?.dueAt ?? null,
    next_deadline_kind: next?.kind ?? null,
    next_deadline_at: next?.dueAt ?? null,
    filed_at: dispute.filedAt,
    version,
    last_position: position.toString(),
    state: dispute,
  };

  const due = merchantDue(dispute);
  const inbox: Row | null =
    turn === 'MERCHANT' || turn === 'BOTH'
      ? { ...common, product_name: product.name, due_kind: due?.kind ?? null, due_at: due?.dueAt ?? null }
      : null;

  const mediation = dispute.mediation;
  const caseload: Row | null =
    phaseOf(dispute) === 'MEDIATION' && mediation?.mediatorId
      ? {
          ...common,
          mediator_id: mediation.mediatorId,
          product_name: product.name,
          stage: mediation.stage,
          requested_at: mediation.requestedAt,
          admissibility_due_at: mediation.admissibilityDueAt,
          admissibility_overdue: mediation.admissibilityOverdue,
          file_completed_at: mediation.fileCompletedAt,
          outcome_due_on: mediation.outcomeDueAt ? addDays(dateOf(mediation.outcomeDueAt), -1) : null,
          outcome_due_at: mediation.outcomeDueAt,
          outcome_overdue: mediation.outcomeOverdue,
          next_due_at: mediation.stage === 'ADMISSIBLE' ? mediation.outcomeDueAt : mediation.admissibilityDueAt,
        }
      : null;

  const association: Row | null = dispute.mandate
    ? {
        ...common,
        association_id: dispute.mandate.associationId,
        product_name: product.name,
        mandate_granted_at: dispute.mandate.grantedAt,
        next_deadline_kind: next?.kind ?? null,
        next_deadline_at: next?.dueAt ?? null,
      }
    : null;

  return {
    summary,
    inbox,
    caseload,
    association,
    deadlines: open.map((deadline) => ({
      dispute_id: dispute.disputeId,
      kind: deadline.kind,
      refers_to: deadline.offerId ?? '',
      due_on: deadline.dueOn,
      due_at: deadline.dueAt,
      owed_by: deadline.owedBy,
      remind_at: deadline.remindAt,
      reminded: deadline.reminded,
    })),
  };
}
