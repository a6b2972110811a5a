import { mayReportFailure, remedyFailuresFor } from '../../apps/web/src/features/disputes/parts/remedy-failures';

describe('what the remedy form lets her say went wrong', () => {
  it('an agreed refund, price reduction or compensation: « not carried out » only (a sum is paid or not), as the API accepts', () => {
    for (const remedy of ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION']) expect(remedyFailuresFor(remedy)).toEqual(['NOT_CARRIED_OUT']);
  });

  it('an agreed repair or replacement: also that it did not fix the defect, or that the defect came back', () => {
    for (const remedy of ['REPAIR', 'REPLACEMENT']) expect(remedyFailuresFor(remedy)).toEqual(['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED']);
    // No agreement known (a stale page): every choice, the API answering for the agreement it has.
    expect(remedyFailuresFor(undefined)).toEqual(['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED']);
  });

  it('past her last day to contest the merchant’s report (failureReportable false), she may only confirm it; otherwise, or not said (a stale page), she may say it failed', () => {
    expect(mayReportFailure({ failureReportable: false })).toBe(false);
    expect(mayReportFailure({ failureReportable: true })).toBe(true);
    expect(mayReportFailure(undefined)).toBe(true);
  });
});
