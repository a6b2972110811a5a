import type { MessageKey } from '../../../i18n/messages/en';

/**
 * What the documents panel tells her before she downloads the formal notice, when the letter does
 * not demand what she asked for: an agreed sum she reported not paid; past the legal warranty it demands a refund under the
 * hidden-defects action and offers her repair or replacement as a settlement (the API's
 * `formalNoticeDemand`, the letter's own rule). Null when it demands what she asked for.
 */
export function formalNoticeDemandNotice(dispute: {
  requestedRemedy: string;
  formalNoticeDemand: string;
  agreement?: unknown;
  remedyHistory?: ReadonlyArray<{ remedy: string; outcome: string; failure?: string | null }>;
}): MessageKey | null {
  // An agreed sum she reported not paid, no agreement since: the letter demands it, citing the
  // agreement (the API's `unpaidAgreement`), which is no hidden-defects refund.
  const latest = dispute.agreement ? undefined : dispute.remedyHistory?.at(-1);
  const money = ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];
  // Any failure of a sum is its not being paid (« did not fix », « came back » were taken for one before 2026-12-07).
  if (latest?.outcome === 'FAILED' && latest.failure && money.includes(latest.remedy) && latest.remedy === dispute.formalNoticeDemand) return 'documents.formalNoticeAgreement';
  if (dispute.formalNoticeDemand !== 'REFUND' || dispute.formalNoticeDemand === dispute.requestedRemedy) return null;
  if (dispute.requestedRemedy === 'REPAIR') return 'documents.formalNoticeHiddenDefects.REPAIR';
  if (dispute.requestedRemedy === 'REPLACEMENT') return 'documents.formalNoticeHiddenDefects.REPLACEMENT';
  return null;
}
