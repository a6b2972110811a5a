import { warrantyCover } from './warranty';
import { claimDetails } from './testing/dispute-fixtures';

const claim = (deliveredOn: string, firstNoticedOn: string, months?: number) => {
  const c = claimDetails();
  return {
    ...c,
    purchase: { ...c.purchase, purchasedOn: deliveredOn, deliveredOn },
    problem: { ...c.problem, firstNoticedOn },
    ...(months && { commercialWarranty: { provider: 'Maker', months, coverage: 'All' } }),
  };
};

describe('warranty cover, judged on the day the defect appeared', () => {
  it('covers a defect appearing within two years of delivery (L217-3), to the last day (CPC 641)', () => {
    expect(warrantyCover(claim('2024-02-29', '2026-02-28'))).toEqual({ legalGuaranteeEndsOn: '2026-02-28', commercialWarrantyEndsOn: null, covered: true });
    expect(warrantyCover(claim('2024-02-29', '2026-03-01')).covered).toBe(false);
  });

  it('a commercial warranty extends the cover from delivery', () => {
    expect(warrantyCover(claim('2021-01-10', '2025-02-10', 60))).toEqual({ legalGuaranteeEndsOn: '2023-01-10', commercialWarrantyEndsOn: '2026-01-10', covered: true });
    expect(warrantyCover(claim('2021-01-10', '2025-02-10', 36)).covered).toBe(false);
  });
});
