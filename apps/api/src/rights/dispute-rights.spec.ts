import { decide, evolve, initialState, type Dispute, type DisputeCommand, type FileClaim } from '@recours/disputes';
import { agent, claimDetails, command, consumer, day, fileClaimCommand, onDay } from '../../../../libs/disputes/src/testing/dispute-fixtures';
import { assessDisputeRights, disputeRightsFacts } from './dispute-rights';

// The washing machine of the fixtures: bought 2024-11-20, delivered 2024-11-25, defect noticed
// 2025-02-10, claim filed on day 0 = 2025-03-03. State always comes from the real decider.

function disputeAfter(file: FileClaim, ...commands: DisputeCommand[]): Dispute {
  let state = initialState();
  for (const c of [file, ...commands]) {
    const decided = decide(c, state);
    if (!Array.isArray(decided)) throw new Error(`${c.type} refused: ${decided.code} ${decided.message}`);
    state = decided.reduce(evolve, state);
  }
  if (!state.filed) throw new Error('not filed');
  return state;
}

const filed = (overrides: Partial<FileClaim> = {}) => fileClaimCommand(overrides);
const offer = (n: number, offerId: string, remedy: 'REPAIR' | 'REPLACEMENT') => command('MakeOffer', day(n), agent, { offerId, remedy, daysToCarryOut: 30 });
const accept = (n: number, offerId: string) => command('AcceptOffer', day(n), consumer, { offerId });
const fulfilled = (n: number) => command('ConfirmRemedyFulfilled', day(n), consumer, {});
const failed = (n: number, failure: 'NOT_CARRIED_OUT' | 'DID_NOT_FIX' | 'DEFECT_RECURRED') =>
  command('ReportRemedyFailed', day(n), consumer, { failure, description: 'E21 again' });
/** Repair offered on day 1, accepted on day 2 (2025-03-05): due by 2025-04-04 (L217-10). */
const repairAgreed = [offer(1, 'offer-1', 'REPAIR'), accept(2, 'offer-1')];

