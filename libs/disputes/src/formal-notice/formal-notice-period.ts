import { addDays, assessRights, RightsInputError, type AgreedRemedyFact, type CalendarDate } from '@recours/consumer-law';
import { disputeRightsFacts } from '../rights-facts';
import type { Dispute } from '../state';
import type { Remedy } from '../values/remedy';

/** The time the formal notice gives the merchant to answer: fifteen days from the letter, stated as a date. */
export const FORMAL_NOTICE_DAYS = 15;

/**
 * The legal term for the remedy she asks for (L217-10: a repair or a replacement within 30 days
 * of the request), as the rights engine computes it on `asOf`, while it still runs; null otherwise
 * (another remedy, a term passed, the legal warranty not covering the defect, the law not assessed).
 */
export function legalRemedyTerm(dispute: Dispute, asOf: CalendarDate): CalendarDate | null {
  try {
    const answer = assessRights(disputeRightsFacts(dispute, asOf), asOf);
    // L217-10's period is the legal warranty's: past it (the hidden-defects action gives no repair), none.
    const term = answer.kind === 'ASSESSED' && answer.legalWarranty.applies ? answer.repairDeadline : null;
    return term && term.remedy === dispute.claim.requestedRemedy && !term.overdue ? term.dueOn : null;
  } catch (error) {
    if (error instanceof RightsInputError) return null;
    throw error;
  }
}

/**
 * The day a notice dated `sentOn` gives the merchant to answer by: fifteen days, or the legal term
 * when it ends later (the letter cannot ask for a repair sooner than the law gives the seller).
 * One rule for the letter recours prepares (documents/formal-notice.letter.ts) and for what the
 * merchant is told when she records that she sent it.
 */
export function formalNoticeAnswerBy(dispute: Dispute, sentOn: CalendarDate): CalendarDate {
  const own = addDays(sentOn, FORMAL_NOTICE_DAYS);
  const term = legalRemedyTerm(dispute, sentOn);
  return term && term > own ? term : own;
}

/**
 * The agreed refund, price reduction or compensation she reported not paid on or before `sentOn`
 * (the rights engine's `agreedRemedy` with `notCarriedOutOn`): the notice then demands that sum,
 * citing the agreement (docs/consumer-law.md, item 30). Null otherwise.
 */
export function unpaidAgreement(dispute: Dispute, sentOn: CalendarDate): (AgreedRemedyFact & { remedy: 'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION'; notCarriedOutOn: CalendarDate }) | null {
  const agreed = disputeRightsFacts(dispute, sentOn).agreedRemedy;
  if (!agreed?.notCarriedOutOn || agreed.remedy === 'REPAIR' || agreed.remedy === 'REPLACEMENT') return null;
  return { ...agreed, remedy: agreed.remedy, notCarriedOutOn: agreed.notCarriedOutOn };
}

/**
 * The remedy the notice dated `sentOn` demands: an agreed sum she reported not paid (`unpaidAgreement`);
 * otherwise the one she asked for, save where the legal
 * warranty no longer covers the defect and the rights engine finds the hidden-defects action open
 * while she asked for a repair or a replacement, which that action does not give (C. civ. 1644:
 * the price back, or part of it): the refund then, her repair or replacement being offered as a
 * settlement (docs/consumer-law.md, item 24). One rule for the letter and for what the merchant is told.
 */
export function formalNoticeDemand(dispute: Dispute, sentOn: CalendarDate): Remedy {
  const unpaid = unpaidAgreement(dispute, sentOn);
  if (unpaid) return unpaid.remedy;
  const asked = dispute.claim.requestedRemedy;
  if (asked !== 'REPAIR' && asked !== 'REPLACEMENT') return asked;
  try {
    const answer = assessRights(disputeRightsFacts(dispute, sentOn), sentOn);
    return answer.kind === 'ASSESSED' && !answer.legalWarranty.applies && answer.hiddenDefects?.open === true ? 'REFUND' : asked;
  } catch (error) {
    if (error instanceof RightsInputError) return asked;
    throw error;
  }
}
