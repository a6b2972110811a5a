import { registerEnumType } from '@nestjs/graphql';
import type { ConsumerPlace, GoodsCondition as Condition, GuidanceTopic, LimitationClock, NotAssessedCode, PlaceSource, RemedyKind, RepairDeadline, SaleChannel as Channel, SupplyKind } from '@recours/consumer-law';

// Plain objects rather than TS enums so values are the engine's own string unions; typed by
// the union, so they fail to compile if the engine adds or renames a value.

/** Registers one of the engine's string unions as a GraphQL enum, each value standing for itself. */
function engineEnum<Value extends string>(name: string, description: string, values: { [K in Value]: K }): { readonly [K in Value]: K } {
  registerEnumType(values, { name, description });
  return values;
}

export const GoodsCondition = engineEnum<Condition>('GoodsCondition', 'New or used goods: the presumption of defect is shorter for used goods (Article L217-7 of the French Consumer Code).', { NEW: 'NEW', USED: 'USED' });

export const RightsRemedyKind = engineEnum<RemedyKind>('RightsRemedyKind', 'A remedy the law gives for goods that do not conform.', {
  REPAIR: 'REPAIR',
  REPLACEMENT: 'REPLACEMENT',
  PRICE_REDUCTION: 'PRICE_REDUCTION',
  REFUND: 'REFUND',
  COMPENSATION: 'COMPENSATION',
});

export const RightsNotAssessedCode = engineEnum<NotAssessedCode>('RightsNotAssessedCode', 'Why the engine declined to assess: no rules are encoded for the jurisdiction, the contract date, or digital content supplied on its own.', {
  UNSUPPORTED_JURISDICTION: 'UNSUPPORTED_JURISDICTION',
  CONTRACT_DATE_NOT_COVERED: 'CONTRACT_DATE_NOT_COVERED',
  DIGITAL_CONTENT_NOT_ASSESSED: 'DIGITAL_CONTENT_NOT_ASSESSED',
});

export const RightsPendingRemedy = engineEnum<RepairDeadline['remedy']>('RightsPendingRemedy', 'What the seller still has to carry out.', { REPAIR: 'REPAIR', REPLACEMENT: 'REPLACEMENT' });

export const RightsLimitationAction = engineEnum<LimitationClock['action']>('RightsLimitationAction', 'Which action a limitation clock is for, or NOT_ASSESSED.', { CONFORMITY: 'CONFORMITY', HIDDEN_DEFECTS: 'HIDDEN_DEFECTS', NOT_ASSESSED: 'NOT_ASSESSED' });

export const RightsGuidanceTopic = engineEnum<GuidanceTopic>('RightsGuidanceTopic', "A question of the guide's FAQ.", {
  OUT_OF_WARRANTY_REPAIR: 'OUT_OF_WARRANTY_REPAIR',
  SPARE_PARTS: 'SPARE_PARTS',
  REPAIR_BONUS: 'REPAIR_BONUS',
  WITHDRAWAL: 'WITHDRAWAL',
  PROOF_OF_PURCHASE: 'PROOF_OF_PURCHASE',
  SELLER_ANSWERS: 'SELLER_ANSWERS',
  OBSTRUCTION_FINE: 'OBSTRUCTION_FINE',
  DURABILITY_GUARANTEE: 'DURABILITY_GUARANTEE',
});

export const SaleChannel = engineEnum<Channel>('SaleChannel', 'How the contract was made: the 14-day withdrawal right exists for distance and off-premises contracts (Article L221-18 of the French Consumer Code).', { DISTANCE: 'DISTANCE', OFF_PREMISES: 'OFF_PREMISES', ON_PREMISES: 'ON_PREMISES' });

export const RightsSupplyKind = engineEnum<SupplyKind>('RightsSupplyKind', 'Goods (with or without digital elements), or digital content or a service supplied on its own.', { GOODS: 'GOODS', DIGITAL_CONTENT_OR_SERVICE: 'DIGITAL_CONTENT_OR_SERVICE' });

export const RightsConsumerPlace = engineEnum<ConsumerPlace>('RightsConsumerPlace', 'Where the consumer lives as far as her calendar goes: her time zone and the public holidays added there.', {
  METROPOLITAN_FRANCE: 'METROPOLITAN_FRANCE',
  ALSACE_MOSELLE: 'ALSACE_MOSELLE',
  GUADELOUPE: 'GUADELOUPE',
  MARTINIQUE: 'MARTINIQUE',
  GUYANE: 'GUYANE',
  LA_REUNION: 'LA_REUNION',
  SAINT_PIERRE_ET_MIQUELON: 'SAINT_PIERRE_ET_MIQUELON',
  MAYOTTE: 'MAYOTTE',
  SAINT_BARTHELEMY: 'SAINT_BARTHELEMY',
  SAINT_MARTIN: 'SAINT_MARTIN',
});

export const RightsPlaceSource = engineEnum<PlaceSource>('RightsPlaceSource', 'How the place was known: from her POSTCODE; metropolitan France by DEFAULT (no postcode) or for a place whose calendar is NOT_ENCODED.', {
  POSTCODE: 'POSTCODE',
  DEFAULT: 'DEFAULT',
  NOT_ENCODED: 'NOT_ENCODED',
});
