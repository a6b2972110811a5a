import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  AppliedRuleSet,
  CommercialWarranty,
  CourtPath,
  LegalWarranty,
  Mediation,
  Money,
  NotAssessedCode,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RepairDeadline,
} from '@recours/consumer-law';
import type { RightsAssessmentView } from '../rights-assessment.view';
import { RightsNotAssessedCode, RightsRemedyKind } from './rights.enums';

// Each class implements the engine's (or the view's) interface, so the schema cannot drift
// from what the engine answers. Dates are YYYY-MM-DD strings; `basis` cites the article.

@ObjectType('RightsNotAssessed', { description: 'The engine declines rather than guesses.' })
export class RightsNotAssessed {
  @Field(() => RightsNotAssessedCode) code!: NotAssessedCode;
  @Field() message!: string;
}

@ObjectType('RightsRuleSet', { description: 'The dated rule set applied, chosen by the contract date.' })
export class RightsRuleSet implements AppliedRuleSet {
  @Field() id!: string;
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD' }) appliesToContractsFrom!: string;
  @Field(() => [String], { description: 'Caveats a reader must know, e.g. a directive not yet transposed.' }) notes!: string[];
}

@ObjectType('RightsLegalWarranty')
export class RightsLegalWarranty implements LegalWarranty {
  @Field({ description: 'The defect became apparent on or before expiresOn.' }) applies!: boolean;
  @Field({ description: 'Last day covered (YYYY-MM-DD, included).' }) expiresOn!: string;
  @Field({ description: 'Delivery of the goods, or of a replacement that restarted the period.' }) runsFrom!: string;
  @Field(() => Int, { description: 'Months added by repairs.' }) extensionMonths!: number;
  @Field() basis!: string;
}

@ObjectType('RightsPresumptionOfDefect')
export class RightsPresumptionOfDefect implements PresumptionOfDefect {
  @Field({ description: 'The seller must prove the defect was not there at delivery.' }) applies!: boolean;
  @Field({ description: 'Last day of the presumption (YYYY-MM-DD, included).' }) until!: string;
  @Field() basis!: string;
}

@ObjectType('RightsCommercialWarranty')
export class RightsCommercialWarranty implements CommercialWarranty {
  @Field() applies!: boolean;
  @Field(() => String, { nullable: true, description: 'Null when no commercial warranty was given.' }) expiresOn!: string | null;
  @Field() basis!: string;
}

@ObjectType('RightsRemedyOption')
export class RightsRemedyOption implements RemedyOption {
  @Field(() => RightsRemedyKind) remedy!: RemedyKind;
  @Field() available!: boolean;
  @Field() reason!: string;
  @Field() basis!: string;
}

@ObjectType('RightsRepairDeadline', { description: 'The pending repair request.' })
export class RightsRepairDeadline implements RepairDeadline {
  @Field() requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'Last day to complete the repair; null where the law only says "reasonable time".' })
  dueOn!: string | null;
  @Field({ description: 'True from the day after dueOn.' }) overdue!: boolean;
  @Field() basis!: string;
}

@ObjectType('RightsMediation')
export class RightsMediation implements Mediation {
  @Field() eligible!: boolean;
  @Field(() => String, { nullable: true, description: 'Last day a referral is admissible; null before any written complaint.' })
  lapsesOn!: string | null;
  @Field() reason!: string;
  @Field() basis!: string;
}

@ObjectType('RightsMoney', { description: 'An amount as a decimal string (never a float) and its ISO 4217 currency.' })
export class RightsMoney implements Money {
  @Field() amount!: string;
  @Field() currency!: string;
}

@ObjectType('RightsCourtPath')
export class RightsCourtPath implements CourtPath {
  @Field(() => RightsMoney) claimAmount!: RightsMoney;
  @Field(() => Boolean, { nullable: true, description: 'FR: an amicable attempt must precede a claim of EUR 5,000 or less. Null when not assessable.' })
  amicableAttemptRequired!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The European Small Claims Procedure is open. Null when not assessable.' })
  europeanSmallClaims!: boolean | null;
  @Field() explanation!: string;
  @Field() basis!: string;
}

@ObjectType('RightsAssessment', {
  description:
    "A consumer's rights on a day, each item citing its legal basis. A decision aid, not legal advice. When `supported` is false every assessment field is null and `notAssessed` says why.",
})
export class RightsAssessment implements RightsAssessmentView {
  @Field() supported!: boolean;
  @Field(() => RightsNotAssessed, { nullable: true }) notAssessed!: RightsNotAssessed | null;
  @Field(() => String, { nullable: true, description: 'The day assessed (YYYY-MM-DD).' }) asOf!: string | null;
  @Field(() => String, { nullable: true, description: "The rules applied: 'FR', or 'EU' for the Directive 2019/771 baseline." }) jurisdiction!: string | null;
  @Field(() => RightsRuleSet, { nullable: true }) ruleSet!: RightsRuleSet | null;
  @Field(() => RightsLegalWarranty, { nullable: true }) legalWarranty!: RightsLegalWarranty | null;
  @Field(() => RightsPresumptionOfDefect, { nullable: true }) presumptionOfDefect!: RightsPresumptionOfDefect | null;
  @Field(() => RightsCommercialWarranty, { nullable: true }) commercialWarranty!: RightsCommercialWarranty | null;
  @Field(() => [RightsRemedyOption], { nullable: true }) remedies!: RightsRemedyOption[] | null;
  @Field(() => RightsRepairDeadline, { nullable: true }) repairDeadline!: RightsRepairDeadline | null;
  @Field(() => RightsMediation, { nullable: true }) mediation!: RightsMediation | null;
  @Field(() => RightsCourtPath, { nullable: true }) courtPath!: RightsCourtPath | null;
  @Field(() => String, { nullable: true, description: 'A recommended next step, in plain English.' }) nextStep!: string | null;
}
