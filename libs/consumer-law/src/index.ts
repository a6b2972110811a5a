export * from './calendar/calendar-date';
export type { Money } from './money';
export { compareAmounts, isCurrencyCode, isDecimalAmount } from './money';
export type { AgreedRemedyFact, GoodsCondition, MediationReferralFact, RepairFact, ReplacementFact, RightsFacts, SaleChannel, SupplyKind } from './facts';
export type {
  AppliedRuleSet,
  ApplicableLaw,
  Cited,
  CommercialWarranty,
  CourtPath,
  DeadlineCalendar,
  GuidanceItem,
  GuidanceTopic,
  HiddenDefectsAction,
  HiddenDefectsDamages,
  HiddenDefectsRemedy,
  LegalWarranty,
  LimitationClock,
  Mediation,
  NotAssessedCode,
  NotificationDuty,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RepairDeadline,
  RightsAnswer,
  RightsAssessment,
  RightsNotAssessed,
} from './assessment';
export type { Locale, MessageParams, RenderedMessage } from './messages/message';
export { formatFor, type Format } from './messages/format';
export { citationsInText, groupCitations } from './messages/citations';
export { RightsInputError, type RightsInputCode } from './rights-input-error';
export { EU_MEMBER_STATES, SUPPORTED_JURISDICTIONS, isSupportedJurisdiction } from './jurisdiction';
export { ISO_3166_ALPHA_2, isAssignedCountryCode } from './countries';
export type { SupportedJurisdiction } from './jurisdiction';
export type { RuleSet } from './rule-sets/rule-set';
export { RULE_SETS, selectRuleSet } from './rule-sets/select-rule-set';
export { assessRights, type AssessedOn } from './assess-rights';
export type { ConsumerPlace, PlaceSource } from './calendar/consumer-place';
export { frenchPostcode, NOT_A_POSTCODE_WORDS } from './calendar/french-postcode';
