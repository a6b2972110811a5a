import type { CalendarDate } from '../calendar/calendar-date';
import type { SupportedJurisdiction } from '../jurisdiction';
import { EU_2022_01_01 } from './eu-2022-01-01';
import { EU_2026_07_31 } from './eu-2026-07-31';
import { FR_2022_01_01 } from './fr-2022-01-01';
import { FR_2026_07_31 } from './fr-2026-07-31';
import { NATIONAL_RULE_SETS } from './national';
import type { RuleSet } from './rule-set';

/** Every rule set, newest first within a jurisdiction. */
export const RULE_SETS: readonly RuleSet[] = [FR_2026_07_31, FR_2022_01_01, EU_2026_07_31, EU_2022_01_01, ...NATIONAL_RULE_SETS];

/** The rule set in force on the day the contract was concluded, or null before the first one. */
export function selectRuleSet(jurisdiction: SupportedJurisdiction, contractDate: CalendarDate): RuleSet | null {
  return (
    RULE_SETS.find((r) => r.jurisdiction === jurisdiction && r.appliesToContractsFrom <= contractDate) ?? null
  );
}
