import type { RightsFacts } from '@recours/consumer-law';
import type { RightsAssessmentInput } from './rights-assessment.inputs';

/** The engine's facts from the GraphQL input: only `condition` is named differently. */
export function factsOfInput(input: RightsAssessmentInput): RightsFacts {
  return {
    jurisdiction: input.jurisdiction,
    goodsCondition: input.condition,
    purchasedOn: input.purchasedOn,
    deliveredOn: input.deliveredOn,
    price: { amount: input.price.amount, currency: input.price.currency },
    defectNoticedOn: input.defectNoticedOn,
    commercialWarrantyMonths: input.commercialWarrantyMonths,
    repairs: input.repairs?.map((r) => ({ requestedOn: r.requestedOn, completedOn: r.completedOn })),
    replacements: input.replacements?.map((r) => ({ deliveredOn: r.deliveredOn, insteadOfRequestedRepair: r.insteadOfRequestedRepair })),
    writtenComplaintOn: input.writtenComplaintOn,
    remedyRefused: input.remedyRefused,
    remedyImpossible: input.remedyImpossible,
    defectReappeared: input.defectReappeared,
    seriousDefect: input.seriousDefect,
    minorDefect: input.minorDefect,
    claimAmount: input.claimAmount && { amount: input.claimAmount.amount, currency: input.claimAmount.currency },
    crossBorder: input.crossBorder,
    consumerCountry: input.consumerCountry,
    merchantCountry: input.merchantCountry,
  };
}

/**
 * The input path of a field the engine names ('goodsCondition', 'repairs[1].completedOn'),
 * written like the validation pipe's paths ('input.condition', 'input.repairs.1.completedOn').
 */
export function inputPathOf(engineField: string): string {
  const path = engineField.replace(/^goodsCondition\b/, 'condition').replace(/\[(\d+)\]/g, '.$1');
  return `input.${path}`;
}
