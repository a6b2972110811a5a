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
    producerDurabilityMonths: input.producerDurabilityMonths,
    repairs: input.repairs?.map((r) => ({ requestedOn: r.requestedOn, completedOn: r.completedOn, handedOverOn: r.handedOverOn, underCommercialWarranty: r.underCommercialWarranty })),
    replacements: input.replacements?.map((r) => ({
      deliveredOn: r.deliveredOn,
      requestedOn: r.requestedOn,
      insteadOfRequestedRepair: r.insteadOfRequestedRepair,
      handedOverOn: r.handedOverOn,
    })),
    writtenComplaintOn: input.writtenComplaintOn,
    mediationReferral: input.mediationReferral && { referredOn: input.mediationReferral.referredOn, extendedUntil: input.mediationReferral.extendedUntil },
    remedyRefused: input.remedyRefused,
    remedyImpossible: input.remedyImpossible,
    costsOrMajorInconvenience: input.costsOrMajorInconvenience,
    defectReappeared: input.defectReappeared,
    seriousDefect: input.seriousDefect,
    minorDefect: input.minorDefect,
    claimAmount: input.claimAmount && { amount: input.claimAmount.amount, currency: input.claimAmount.currency },
    courtCountry: input.courtCountry,
    crossBorder: input.crossBorder,
    consumerCountry: input.consumerCountry,
    consumerPostcode: input.consumerPostcode,
    merchantCountry: input.merchantCountry,
    sellerTargetedConsumerCountry: input.sellerTargetedConsumerCountry,
    saleChannel: input.saleChannel,
    supply: input.supply,
    digitalElementSupplyMonths: input.digitalElementSupplyMonths,
    defectInDigitalElement: input.defectInDigitalElement,
    invoiceLost: input.invoiceLost,
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
