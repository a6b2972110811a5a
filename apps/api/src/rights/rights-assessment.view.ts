import type {
  ApplicableLaw,
  AppliedRuleSet,
  CalendarDate,
  CommercialWarranty,
  CourtPath,
  DeadlineCalendar,
  GuidanceItem,
  HiddenDefectsAction,
  LegalWarranty,
  LimitationClock,
  Mediation,
  NotAssessedCode,
  NotificationDuty,
  PresumptionOfDefect,
  RemedyOption,
  RenderedMessage,
  RepairDeadline,
  RightsAnswer,
} from '@recours/consumer-law';

/**
 * What the `RightsAssessment` GraphQL type resolves, as plain data: one flat shape for both
 * engine answers, so a client reads `supported` instead of switching on a union. When the
 * engine declines, every assessment field is null and `notAssessed` says why.
 */
export interface RightsAssessmentView {
  supported: boolean;
  notAssessed: { code: NotAssessedCode; message: string; messageDetail: RenderedMessage } | null;
  asOf: CalendarDate | null;
  jurisdiction: string | null;
  ruleSet: AppliedRuleSet | null;
  applicableLaw: ApplicableLaw | null;
  calendar: DeadlineCalendar | null;
  legalWarranty: LegalWarranty | null;
  presumptionOfDefect: PresumptionOfDefect | null;
  commercialWarranty: CommercialWarranty | null;
  remedies: RemedyOption[] | null;
  repairDeadline: RepairDeadline | null;
  notification: NotificationDuty | null;
  limitation: LimitationClock[] | null;
  hiddenDefects: HiddenDefectsAction | null;
  mediation: Mediation | null;
  courtPath: CourtPath | null;
  guidance: GuidanceItem[] | null;
  nextStep: string | null;
  nextStepMessages: RenderedMessage[] | null;
}

export function toRightsAssessmentView(answer: RightsAnswer): RightsAssessmentView {
  if (answer.kind === 'NOT_ASSESSED') {
    return {
      supported: false,
      notAssessed: { code: answer.code, message: answer.message, messageDetail: answer.messageDetail },
      asOf: null,
      jurisdiction: null,
      ruleSet: null,
      applicableLaw: null,
      calendar: null,
      legalWarranty: null,
      presumptionOfDefect: null,
      commercialWarranty: null,
      remedies: null,
      repairDeadline: null,
      notification: null,
      limitation: null,
      hiddenDefects: null,
      mediation: null,
      courtPath: null,
      guidance: null,
      nextStep: null,
      nextStepMessages: null,
    };
  }
  const { kind: _kind, ...assessment } = answer;
  return { supported: true, notAssessed: null, ...assessment };
}
