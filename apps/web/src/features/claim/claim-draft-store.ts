import { CLAIM_STEPS, emptyDraft, type ClaimDraft } from './claim-draft';

/**
 * The guided claim, kept while it is written so that a reload, a click away or an expired session
 * loses nothing. In sessionStorage, not localStorage: it holds personal data (what she bought, her
 * problem), so it lives only as long as the tab and goes when she files the claim or signs out.
 * It is kept for the account that wrote it: another account signing in on the same tab never
 * sees it. No DOM type here (test/web reads it under the repository's typecheck).
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const CLAIM_DRAFT_KEY = 'recours.claimDraft';

/** What is kept: whose it is, when, the step she was on, the filing's idempotency key once sent, and the draft. */
export interface SavedClaimDraft {
  owner: string;
  savedAt: string;
  step: number;
  commandId?: string;
  draft: ClaimDraft;
}

/** A draft she has not touched yet is not worth keeping (nor announcing as restored). */
export function isUntouched(draft: ClaimDraft): boolean {
  const blank = emptyDraft();
  const strip = (d: ClaimDraft) => JSON.stringify({ ...d, problem: { ...d.problem, chronology: d.problem.chronology.map(({ on, what }) => ({ on, what })) } });
  return strip(draft) === strip(blank);
}

/** Keeps the draft; an untouched one is dropped instead. A full or refused storage only costs the copy. */
export function saveClaimDraft(storage: DraftStorage, owner: string, draft: ClaimDraft, step: number, commandId?: string, now: Date = new Date()): void {
  try {
    if (isUntouched(draft) && step === 0) return storage.removeItem(CLAIM_DRAFT_KEY);
    const saved: SavedClaimDraft = { owner, savedAt: now.toISOString(), step, ...(commandId ? { commandId } : {}), draft };
    storage.setItem(CLAIM_DRAFT_KEY, JSON.stringify(saved));
  } catch {
    // Quota or private mode: the form still works, only without a copy.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Each part of a kept draft read over the empty one: a draft kept by an older version, or tampered with, never breaks the form. */
function readDraft(value: unknown): ClaimDraft | null {
  if (!isObject(value)) return null;
  const blank = emptyDraft();
  const part = <T extends Record<string, unknown>>(base: T, kept: unknown): T => {
    if (!isObject(kept)) return base;
    return Object.fromEntries(Object.entries(base).map(([key, fallback]) => [key, typeof kept[key] === typeof fallback ? kept[key] : fallback])) as T;
  };
  const merchant = isObject(value.merchant) && typeof value.merchant.id === 'string' && typeof value.merchant.name === 'string' ? (value.merchant as ClaimDraft['merchant']) : null;
  const problem = isObject(value.problem) ? value.problem : {};
  const chronology = Array.isArray(problem.chronology)
    ? problem.chronology.filter(isObject).map((entry, index) => ({ key: text(entry.key, `kept-${index}`), on: text(entry.on, ''), what: text(entry.what, '') }))
    : blank.problem.chronology;
  const evidence = Array.isArray(value.evidence)
    ? value.evidence
        .filter(isObject)
        .filter((item) => typeof item.name === 'string' && typeof item.sha256 === 'string')
        .map((item, index) => ({ key: text(item.key, `kept-${index}`), name: item.name as string, kind: text(item.kind, 'OTHER') as ClaimDraft['evidence'][number]['kind'], sha256: item.sha256 as string, size: typeof item.size === 'number' ? item.size : 0 }))
    : [];
  return {
    merchant,
    product: part(blank.product, value.product),
    purchase: part(blank.purchase, value.purchase),
    commercialWarranty: part(blank.commercialWarranty, value.commercialWarranty),
    problem: { ...part({ description: '', firstNoticedOn: '', priorWrittenComplaintOn: '' }, problem), chronology: chronology.length > 0 ? chronology : blank.problem.chronology },
    requestedRemedy: text(value.requestedRemedy, blank.requestedRemedy) as ClaimDraft['requestedRemedy'],
    evidence,
    consumerPostcode: text(value.consumerPostcode, ''),
  };
}

/** The draft this account kept in this tab, or null; another account's draft is dropped, not shown. */
export function restoreClaimDraft(storage: DraftStorage, owner: string): SavedClaimDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(CLAIM_DRAFT_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  let kept: unknown;
  try {
    kept = JSON.parse(raw);
  } catch {
    clearClaimDraft(storage);
    return null;
  }
  if (!isObject(kept) || kept.owner !== owner) {
    clearClaimDraft(storage);
    return null;
  }
  const draft = readDraft(kept.draft);
  if (!draft) return null;
  const step = typeof kept.step === 'number' && Number.isInteger(kept.step) ? Math.min(Math.max(kept.step, 0), CLAIM_STEPS.length - 1) : 0;
  return { owner, savedAt: text(kept.savedAt, ''), step, ...(typeof kept.commandId === 'string' ? { commandId: kept.commandId } : {}), draft };
}

/** Forgets the draft: the claim was filed, she signed out, or she starts afresh. */
export function clearClaimDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(CLAIM_DRAFT_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}
