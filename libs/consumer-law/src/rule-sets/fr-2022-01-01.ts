import type { RuleSet } from './rule-set';

/** Ordonnance n° 2021-1247 transposing Directive 2019/771: contracts concluded from 1 January 2022. */
export const FR_2022_01_01: RuleSet = {
  id: 'FR-2022-01-01',
  jurisdiction: 'FR',
  title: 'ruleSet.FR-2022-01-01.title',
  appliesToContractsFrom: '2022-01-01',
  notes: [],
  legalWarranty: { months: 24, endIsMinimum: false, basis: ['FR.L217-3'] },
  repairExtension: { months: 6, once: false, basis: ['FR.L217-13.1'] },
  replacementRestart: { basis: ['FR.L217-13.2'] },
  immobilisationSuspends: { basis: ['FR.D211-2'] },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 12, basis: ['FR.L217-7'] },
  digitalElements: { basis: ['FR.L217-3.digital'] },
  commercialWarranty: { basis: ['FR.L217-21'], immobilisationExtension: { minDays: 7, basis: ['FR.L217-28'] } },
  remedies: {
    repairOrReplacement: ['FR.L217-8', 'FR.L217-9', 'FR.L217-10', 'FR.L217-11'],
    priceReduction: ['FR.L217-8', 'FR.L217-14'],
    refund: ['FR.L217-8', 'FR.L217-14', 'FR.L217-17'],
    minorDefect: ['FR.L217-14.minor'],
    refused: ['FR.L217-14.1'],
    performanceAfterRefusal: ['FR.L217-12.refusal', 'FR.CC.1221'],
    impossible: ['FR.L217-12', 'FR.L217-14.1'],
    late: ['FR.L217-10', 'FR.L217-14.2'],
    burden: ['FR.L217-14.3'],
    reappeared: ['FR.L217-14.4'],
    serious: ['FR.L217-14.serious'],
    compensation: { available: true, reason: 'remedy.compensation.fr', basis: ['FR.L217-8.damages', 'FR.CC.1231-1'] },
  },
  repairDeadline: { days: 30, basis: ['FR.L217-10'] },
  // France did not use the art. 12 option: no duty to notify the seller within a period.
  notification: { rule: { kind: 'NONE' }, basis: ['FR.L217-3'], verified: true },
  limitation: {
    rules: [
      { action: 'CONFORMITY', from: 'DISCOVERY', months: 60, longStop: { months: 240, from: 'SALE' } },
      { action: 'HIDDEN_DEFECTS', from: 'DISCOVERY', months: 24, longStop: { months: 240, from: 'SALE' } },
    ],
    basis: ['FR.CC.2224', 'FR.CC.1648', 'FR.CC.2232', 'FR.CASS.2023-07-21'],
    verified: true,
  },
  mediation: { months: 12, basis: ['FR.L612-2'], lapsedReason: 'mediation.lapsed.fr' },
};
