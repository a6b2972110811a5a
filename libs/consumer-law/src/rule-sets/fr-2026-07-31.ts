import { FR_2022_01_01 } from './fr-2022-01-01';
import type { RuleSet } from './rule-set';

/**
 * Contracts from 31 July 2026, the date Directive (EU) 2024/1799 was due to apply. As far as
 * anyone here could find (checked 2026-12-01, see docs/consumer-law.md), France has not
 * transposed its +12 months after a repair: L217-13 still says six months, and a directive
 * cannot by itself bind a seller, so the French rules are unchanged. The rule set exists so
 * every answer says so, and so the transposing text, once published, has its place.
 */
export const FR_2026_07_31: RuleSet = {
  ...FR_2022_01_01,
  id: 'FR-2026-07-31',
  title: 'ruleSet.FR-2026-07-31.title',
  appliesToContractsFrom: '2026-07-31',
  notes: ['ruleSet.FR-2026-07-31.notTransposed', 'ruleSet.FR-2026-07-31.dutyToInform'],
};
