import { decide, evolve, initialState } from '../index';
import { claimDetails, fileClaimCommand } from '../testing/washing-machine-claim';

// Items 8 and 13 of issue 14: the claim carries the amount claimed, and is dated by the day in France.

describe('the claim’s date is a day in Europe/Paris; the amount claimed is part of it', () => {
  it('item 13: filed at 00:30 in Paris on 1 March (23:30 UTC on 28 February), a defect noticed on 1 March is not "after the filing date"', () => {
    const c = claimDetails();
    const decided = decide(fileClaimCommand({ at: '2026-02-28T23:30:00.000Z', purchase: { ...c.purchase, purchasedOn: '2026-01-10', deliveredOn: '2026-01-12' }, problem: { ...c.problem, firstNoticedOn: '2026-03-01', chronology: [] } }), initialState());
    expect(Array.isArray(decided)).toBe(true);
    const late = decide(fileClaimCommand({ at: '2026-02-28T22:30:00.000Z', purchase: { ...c.purchase, purchasedOn: '2026-01-10', deliveredOn: '2026-01-12' }, problem: { ...c.problem, firstNoticedOn: '2026-03-01', chronology: [] } }), initialState());
    expect(late).toMatchObject({ code: 'INVALID_INPUT', field: 'problem.firstNoticedOn' });
  });

  it('item 8, CPC 750-1: the amount claimed is kept with the claim, in the purchase’s currency', () => {
    const decided = decide(fileClaimCommand({ requestedRemedy: 'COMPENSATION', amountClaimed: { amount: '1200.00', currency: 'EUR' } }), initialState());
    if (!Array.isArray(decided)) throw new Error(decided.message);
    expect(decided.reduce(evolve, initialState())).toMatchObject({ claim: { amountClaimed: { amount: '1200.00', currency: 'EUR' } } });
    expect(decide(fileClaimCommand({ amountClaimed: { amount: '1200.00', currency: 'USD' } }), initialState())).toMatchObject({ code: 'INVALID_INPUT', field: 'amountClaimed.currency' });
    expect(decide(fileClaimCommand({ amountClaimed: { amount: '0', currency: 'EUR' } }), initialState())).toMatchObject({ code: 'INVALID_INPUT', field: 'amountClaimed.amount' });
  });
});
