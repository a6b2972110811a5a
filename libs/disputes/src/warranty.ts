import { addMonths, assessRights, LATEST_ASSESSED_DATE, RightsInputError, type CalendarDate } from '@recours/consumer-law';
import { disputeRightsFacts } from './rights-facts';
import type { Dispute } from './state';

export interface WarrantyCover {
  /** The legal warranty's last day as the rights engine computes it (repairs, restart, suspension); null where not assessed. */
  legalGuaranteeEndsOn: CalendarDate | null;
  commercialWarrantyEndsOn: CalendarDate | null;
  /** The defect appeared while the legal guarantee or the commercial warranty ran. */
  covered: boolean;
}

// Every fact a dispute records is in the past of the command being decided; the warranty's end
// does not depend on the day it is assessed, so the whole record is read: as of the engine's
// last day (a fileClaim refuses dates after its filing day).
const WHOLE_RECORD: CalendarDate = LATEST_ASSESSED_DATE;

/**
 * Whether the defect is covered, judged on the day it was first noticed: a guarantee covers
 * defects that appear during it, even if the claim comes later. The ends come from the rights
 * engine, never a flat 24 months: +6 months per repair, a new period after an imposed
 * replacement, suspension while immobilised (L217-13; D211-2 box). Where the engine does not
 * assess the law (a country or contract date without encoded rules), the platform asserts no
 * legal cover, and the commercial warranty, a contract, still counts from delivery.
 */
export function warrantyCover(dispute: Dispute): WarrantyCover {
  try {
    const answer = assessRights(disputeRightsFacts(dispute, WHOLE_RECORD), WHOLE_RECORD);
    if (answer.kind === 'ASSESSED') {
      const { legalWarranty, commercialWarranty } = answer;
      return { legalGuaranteeEndsOn: legalWarranty.expiresOn, commercialWarrantyEndsOn: commercialWarranty.expiresOn, covered: legalWarranty.applies || commercialWarranty.applies };
    }
  } catch (error) {
    if (!(error instanceof RightsInputError)) throw error;
  }
  const { claim } = dispute;
  const commercialWarrantyEndsOn = claim.commercialWarranty ? addMonths(claim.purchase.deliveredOn, claim.commercialWarranty.months) : null;
  return { legalGuaranteeEndsOn: null, commercialWarrantyEndsOn, covered: commercialWarrantyEndsOn !== null && claim.problem.firstNoticedOn <= commercialWarrantyEndsOn };
}
