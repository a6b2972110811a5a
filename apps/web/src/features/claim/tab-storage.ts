import { clearClaimDraft, type DraftStorage } from './claim-draft-store';

/** This tab's sessionStorage, or null where the browser refuses it (storage blocked): the form then keeps no copy. */
export function tabStorage(): DraftStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** On a deliberate sign-out (or an erased account): the claim being written goes with the session. */
export function forgetClaimDraft(): void {
  const storage = tabStorage();
  if (storage) clearClaimDraft(storage);
}
