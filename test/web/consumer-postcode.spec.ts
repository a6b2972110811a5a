import { checkStep, emptyDraft, toFileClaimInput, type ClaimDraft } from '../../apps/web/src/features/claim/claim-draft';
import { restoreClaimDraft, saveClaimDraft, type DraftStorage } from '../../apps/web/src/features/claim/claim-draft-store';
import { assessRights, RightsInputError } from '@recours/consumer-law';
import { checkRightsFacts, emptyRightsFacts, rightsInput, type RightsFacts } from '../../apps/web/src/features/rights/rights-facts';
import { today } from '../../apps/web/src/i18n/format';

// Her postcode, optional on the claim and in the rights checker: her deadlines counted with her
// place's public holidays and at her own midnight (docs/consumer-law.md item 25).

const withPostcode = (consumerPostcode: string): ClaimDraft => {
  const draft = emptyDraft();
  return { ...draft, consumerPostcode, purchase: { ...draft.purchase, purchasedOn: '2025-12-10', deliveredOn: '2025-12-12', priceAmount: '100' } };
};

const facts = (consumerPostcode: string): RightsFacts => ({
  ...emptyRightsFacts,
  consumerPostcode,
  purchasedOn: '2025-12-10',
  deliveredOn: '2025-12-12',
  defectNoticedOn: '2025-12-20',
  priceAmount: '100',
});

describe('the claim form’s postcode', () => {
  it('is sent as typed, trimmed; left empty, it is not sent', () => {
    expect(toFileClaimInput(withPostcode(' 97400 '), 'c1').consumerPostcode).toBe('97400');
    expect(toFileClaimInput(withPostcode(''), 'c1').consumerPostcode).toBeUndefined();
  });

  it('is checked on the purchase step: five digits, a space allowed; anything else said before the API is asked', () => {
    for (const typed of ['67000', '97 400', '', ' 67000\t']) expect(checkStep('purchase', withPostcode(typed)).consumerPostcode).toBeUndefined();
    for (const typed of ['6700', '670000', 'SW1A 1AA', '00100', '96000', '99000']) expect(checkStep('purchase', withPostcode(typed)).consumerPostcode).toEqual({ key: 'form.postcode' });
  });

  it('comes back with the kept draft; a draft kept before it was asked reads as empty', () => {
    const items = new Map<string, string>();
    const storage: DraftStorage = { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
    saveClaimDraft(storage, 'user-1', withPostcode('67000'), 2);
    expect(restoreClaimDraft(storage, 'user-1')?.draft.consumerPostcode).toBe('67000');
    const { consumerPostcode: _left, ...older } = withPostcode('67000');
    saveClaimDraft(storage, 'user-1', older as ClaimDraft, 2);
    expect(restoreClaimDraft(storage, 'user-1')?.draft.consumerPostcode).toBe('');
  });
});

describe('the rights checker’s postcode', () => {
  it('is passed to the query when given, and checked as typed', () => {
    expect(rightsInput(facts('67000'), '2025-12-29')?.consumerPostcode).toBe('67000');
    expect(rightsInput(facts(''), '2025-12-29')).not.toHaveProperty('consumerPostcode');
    expect(checkRightsFacts(facts('6700'), '2025-12-29').consumerPostcode).toEqual({ key: 'form.postcode' });
    // The one rule the API applies (french-postcode.ts): a postcode no place has is said here too.
    for (const typed of ['00100', '96000', '99000', '97\t400']) expect(checkRightsFacts(facts(typed), '2025-12-29').consumerPostcode).toEqual({ key: 'form.postcode' });
    expect(rightsInput(facts(' 67000\t'), '2025-12-29')?.consumerPostcode).toBe('67000');
    expect(rightsInput(facts('6700'), '2025-12-29')).toBeNull();
  });
});

// In Guadeloupe at 20:30 on 5 December it is already the 6th in Paris. Given her postcode, the API
// reads its today at her clock (the 5th): a defect left undated must not be sent as noticed on the 6th.
describe('the rights checker in Guadeloupe in the evening, her postcode given', () => {
  const now = new Date('2026-12-06T00:30:00Z');
  const evening = (consumerPostcode: string): RightsFacts => ({ ...facts(consumerPostcode), purchasedOn: '2026-11-20', deliveredOn: '2026-11-25', defectNoticedOn: '' });
  const ownToday = today(now, 'America/Guadeloupe');

  it('sends an undated defect as noticed on her own today, the 5th; without a postcode, on Paris’s, the 6th, as the API then counts', () => {
    expect(rightsInput(evening('97100'), '2026-12-06', ownToday)?.defectNoticedOn).toBe('2026-12-05');
    expect(rightsInput(evening(''), '2026-12-06', ownToday)?.defectNoticedOn).toBe('2026-12-06');
  });

  it('so the engine, reading the instant at her clock, assesses it; Paris’s day would be refused as after her today', () => {
    const engineFacts = (defectNoticedOn: string) =>
      ({ jurisdiction: 'FR', goodsCondition: 'NEW', purchasedOn: '2026-11-20', deliveredOn: '2026-11-25', defectNoticedOn, price: { amount: '100', currency: 'EUR' }, consumerPostcode: '97100' }) as never;
    const noticed = rightsInput(evening('97100'), '2026-12-06', ownToday)!.defectNoticedOn;
    expect(assessRights(engineFacts(noticed), { at: now })).toMatchObject({ asOf: '2026-12-05', calendar: { place: 'GUADELOUPE' } });
    expect(() => assessRights(engineFacts('2026-12-06'), { at: now })).toThrow(RightsInputError);
  });
});
