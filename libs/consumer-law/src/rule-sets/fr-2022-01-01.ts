import type { RuleSet } from './rule-set';

const CONSO = 'Code de la consommation art.';

/** Ordonnance n° 2021-1247 transposing Directive 2019/771: contracts concluded from 1 January 2022. */
export const FR_2022_01_01: RuleSet = {
  id: 'FR-2022-01-01',
  jurisdiction: 'FR',
  title: 'Code de la consommation, art. L217-1 and following, as rewritten by ordonnance n° 2021-1247 (contracts from 2022-01-01)',
  appliesToContractsFrom: '2022-01-01',
  notes: [],
  legalWarranty: { months: 24, basis: `${CONSO} L217-3` },
  repairExtension: { months: 6, once: false, basis: `${CONSO} L217-13 para. 1 (6 months per repair under the warranty)` },
  replacementRestart: {
    basis: `${CONSO} L217-13 para. 2 (new period from delivery of a replacement made instead of a requested repair)`,
  },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 12, basis: `${CONSO} L217-7` },
  commercialWarranty: { basis: `${CONSO} L217-21` },
  remedies: {
    repairOrReplacement: `${CONSO} L217-8, L217-9, L217-10, L217-11`,
    priceReduction: `${CONSO} L217-8, L217-14`,
    refund: `${CONSO} L217-8, L217-14, L217-17`,
    minorDefect: `${CONSO} L217-14 (no termination for a minor defect)`,
    refused: `${CONSO} L217-14 1°`,
    impossible: `${CONSO} L217-12, L217-14 1°`,
    overdue: `${CONSO} L217-10, L217-14 2°`,
    reappeared: `${CONSO} L217-14 4°`,
    serious: `${CONSO} L217-14 (defect serious enough for an immediate remedy)`,
    compensation: {
      available: true,
      reason: 'damages for loss the defect caused can be claimed on top of any remedy',
      basis: `${CONSO} L217-8; Code civil art. 1231-1`,
    },
  },
  repairDeadline: { days: 30, basis: `${CONSO} L217-10 (30 days from the request)` },
  mediation: {
    months: 12,
    basis: `${CONSO} L612-2 (prior written complaint; referral within one year of it)`,
    lapsedReason: 'the mediator must refuse a referral made more than one year after the written complaint',
  },
};
