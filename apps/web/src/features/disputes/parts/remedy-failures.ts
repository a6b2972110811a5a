import { MONETARY_REMEDIES } from '../../../../../../libs/disputes/src/values/remedy-kinds';
import type { RemedyFailure } from '../../../graphql/generated/graphql';

/**
 * What she may say went wrong with the agreed remedy. A sum is paid or it is not: « not carried
 * out » only, the API refusing the rest for a refund, a price reduction or compensation
 * (ONLY_NOT_CARRIED_OUT_FOR_A_SUM); a repair or a replacement may also not fix the defect, or see it
 * come back. Until 2026-12-07 the form offered all three for any remedy.
 */
export function remedyFailuresFor(remedy: string | null | undefined): RemedyFailure[] {
  return remedy && (MONETARY_REMEDIES as readonly string[]).includes(remedy) ? ['NOT_CARRIED_OUT'] : ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'];
}

/**
 * Whether she may still say the agreed remedy failed: not once the merchant reported it carried out
 * and her last day to contest that is over (it counts as carried out; the API refuses a failure,
 * CONTEST_PERIOD_OVER, and says so in `failureReportable`); she may still confirm it. Until
 * 2026-12-07 the form offered « Non, elle a échoué » until the deadline process recorded it.
 */
export function mayReportFailure(agreement: { failureReportable?: boolean | null } | null | undefined): boolean {
  return agreement?.failureReportable !== false;
}
