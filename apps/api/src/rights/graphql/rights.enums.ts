import { registerEnumType } from '@nestjs/graphql';
import type { GoodsCondition as Condition, GuidanceTopic, LimitationClock, NotAssessedCode, RemedyKind, RepairDeadline, SaleChannel as Channel, SupplyKind } from '@recours/consumer-law';

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
  DIGITAL_CONTENT_NOT_ASSESSED: 'DIGITAL_CONTENT_NOT_ASSESSED',
} as const satisfies { [K in NotAssessedCode]: K };
registerEnumType(RightsNotAssessedCode, {
  name: 'RightsNotAssessedCode',
  description: 'Why the engine declined to assess: no rules are encoded for the jurisdiction, the contract date, or digital content supplied on its own.',
});

export const RightsPendingRemedy = { REPAIR: 'REPAIR', REPLACEMENT: 'REPLACEMENT' } as const satisfies { [K in RepairDeadline['remedy']]: K };
registerEnumType(RightsPendingRemedy, { name: 'RightsPendingRemedy', description: 'What the seller still has to carry out.' });

export const RightsLimitationAction = { CONFORMITY: 'CONFORMITY', HIDDEN_DEFECTS: 'HIDDEN_DEFECTS', NOT_ASSESSED: 'NOT_ASSESSED' } as const satisfies {
  [K in LimitationClock['action']]: K;
};
registerEnumType(RightsLimitationAction, { name: 'RightsLimitationAction', description: 'Which action a limitation clock is for, or NOT_ASSESSED.' });

export const RightsGuidanceTopic = {
  OUT_OF_WARRANTY_REPAIR: 'OUT_OF_WARRANTY_REPAIR',
  SPARE_PARTS: 'SPARE_PARTS',
  REPAIR_BONUS: 'REPAIR_BONUS',
  WITHDRAWAL: 'WITHDRAWAL',
  PROOF_OF_PURCHASE: 'PROOF_OF_PURCHASE',
  SELLER_ANSWERS: 'SELLER_ANSWERS',
  OBSTRUCTION_FINE: 'OBSTRUCTION_FINE',
  DURABILITY_GUARANTEE: 'DURABILITY_GUARANTEE',
} as const satisfies { [K in GuidanceTopic]: K };
registerEnumType(RightsGuidanceTopic, { name: 'RightsGuidanceTopic', description: "A question of the guide's FAQ." });

export const SaleChannel = { DISTANCE: 'DISTANCE', OFF_PREMISES: 'OFF_PREMISES', ON_PREMISES: 'ON_PREMISES' } as const satisfies { [K in Channel]: K };
registerEnumType(SaleChannel, { name: 'SaleChannel', description: 'How the contract was made: the 14-day withdrawal right exists for distance and off-premises contracts (L221-18).' });

export const RightsSupplyKind = { GOODS: 'GOODS', DIGITAL_CONTENT_OR_SERVICE: 'DIGITAL_CONTENT_OR_SERVICE' } as const satisfies { [K in SupplyKind]: K };
registerEnumType(RightsSupplyKind, { name: 'RightsSupplyKind', description: 'Goods (with or without digital elements), or digital content or a service supplied on its own.' });
