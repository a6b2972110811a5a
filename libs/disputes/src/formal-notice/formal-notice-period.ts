import { addDays, assessRights, RightsInputError, type CalendarDate } from '@recours/consumer-law';
import { disputeRightsFacts } from '../rights-facts';
import type { Dispute } from '../state';

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
