import type { ClaimDraft } from '../claim-draft';

export interface StepProps {
  draft: ClaimDraft;
  update(change: (draft: ClaimDraft) => ClaimDraft): void;
  /** Messages for this step's fields, by path under the FileClaimInput. */
  errors: Record<string, string>;
}
