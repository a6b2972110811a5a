import { addMonths, type CalendarDate } from '@recours/consumer-law';
import { LEGAL_GUARANTEE_MONTHS } from './legal-periods';
import type { ClaimDetails } from './values/claim';

export interface WarrantyCover {
  legalGuaranteeEndsOn: CalendarDate;
  commercialWarrantyEndsOn: CalendarDate | null;
  /** The defect appeared while the legal guarantee or the commercial warranty ran. */
  covered: boolean;
}

/**
 * Whether the defect is covered, judged on the day it was first noticed: a guarantee covers
 * defects that appear during it, even if the claim comes later. Both periods run from delivery.
 */
export function warrantyCover(claim: ClaimDetails): WarrantyCover {
  const { deliveredOn } = claim.purchase;
  const noticed = claim.problem.firstNoticedOn;
  const legalGuaranteeEndsOn = addMonths(deliveredOn, LEGAL_GUARANTEE_MONTHS);
  const commercialWarrantyEndsOn = claim.commercialWarranty ? addMonths(deliveredOn, claim.commercialWarranty.months) : null;
  const covered = noticed <= legalGuaranteeEndsOn || (commercialWarrantyEndsOn !== null && noticed <= commercialWarrantyEndsOn);
  return { legalGuaranteeEndsOn, commercialWarrantyEndsOn, covered };
}
