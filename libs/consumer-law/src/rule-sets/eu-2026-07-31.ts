import { EU_2022_01_01 } from './eu-2022-01-01';
import type { RuleSet } from './rule-set';

/** Directive (EU) 2024/1799 art. 16 and 21: the repair extension applies to contracts from 31 July 2026. */
export const EU_2026_07_31: RuleSet = {
  ...EU_2022_01_01,
  id: 'EU-2026-07-31',
  title: 'Directive (EU) 2019/771 baseline as amended by Directive (EU) 2024/1799 (right to repair), contracts from 2026-07-31',
  appliesToContractsFrom: '2026-07-31',
  repairExtension: {
    months: 12,
    once: true,
    basis: 'Directive (EU) 2019/771 art. 10(2a), inserted by Directive (EU) 2024/1799 art. 16 (12 months, once)',
  },
};
