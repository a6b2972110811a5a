import { FR_2022_01_01 } from './fr-2022-01-01';
import type { RuleSet } from './rule-set';

/**
 * Contracts from 31 July 2026, the date Directive (EU) 2024/1799 was due to apply. France had
 * not transposed it (see docs/consumer-law.md): L217-13 still says six months, and a directive
 * cannot by itself bind a seller, so the French rules are unchanged. The rule set exists so
 * every answer says so, and so the transposing text, once published, has its place.
 */
export const FR_2026_07_31: RuleSet = {
  ...FR_2022_01_01,
  id: 'FR-2026-07-31',
  title: 'Code de la consommation, art. L217-1 and following, as in force for contracts from 2026-07-31 (Directive (EU) 2024/1799 not transposed)',
  appliesToContractsFrom: '2026-07-31',
  notes: [
    'Directive (EU) 2024/1799 (new art. 10(2a) of Directive 2019/771: liability extended once by 12 months after a repair) had to apply from 2026-07-31. No French transposing text had been published in the sources consulted (mid-September 2026) and art. L217-13 still grants 6 months per repair, so 6 months is applied.',
    'A directive has no direct effect between a consumer and a seller; once France transposes it, a new dated rule set replaces this one.',
  ],
};
