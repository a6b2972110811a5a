export * from './calendar/calendar-date';
export type { Money } from './money';
export { compareAmounts, isCurrencyCode, isDecimalAmount } from './money';
export type { GoodsCondition, RepairFact, ReplacementFact, RightsFacts } from './facts';
export type {
  AppliedRuleSet,
  CommercialWarranty,
  CourtPath,
  LegalWarranty,
  Mediation,
  NotAssessedCode,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RepairDeadline,
  RightsAnswer,
  RightsAssessment,
  RightsNotAssessed,
} from './assessment';
export { RightsInputError } from './rights-input-error';
export { EU_MEMBER_STATES, SUPPORTED_JURISDICTIONS, isSupportedJurisdiction } from './jurisdiction';
export type { SupportedJurisdiction } from './jurisdiction';
export type { RuleSet } from './rule-sets/rule-set';
export { RULE_SETS, selectRuleSet } from './rule-sets/select-rule-set';
export { assessRights } from './assess-rights';
