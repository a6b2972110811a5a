import type { MessageKey } from '../../../i18n/messages/en';

/**
 * What the documents panel tells her before she downloads the formal notice, when the letter does
 * not demand what she asked for: an agreed sum she reported not paid (the API's
 * `formalNoticeCitesAgreement`, from the letter's own `unpaidAgreement`); past the legal warranty it
 * demands a refund under the hidden-defects action and offers her repair or replacement as a
 * settlement (the API's `formalNoticeDemand`, the letter's own rule). Null when it demands what she asked for.
 */
export function formalNoticeDemandNotice(dispute: { requestedRemedy: string; formalNoticeDemand: string; formalNoticeCitesAgreement?: boolean | null }): MessageKey | null {
  if (dispute.formalNoticeCitesAgreement) return 'documents.formalNoticeAgreement';
  if (dispute.formalNoticeDemand !== 'REFUND' || dispute.formalNoticeDemand === dispute.requestedRemedy) return null;
  if (dispute.requestedRemedy === 'REPAIR') return 'documents.formalNoticeHiddenDefects.REPAIR';
  if (dispute.requestedRemedy === 'REPLACEMENT') return 'documents.formalNoticeHiddenDefects.REPLACEMENT';
  return null;
}
