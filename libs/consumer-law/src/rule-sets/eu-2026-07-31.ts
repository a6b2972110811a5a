import { EU_2022_01_01 } from './eu-2022-01-01';
import type { RuleSet } from './rule-set';

/** Directive (EU) 2024/1799 art. 16 and 21: the repair extension applies to contracts from 31 July 2026. */
export const EU_2026_07_31: RuleSet = {
  ...EU_2022_01_01,
  id: 'EU-2026-07-31',
  title: 'ruleSet.EU-2026-07-31.title',
  appliesToContractsFrom: '2026-07-31',
  notes: ['ruleSet.EU.notNationalLaw', 'ruleSet.EU-2026-07-31.dutyToInform'],
  repairExtension: { months: 12, once: true, basis: ['EU.SGD.10.2a'] },
};