describe('assessDisputeRights', () => {
  it('takes the facts of a filed claim; filing on the platform is the written complaint', () => {
    const dispute = disputeAfter(filed());
    expect(disputeRightsFacts(dispute, onDay(7))).toEqual({
      jurisdiction: 'FR',
      goodsCondition: 'NEW',
      purchasedOn: '2024-11-20',
      deliveredOn: '2024-11-25',
      price: { amount: '649.00', currency: 'EUR' },
      defectNoticedOn: '2025-02-10',
      repairs: [],
      replacements: [],
      writtenComplaintOn: '2025-03-03',
      defectReappeared: false,
      claimAmount: { amount: '649.00', currency: 'EUR' },
    });
    const rights = assessDisputeRights(dispute, onDay(7));
    expect(rights).toMatchObject({
      supported: true,
      notAssessed: null,
      asOf: '2025-03-10',
      jurisdiction: 'FR',
      legalWarranty: { applies: true, runsFrom: '2024-11-25', expiresOn: '2026-11-25', extensionMonths: 0 },
      // One year from the filing day (L612-2).
      mediation: { lapsesOn: '2026-03-03' },
      commercialWarranty: { applies: false, expiresOn: null },
    });
    expect(rights.courtPath?.claimAmount).toEqual({ amount: '649.00', currency: 'EUR' });
    // Assessed as of a day before the filing, the complaint had not been made yet.
    expect(assessDisputeRights(dispute, '2025-03-01').mediation).toMatchObject({ eligible: false, lapsesOn: null });
  });

  it('prefers an earlier written complaint, and counts a commercial warranty from delivery', () => {
    const dispute = disputeAfter(filed({ priorWrittenComplaintOn: '2025-02-15', commercialWarranty: { provider: 'Laverte', months: 36, coverage: 'Parts' } }));
    expect(assessDisputeRights(dispute, onDay(7))).toMatchObject({
      mediation: { lapsesOn: '2026-02-15' },
      commercialWarranty: { applies: true, expiresOn: '2027-11-25' },
    });
  });

  it('a used good keeps the condition: 12 months of presumption instead of 24 (L217-7)', () => {
    const dispute = disputeAfter(filed({ product: { ...claimDetails().product, condition: 'USED' } }));
    expect(assessDisputeRights(dispute, onDay(7)).presumptionOfDefect?.until).toBe('2025-11-25');
  });

  it('an agreed repair is a repair request from the day it was agreed, overdue after 30 days', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed);
    expect(disputeRightsFacts(dispute, onDay(10)).repairs).toEqual([{ requestedOn: '2025-03-05' }]);
    expect(assessDisputeRights(dispute, onDay(10)).repairDeadline).toMatchObject({ requestedOn: '2025-03-05', dueOn: '2025-04-04', overdue: false });
    const late = assessDisputeRights(dispute, onDay(33)); // 2025-04-05
    expect(late.repairDeadline?.overdue).toBe(true);
    expect(late.remedies?.find((r) => r.remedy === 'PRICE_REDUCTION')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 2°') });
    // Before the offer was accepted there was no request yet.
    expect(disputeRightsFacts(dispute, onDay(1)).repairs).toEqual([]);
  });

  it('a fulfilled repair is completed on the day it was confirmed and extends the warranty by 6 months (L217-13)', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed, fulfilled(20));
    expect(disputeRightsFacts(dispute, onDay(25))).toMatchObject({ repairs: [{ requestedOn: '2025-03-05', completedOn: '2025-03-23' }], defectReappeared: false });
    expect(assessDisputeRights(dispute, onDay(25)).legalWarranty).toMatchObject({ extensionMonths: 6, expiresOn: '2027-05-25' });
  });

  it.each(['DEFECT_RECURRED', 'DID_NOT_FIX'] as const)('a repair that failed with %s was attempted, and the defect reappeared (L217-14 4°)', (failure) => {
    const dispute = disputeAfter(filed(), ...repairAgreed, failed(20, failure));
    expect(disputeRightsFacts(dispute, onDay(25))).toMatchObject({ repairs: [{ requestedOn: '2025-03-05', completedOn: '2025-03-23' }], defectReappeared: true });
    const refund = assessDisputeRights(dispute, onDay(25)).remedies?.find((r) => r.remedy === 'REFUND');
    expect(refund).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 4°') });
    // On a day before the failure was reported, the repair was still pending.
    expect(disputeRightsFacts(dispute, onDay(15))).toMatchObject({ repairs: [{ requestedOn: '2025-03-05' }], defectReappeared: false });
  });

  it('a repair not carried out, then a replacement, restarts the warranty from the replacement (L217-13 para. 2)', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed, failed(33, 'NOT_CARRIED_OUT'), offer(34, 'offer-2', 'REPLACEMENT'), accept(35, 'offer-2'), fulfilled(45));
    const facts = disputeRightsFacts(dispute, onDay(50));
    expect(facts).toMatchObject({
      repairs: [{ requestedOn: '2025-03-05' }],
      replacements: [{ deliveredOn: '2025-04-17', insteadOfRequestedRepair: true }],
      defectReappeared: false,
    });
    expect(facts.repairs?.[0]).not.toHaveProperty('completedOn');
    expect(assessDisputeRights(dispute, onDay(50)).legalWarranty).toMatchObject({ runsFrom: '2025-04-17', expiresOn: '2027-04-17' });
  });

  it('another member state gets the EU baseline; a country outside the EU is not assessed, never guessed', () => {
    const inGermany = disputeAfter(filed({ purchase: { ...claimDetails().purchase, country: 'DE' } }));
    expect(assessDisputeRights(inGermany, onDay(7))).toMatchObject({ supported: true, jurisdiction: 'EU', ruleSet: { id: 'EU-2022-01-01' } });
    const inSwitzerland = disputeAfter(filed({ purchase: { ...claimDetails().purchase, country: 'CH' } }));
    expect(assessDisputeRights(inSwitzerland, onDay(7))).toMatchObject({
      supported: false,
      notAssessed: { code: 'UNSUPPORTED_JURISDICTION' },
      legalWarranty: null,
      remedies: null,
    });
  });

  it('is cross-border only when both countries are known and differ', () => {
    const dispute = disputeAfter(filed());
    expect(assessDisputeRights(dispute, onDay(7), { consumerCountry: 'BE', merchantCountry: 'FR' }).courtPath?.europeanSmallClaims).toBe(true);
    expect(assessDisputeRights(dispute, onDay(7), { consumerCountry: 'FR', merchantCountry: 'FR' }).courtPath?.europeanSmallClaims).toBe(false);
    expect(disputeRightsFacts(dispute, onDay(7), { consumerCountry: 'BE' })).not.toHaveProperty('consumerCountry');
  });
});
