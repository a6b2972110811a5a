import { offerAfterFailedRemedy, remedyAgainAfterFailure } from '../../apps/web/src/features/disputes/parts/offer-after-failed-remedy';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

describe('a new repair or replacement after one failed tells the consumer what the failure gives her (L217-14)', () => {
  const failedRepair = [{ remedy: 'REPAIR', outcome: 'FAILED' }];
  it('a new repair or a replacement after a failed repair or replacement', () => {
    expect(offerAfterFailedRemedy(failedRepair, { kind: 'REMEDY', remedy: 'REPAIR' })).toBe(true);
    expect(offerAfterFailedRemedy([{ remedy: 'REPLACEMENT', outcome: 'FAILED' }], { kind: 'REMEDY', remedy: 'REPLACEMENT' })).toBe(true);
  });

  it('not a money offer, a paid quote, a first repair, nor after a refund that was not paid', () => {
    expect(offerAfterFailedRemedy(failedRepair, { kind: 'REMEDY', remedy: 'REFUND' })).toBe(false);
    expect(offerAfterFailedRemedy(failedRepair, { kind: 'PAID_REPAIR_QUOTE', remedy: 'REPAIR' })).toBe(false);
    expect(offerAfterFailedRemedy([], { kind: 'REMEDY', remedy: 'REPAIR' })).toBe(false);
    expect(offerAfterFailedRemedy([{ remedy: 'REPAIR', outcome: 'FULFILLED' }], { kind: 'REMEDY', remedy: 'REPAIR' })).toBe(false);
    expect(offerAfterFailedRemedy([{ remedy: 'REFUND', outcome: 'FAILED' }], { kind: 'REMEDY', remedy: 'REPAIR' })).toBe(false);
  });

  it('a mediator’s proposal of a new repair or replacement likewise; not of money', () => {
    expect(remedyAgainAfterFailure(failedRepair, 'REPLACEMENT')).toBe(true);
    expect(remedyAgainAfterFailure(failedRepair, 'REFUND')).toBe(false);
    expect(remedyAgainAfterFailure(failedRepair, 'COMPENSATION')).toBe(false);
    expect(remedyAgainAfterFailure([{ remedy: 'REPAIR', outcome: 'FULFILLED' }], 'REPAIR')).toBe(false);
  });

  it('says so in both languages, citing the article with its code', () => {
    expect(fr['offer.afterFailedRemedy']).toContain('article L217-14 du Code de la consommation');
    expect(en['offer.afterFailedRemedy']).toContain('Article L217-14 of the French Consumer Code');
  });
});
