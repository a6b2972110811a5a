import { emptyDraft, type ClaimDraft } from '../../apps/web/src/features/claim/claim-draft';
import { CLAIM_DRAFT_KEY, clearClaimDraft, isUntouched, restoreClaimDraft, saveClaimDraft, type DraftStorage } from '../../apps/web/src/features/claim/claim-draft-store';

/**
 * The guided claim is kept in the tab's sessionStorage while it is written: a reload, a click away
 * or an expired session no longer wipes seven steps. Kept for the account that wrote it, gone once
 * the claim is filed or she signs out (or starts afresh).
 */
function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

function written(): ClaimDraft {
  const draft = emptyDraft();
  return {
    ...draft,
    merchant: { id: 'merchant-1', name: 'PhoneShop', verified: true, onRecours: true },
    product: { ...draft.product, name: 'Galaxy A54', brand: 'Samsung', category: 'Téléphone' },
    purchase: { ...draft.purchase, purchasedOn: '2026-03-01', deliveredOn: '2026-03-03', priceAmount: '1 234,50' },
    problem: { ...draft.problem, description: 'L’écran clignote puis s’éteint.', chronology: [{ key: 'k1', on: '2026-04-01', what: 'Premier clignotement' }] },
    evidence: [{ key: 'e1', name: 'facture.pdf', kind: 'INVOICE', sha256: 'ab'.repeat(32), size: 1234 }],
  };
}

describe('the kept claim draft', () => {
  it('comes back as it was typed, on the step she was on, for the same account', () => {
    const storage = memoryStorage();
    saveClaimDraft(storage, 'user-1', written(), 3, undefined, new Date('2026-05-02T10:00:00Z'));
    const kept = restoreClaimDraft(storage, 'user-1');
    expect(kept).toEqual({ owner: 'user-1', savedAt: '2026-05-02T10:00:00.000Z', step: 3, draft: written() });
  });

  it('keeps the filing’s idempotency key, so a filing sent again after a reload is the same claim', () => {
    const storage = memoryStorage();
    saveClaimDraft(storage, 'user-1', written(), 6, '0190-command');
    expect(restoreClaimDraft(storage, 'user-1')?.commandId).toBe('0190-command');
  });

  it('is in the storage it is given under one key, and nothing is kept for an untouched form', () => {
    const storage = memoryStorage();
    expect(isUntouched(emptyDraft())).toBe(true);
    saveClaimDraft(storage, 'user-1', emptyDraft(), 0);
    expect(storage.items.size).toBe(0);
    saveClaimDraft(storage, 'user-1', written(), 0);
    expect([...storage.items.keys()]).toEqual([CLAIM_DRAFT_KEY]);
  });

  it('is never shown to another account signing in on the same tab, and is dropped', () => {
    const storage = memoryStorage();
    saveClaimDraft(storage, 'user-1', written(), 2);
    expect(restoreClaimDraft(storage, 'user-2')).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('is gone once cleared (claim filed, signed out, started afresh)', () => {
    const storage = memoryStorage();
    saveClaimDraft(storage, 'user-1', written(), 2);
    clearClaimDraft(storage);
    expect(restoreClaimDraft(storage, 'user-1')).toBeNull();
  });

  it('survives a copy kept by an older version or tampered with: missing parts are the empty form’s, wrong ones dropped', () => {
    const storage = memoryStorage();
    storage.setItem(CLAIM_DRAFT_KEY, JSON.stringify({ owner: 'user-1', step: 99, draft: { product: { name: 'Galaxy', brand: 3 }, evidence: [{ name: 'x.pdf' }, { name: 'y.pdf', sha256: 'cd' }], problem: { chronology: 'nope' } } }));
    const kept = restoreClaimDraft(storage, 'user-1')!;
    expect(kept.step).toBe(6);
    expect(kept.draft.product.name).toBe('Galaxy');
    expect(kept.draft.product.brand).toBe('');
    expect(kept.draft.purchase).toEqual(emptyDraft().purchase);
    expect(kept.draft.evidence.map((e) => e.name)).toEqual(['y.pdf']);
    expect(kept.draft.problem.chronology).toHaveLength(1);
  });

  it('is dropped when it is not JSON, and a refusing storage costs only the copy', () => {
    const storage = memoryStorage();
    storage.setItem(CLAIM_DRAFT_KEY, '{not json');
    expect(restoreClaimDraft(storage, 'user-1')).toBeNull();
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => saveClaimDraft(full, 'user-1', written(), 1)).not.toThrow();
  });
});
