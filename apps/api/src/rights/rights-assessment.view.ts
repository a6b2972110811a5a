import type {
  AppliedRuleSet,
  CalendarDate,
  CommercialWarranty,
  CourtPath,
  LegalWarranty,
  Mediation,
  NotAssessedCode,
  PresumptionOfDefect,
  RemedyOption,
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
  notAssessed: { code: NotAssessedCode; message: string } | null;
  asOf: CalendarDate | null;
  jurisdiction: string | null;
  ruleSet: AppliedRuleSet | null;
  legalWarranty: LegalWarranty | null;
  presumptionOfDefect: PresumptionOfDefect | null;
  commercialWarranty: CommercialWarranty | null;
  remedies: RemedyOption[] | null;
  repairDeadline: RepairDeadline | null;
  mediation: Mediation | null;
  courtPath: CourtPath | null;
  nextStep: string | null;
}

export function toRightsAssessmentView(answer: RightsAnswer): RightsAssessmentView {
  if (answer.kind === 'NOT_ASSESSED') {
    return {
      supported: false,
      notAssessed: { code: answer.code, message: answer.message },
      asOf: null,
      jurisdiction: null,
      ruleSet: null,
      legalWarranty: null,
      presumptionOfDefect: null,
      commercialWarranty: null,
      remedies: null,
      repairDeadline: null,
      mediation: null,
      courtPath: null,
      nextStep: null,
    };
  }
  const { kind: _kind, ...assessment } = answer;
  return { supported: true, notAssessed: null, ...assessment };
}
