export const DEADLINE_KINDS = [
  'MERCHANT_RESPONSE',
  'OFFER_EXPIRY',
  'REMEDY_DUE',
  'REMEDY_CONFIRMATION',
  'ADMISSIBILITY_DUE',
  'MEDIATION_OUTCOME_DUE',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
