import { authorsOf } from './disputes-naming';
import { activityAt, deadlines, deriveStatus, lastDayOf, phaseOf, retentionFrom, whoseTurn, type Dispute, type OfferState, type ReaderVersions } from '@recours/disputes';
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

/*
 * Rows are written as plain object literals, not spreads of a shared part: V8 copies spread
 * objects on a slow path (about 1.5 µs each, measured), which showed in a rebuild's profile.
 */
export function caseRows(dispute: Dispute, version: number, position: bigint, readerVersions: ReaderVersions): CaseRows {
  const disputeId = dispute.disputeId;
  const status = deriveStatus(dispute)!;
  const turn = whoseTurn(dispute);
  const open = deadlines(dispute);
  const next = open[0];
  const lastActivityAt = activityAt(dispute);
  const { product, purchase, requestedRemedy } = dispute.claim;
  let liveOffer: OfferState | undefined;
  for (const offer of dispute.offers) if (offer.status === 'LIVE') liveOffer = offer;
  const agreed = dispute.agreement ?? dispute.remedyHistory[dispute.remedyHistory.length - 1] ?? null;

  const summary: Row = {
    dispute_id: disputeId,
    consumer_id: dispute.consumerId,
    merchant_id: dispute.merchantId,
    mediator_id: dispute.mediation?.mediatorId ?? null,
    association_id: dispute.mandate?.associationId ?? null,
    advisers: (dispute.advisers ?? []).map((a) => a.associationId),
    product,
    status,
    turn,
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
    last_activity_at: lastActivityAt,
    version,
    last_position: position.toString(),
    state: dispute,
    retention_from: retentionFrom(dispute) ?? null,
    consumer_version: readerVersions.CONSUMER,
    reader_versions: readerVersions,
    assignee_id: dispute.assignment?.agentId ?? null,
    authors: authorsOf(dispute),
  };

  let inbox: Row | null = null;
  if (turn === 'MERCHANT' || turn === 'BOTH') {
    const due = merchantDue(dispute);
    inbox = {
      dispute_id: disputeId,
      merchant_id: dispute.merchantId,
      consumer_id: dispute.consumerId,
      product_name: product.name,
      status,
      turn,
      due_kind: due?.kind ?? null,
      due_at: due?.dueAt ?? null,
      last_activity_at: lastActivityAt,
      assignee_id: dispute.assignment?.agentId ?? null,
      escalation_level: dispute.escalation.level,
    };
  }

  const mediation = dispute.mediation;
  let caseload: Row | null = null;
  if (phaseOf(dispute) === 'MEDIATION' && mediation?.mediatorId) {
    caseload = {
      dispute_id: disputeId,
      mediator_id: mediation.mediatorId,
      consumer_id: dispute.consumerId,
      merchant_id: dispute.merchantId,
      product_name: product.name,
      stage: mediation.stage,
      status,
      turn,
      requested_at: mediation.requestedAt,
      admissibility_due_at: mediation.admissibilityDueAt,
      admissibility_overdue: mediation.admissibilityOverdue,
      file_completed_at: mediation.fileCompletedAt,
      outcome_due_on: mediation.outcomeDueAt ? lastDayOf(mediation.outcomeDueAt) : null,
      outcome_due_at: mediation.outcomeDueAt,
      outcome_overdue: mediation.outcomeOverdue,
      next_due_at: mediation.stage === 'ADMISSIBLE' ? mediation.outcomeDueAt : mediation.admissibilityDueAt,
      last_activity_at: lastActivityAt,
    };
  }

  const association: Row | null = dispute.mandate
    ? {
        dispute_id: disputeId,
        association_id: dispute.mandate.associationId,
        consumer_id: dispute.consumerId,
        merchant_id: dispute.merchantId,
        product_name: product.name,
        status,
        turn,
        mandate_granted_at: dispute.mandate.grantedAt,
        next_deadline_kind: next?.kind ?? null,
        next_deadline_at: next?.dueAt ?? null,
        last_activity_at: lastActivityAt,
      }
    : null;

  return {
    summary,
    inbox,
    caseload,
    association,
    deadlines: open.map((deadline) => ({
      dispute_id: disputeId,
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
