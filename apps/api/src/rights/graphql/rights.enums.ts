import { registerEnumType } from '@nestjs/graphql';
import type { GoodsCondition as Condition, NotAssessedCode, RemedyKind } from '@recours/consumer-law';

// Plain objects rather than TS enums so values are the engine's own string unions; the
// `satisfies` clauses fail to compile if the engine adds or renames a value.

export const GoodsCondition = { NEW: 'NEW', USED: 'USED' } as const satisfies { [K in Condition]: K };
registerEnumType(GoodsCondition, {
  name: 'GoodsCondition',
  description: 'New or used goods: the presumption of defect is shorter for used goods (FR L217-7).',
});

export const RightsRemedyKind = {
  REPAIR: 'REPAIR',
  REPLACEMENT: 'REPLACEMENT',
  PRICE_REDUCTION: 'PRICE_REDUCTION',
  REFUND: 'REFUND',
  COMPENSATION: 'COMPENSATION',
} as const satisfies { [K in RemedyKind]: K };
registerEnumType(RightsRemedyKind, { name: 'RightsRemedyKind', description: 'A remedy the law gives for goods that do not conform.' });

export const RightsNotAssessedCode = {
  UNSUPPORTED_JURISDICTION: 'UNSUPPORTED_JURISDICTION',
  CONTRACT_DATE_NOT_COVERED: 'CONTRACT_DATE_NOT_COVERED',
} as const satisfies { [K in NotAssessedCode]: K };
registerEnumType(RightsNotAssessedCode, {
  name: 'RightsNotAssessedCode',
  description: 'Why the engine declined to assess: no rules are encoded for the jurisdiction, or for the contract date.',
});
