/** Where a consumer can still go when the platform could not resolve the dispute. */
export const NEXT_STEP_KINDS = ['COURT', 'SMALL_CLAIMS', 'CONCILIATOR', 'OTHER'] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

export interface NextStep {
  kind: NextStepKind;
  text: string;
}
