import { activityAt, type Dispute, type DisputeStatus } from '@recours/disputes';
import { categoryKey } from '../category-key';
import type { Row } from '../write-rows';

/** The dispute's search document (dispute_search). */
export function searchRow(dispute: Dispute, status: DisputeStatus): Row {
  const { product, purchase, problem } = dispute.claim;
  return {
    dispute_id: dispute.disputeId,
    consumer_id: dispute.consumerId,
    merchant_id: dispute.merchantId,
    mediator_id: dispute.mediation?.mediatorId ?? null,
    association_id: dispute.mandate?.associationId ?? null,
    status,
    product_name: product.name,
    product_details: [product.brand, product.model, product.category].filter((part) => part).join(' '),
    order_reference: purchase.orderReference ?? null,
    serial_number: product.serialNumber ?? null,
    description: problem.description,
    filed_at: dispute.filedAt,
    last_activity_at: activityAt(dispute),
  };
}

/** How the dispute ended (dispute_outcomes), or null while it runs. */
export function outcomeRow(dispute: Dispute): Row | null {
  const ended = dispute.withdrawal ? { outcome: 'WITHDRAWN', at: dispute.withdrawal.at } : dispute.closure ? { outcome: dispute.closure.outcome, at: dispute.closure.at } : null;
  if (!ended) return null;
  let remedy: string | null = null;
  if (ended.outcome === 'RESOLVED') for (const record of dispute.remedyHistory) if (record.outcome === 'FULFILLED') remedy = record.remedy;
  return {
    dispute_id: dispute.disputeId,
    merchant_id: dispute.merchantId,
    category_key: categoryKey(dispute.claim.product.category),
    outcome: ended.outcome,
    remedy,
    mediated: Boolean(dispute.mediation),
    filed_at: dispute.filedAt,
    ended_at: ended.at,
  };
}
