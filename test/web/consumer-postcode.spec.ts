import { checkStep, emptyDraft, toFileClaimInput, type ClaimDraft } from '../../apps/web/src/features/claim/claim-draft';
import { restoreClaimDraft, saveClaimDraft, type DraftStorage } from '../../apps/web/src/features/claim/claim-draft-store';
import { checkRightsFacts, emptyRightsFacts, rightsInput, type RightsFacts } from '../../apps/web/src/features/rights/rights-facts';

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
    for (const typed of ['67000', '97 400', '']) expect(checkStep('purchase', withPostcode(typed)).consumerPostcode).toBeUndefined();
    for (const typed of ['6700', '670000', 'SW1A 1AA']) expect(checkStep('purchase', withPostcode(typed)).consumerPostcode).toEqual({ key: 'form.postcode' });
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
    expect(rightsInput(facts('6700'), '2025-12-29')).toBeNull();
  });
});
