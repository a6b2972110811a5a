import { decide } from './decide';
import { warrantyCover } from './warranty';
import { agent } from './testing/actors';
import { day } from './testing/calendar';
import { command, disputeAfter } from './testing/dispute-spec';
import { claimDetails, fileClaimCommand } from './testing/washing-machine-claim';

const bought = (deliveredOn: string, firstNoticedOn: string, months?: number) => {
  const c = claimDetails();
  return fileClaimCommand({
    purchase: { ...c.purchase, purchasedOn: deliveredOn, deliveredOn },
    problem: { ...c.problem, firstNoticedOn },
    ...(months && { commercialWarranty: { provider: 'Maker', months, coverage: 'All' } }),
  });
};
const quote = (n: number) => command('MakeOffer', day(n), agent, { offerId: `quote-${n}`, kind: 'PAID_REPAIR_QUOTE', remedy: 'REPAIR', amount: { amount: '89.00', currency: 'EUR' } });

describe('warranty cover, judged on the day the defect appeared, from the rights engine (item 4 of issue 14)', () => {
  it('L217-3 + CPC 641: a defect appearing within two years of delivery is covered, to the last day', () => {
    expect(warrantyCover(disputeAfter(bought('2023-02-28', '2025-02-28')))).toEqual({ legalGuaranteeEndsOn: '2025-02-28', commercialWarrantyEndsOn: null, covered: true });
    expect(warrantyCover(disputeAfter(bought('2023-02-28', '2025-03-01'))).covered).toBe(false);
  });

  it('L217-21: a commercial warranty extends the cover from delivery', () => {
    expect(warrantyCover(disputeAfter(bought('2022-01-10', '2025-01-09', 36)))).toEqual({ legalGuaranteeEndsOn: '2024-01-10', commercialWarrantyEndsOn: '2025-01-10', covered: true });
    expect(warrantyCover(disputeAfter(bought('2022-01-10', '2025-02-10', 36))).covered).toBe(false);
  });

  it('never a flat 24 months: a Spanish purchase is covered for three years (TRLGDCU art. 120), so a paid-repair quote at 30 months is refused', () => {
    const inSpain = fileClaimCommand({ ...bought('2022-09-01', '2025-03-01'), purchase: { ...bought('2022-09-01', '2025-03-01').purchase, country: 'ES' } });
    const dispute = disputeAfter(inSpain);
    expect(warrantyCover(dispute)).toMatchObject({ legalGuaranteeEndsOn: '2025-09-01', covered: true });
    expect(decide(quote(1), dispute)).toMatchObject({ code: 'STILL_UNDER_WARRANTY' });
    // The same dates in France (L217-3, two years): out of warranty, the quote stands.
    expect(Array.isArray(decide(quote(1), disputeAfter(bought('2022-09-01', '2025-03-01'))))).toBe(true);
  });

  it('L217-3: outside any warranty a paid-repair quote is accepted', () => {
    const outside = disputeAfter(bought('2022-01-10', '2025-02-10'));
    expect(Array.isArray(decide(quote(1), outside))).toBe(true);
  });

  it('a country the engine does not assess covers nothing the platform could assert', () => {
    const c = claimDetails();
    const swiss = disputeAfter(fileClaimCommand({ purchase: { ...c.purchase, country: 'CH' } }));
    expect(warrantyCover(swiss)).toEqual({ legalGuaranteeEndsOn: null, commercialWarrantyEndsOn: null, covered: false });
  });
});

