import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  ApplicableLaw,
  AppliedRuleSet,
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
  Money,
  NotAssessedCode,
  NotificationDuty,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RenderedMessage,
  RepairDeadline,
} from '@recours/consumer-law';
import type { RightsAssessmentView } from '../rights-assessment.view';
import { RightsMessage } from './rights-message.types';
import { RightsConsumerPlace, RightsGuidanceTopic, RightsLimitationAction, RightsNotAssessedCode, RightsPendingRemedy, RightsPlaceSource, RightsRemedyKind } from './rights.enums';

// Each class implements the engine's (or the view's) interface, so the schema cannot drift
// from what the engine answers. Dates are YYYY-MM-DD strings; `basis` cites the article in the
// language chosen, `citations` the same as codes. Every text has its codes-and-parameters twin.

const BASIS = 'The legal source(s), in the language chosen.';
const CITATIONS = 'The same sources as codes with their texts.';

@ObjectType('RightsNotAssessed', { description: 'The engine declines rather than guesses.' })
export class RightsNotAssessed {
  @Field(() => RightsNotAssessedCode) code!: NotAssessedCode;
  @Field() message!: string;
  @Field(() => RightsMessage, { description: 'The message as a code with parameters.' }) messageDetail!: RenderedMessage;
}

@ObjectType('RightsRuleSet', { description: 'The dated rule set applied, chosen by the contract date.' })
export class RightsRuleSet implements AppliedRuleSet {
  @Field() id!: string;
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD' }) appliesToContractsFrom!: string;
  @Field(() => [String], { description: 'Caveats a reader must know, e.g. a directive not yet transposed.' }) notes!: string[];
  @Field(() => RightsMessage) titleMessage!: RenderedMessage;
  @Field(() => [RightsMessage]) noteMessages!: RenderedMessage[];
}

@ObjectType('RightsApplicableLaw', { description: 'Which rules the answer applies and why (Rome I art. 6 for a consumer targeted in her country).' })
export class RightsApplicableLaw implements ApplicableLaw {
  @Field(() => String, { description: "'FR', 'EU' or an encoded member state." }) jurisdiction!: ApplicableLaw['jurisdiction'];
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsDeadlineCalendar', { description: "Whose days the dates count: their last days end at midnight in timeZone, and the withdrawal moves past the place's public holidays." })
export class RightsDeadlineCalendar implements DeadlineCalendar {
  @Field(() => RightsConsumerPlace) place!: DeadlineCalendar['place'];
  @Field({ description: 'IANA time zone, such as Indian/Reunion.' }) timeZone!: string;
  @Field(() => RightsPlaceSource) source!: DeadlineCalendar['source'];
  @Field({ description: 'Whose days are used, in the language chosen.' }) reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsLegalWarranty')
export class RightsLegalWarranty implements LegalWarranty {
  @Field({ description: 'The defect became apparent on or before expiresOn.' }) applies!: boolean;
  @Field({ description: 'Last day covered (YYYY-MM-DD, included).' }) expiresOn!: string;
  @Field({ description: 'Delivery of the goods, or of a replacement that restarted the period.' }) runsFrom!: string;
  @Field(() => Int, { description: 'Months added by repairs.' }) extensionMonths!: number;
  @Field(() => Int, { description: 'Days added while the goods were immobilised for a repair or replacement under the warranty.' }) suspensionDays!: number;
  @Field({ description: 'The national law sets no end; expiresOn is the directive’s two-year floor.' }) endIsMinimum!: boolean;
  @Field(() => String, { nullable: true, description: 'Last day continuously supplied digital elements are covered, when later than expiresOn.' })
  digitalElementsUntil!: string | null;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsPresumptionOfDefect')
export class RightsPresumptionOfDefect implements PresumptionOfDefect {
  @Field({ description: 'The seller must prove the defect was not there at delivery.' }) applies!: boolean;
  @Field({ description: 'Last day of the presumption (YYYY-MM-DD, included).' }) until!: string;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsCommercialWarranty')
export class RightsCommercialWarranty implements CommercialWarranty {
  @Field() applies!: boolean;
  @Field(() => String, { nullable: true, description: 'Null when no commercial warranty was given.' }) expiresOn!: string | null;
  @Field(() => Int, { description: 'Days added by immobilisations of 7 days or more for repairs it covered (Article L217-28 of the French Consumer Code).' }) extensionDays!: number;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsRemedyOption')
export class RightsRemedyOption implements RemedyOption {
  @Field(() => RightsRemedyKind) remedy!: RemedyKind;
  @Field() available!: boolean;
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsRepairDeadline', { description: 'The pending repair or replacement request.' })
export class RightsRepairDeadline implements RepairDeadline {
  @Field(() => RightsPendingRemedy) remedy!: RepairDeadline['remedy'];
  @Field() requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'Last day to complete it; null where the law only says "reasonable time".' })
  dueOn!: string | null;
  @Field({ description: 'True from the day after dueOn.' }) overdue!: boolean;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsNotificationDuty', { description: 'Whether, and by when, the consumer must tell the seller about the defect.' })
export class RightsNotificationDuty implements NotificationDuty {
  @Field(() => Boolean, { nullable: true, description: 'Null when not assessed.' }) required!: boolean | null;
  @Field(() => String, { nullable: true }) notifyBy!: string | null;
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsLimitationClock', { description: 'A limitation period for going to court: from when, until when.' })
export class RightsLimitationClock implements LimitationClock {
  @Field(() => RightsLimitationAction) action!: LimitationClock['action'];
  @Field(() => String, { nullable: true }) runsFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'Last day to bring the action; null when it cannot be computed.' }) until!: string | null;
  @Field(() => Boolean, { nullable: true }) running!: boolean | null;
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsHiddenDefectsRemedy', { description: 'What Article 1644 of the French Civil Code lets the buyer choose: return the goods and have the price back (REFUND), or keep them and have part of it back (PRICE_REDUCTION).' })
export class RightsHiddenDefectsRemedy implements HiddenDefectsRemedy {
  @Field(() => RightsRemedyKind) remedy!: HiddenDefectsRemedy['remedy'];
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsHiddenDefectsDamages', {
  description: 'What Article 1645 of the French Civil Code adds: the seller who knew the defects owes all damages besides the price, and a professional seller is deemed to know them (settled case law of the Cour de cassation).',
})
export class RightsHiddenDefectsDamages implements HiddenDefectsDamages {
  @Field({ description: 'The seller is deemed to know the defect and may not prove otherwise: true for the professional seller of a consumer sale.' }) sellerDeemedToKnow!: boolean;
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsHiddenDefectsAction', { description: 'The hidden-defects action (Articles 1641 to 1649 of the French Civil Code), pointed to once the legal conformity warranty does not cover the defect.' })
export class RightsHiddenDefectsAction implements HiddenDefectsAction {
  @Field(() => Boolean, { nullable: true, description: 'Still open on the day assessed (two years from discovery, Article 1648 of the French Civil Code, within twenty years from the sale); null when it cannot be computed.' }) open!: boolean | null;
  @Field(() => String, { nullable: true, description: 'The day the defect was discovered (first noticed), which the two years run from; null when unknown.' }) discoveredOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Last day to bring the action; null when it cannot be computed.' }) until!: string | null;
  @Field(() => [RightsHiddenDefectsRemedy]) remedies!: RightsHiddenDefectsRemedy[];
  @Field(() => RightsHiddenDefectsDamages, { nullable: true, description: 'The damages the professional seller owes besides the price (Article 1645 of the French Civil Code and the case law that deems it to know the defect).' })
  damages!: RightsHiddenDefectsDamages;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsMediation')
export class RightsMediation implements Mediation {
  @Field() eligible!: boolean;
  @Field(() => String, { nullable: true, description: 'Last day a referral is admissible; null before any written complaint.' })
  lapsesOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The earliest written complaint the merchant received, which opens the window.' }) complaintOn!: string | null;
  @Field() reason!: string;
  @Field(() => RightsMessage) reasonMessage!: RenderedMessage;
  @Field(() => Int, { nullable: true, description: 'Days the mediator has to notify a rejection of the request, from receiving the file (Article L612-2, last paragraph, of the French Consumer Code).' }) admissibilityNoticeDays!: number | null;
  @Field(() => String, { nullable: true, description: 'Last day of the 90 days of Article R612-5 of the French Consumer Code, or of the extension recorded.' }) outcomeDueOn!: string | null;
  @Field() outcomeExtended!: boolean;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsMoney', { description: 'An amount as a decimal string (never a float) and its ISO 4217 currency.' })
export class RightsMoney implements Money {
  @Field() amount!: string;
  @Field() currency!: string;
}

@ObjectType('RightsCourtPath')
export class RightsCourtPath implements CourtPath {
  @Field(() => RightsMoney) claimAmount!: RightsMoney;
  @Field({ description: 'No amount claimed was given: the price stands in for it.' }) claimAmountIsPrice!: boolean;
  @Field(() => String, { nullable: true, description: 'Country of the court seised.' }) courtCountry!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A French court: an amicable attempt must precede a claim of EUR 5,000 or less. Null when not assessable.' })
  amicableAttemptRequired!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The European Small Claims Procedure is open. Null when not assessable.' })
  europeanSmallClaims!: boolean | null;
  @Field() explanation!: string;
  @Field(() => [RightsMessage]) explanationMessages!: RenderedMessage[];
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsGuidanceItem', { description: "One of the guide's questions answered for this case, with its basis." })
export class RightsGuidanceItem implements GuidanceItem {
  @Field(() => RightsGuidanceTopic) topic!: GuidanceTopic;
  @Field({ description: 'The item bears on this case now.' }) applies!: boolean;
  @Field({ description: "recours applies its own policy here, not the law; the text says so." }) platformRule!: boolean;
  @Field() text!: string;
  @Field(() => RightsMessage) message!: RenderedMessage;
  @Field({ description: BASIS }) basis!: string;
  @Field(() => [RightsMessage], { description: CITATIONS }) citations!: RenderedMessage[];
}

@ObjectType('RightsAssessment', {
  description:
    "A consumer's rights on a day, each item citing its legal basis. A decision aid, not legal advice. When `supported` is false every assessment field is null and `notAssessed` says why.",
})
export class RightsAssessment implements RightsAssessmentView {
  @Field() supported!: boolean;
  @Field(() => RightsNotAssessed, { nullable: true }) notAssessed!: RightsNotAssessed | null;
  @Field(() => String, { nullable: true, description: 'The day assessed (YYYY-MM-DD).' }) asOf!: string | null;
  @Field(() => String, { nullable: true, description: "The rules applied: 'FR', 'EU' for the Directive 2019/771 baseline, or an encoded member state." }) jurisdiction!: string | null;
  @Field(() => RightsRuleSet, { nullable: true }) ruleSet!: RightsRuleSet | null;
  @Field(() => RightsApplicableLaw, { nullable: true }) applicableLaw!: RightsApplicableLaw | null;
  @Field(() => RightsDeadlineCalendar, { nullable: true, description: "Whose days the deadlines count: where the consumer lives (consumerPostcode), else metropolitan France, said in words." })
  calendar!: RightsDeadlineCalendar | null;
  @Field(() => RightsLegalWarranty, { nullable: true }) legalWarranty!: RightsLegalWarranty | null;
  @Field(() => RightsPresumptionOfDefect, { nullable: true }) presumptionOfDefect!: RightsPresumptionOfDefect | null;
  @Field(() => RightsCommercialWarranty, { nullable: true }) commercialWarranty!: RightsCommercialWarranty | null;
  @Field(() => [RightsRemedyOption], { nullable: true }) remedies!: RightsRemedyOption[] | null;
  @Field(() => RightsRepairDeadline, { nullable: true }) repairDeadline!: RightsRepairDeadline | null;
  @Field(() => RightsNotificationDuty, { nullable: true }) notification!: RightsNotificationDuty | null;
  @Field(() => [RightsLimitationClock], { nullable: true }) limitation!: RightsLimitationClock[] | null;
  @Field(() => RightsHiddenDefectsAction, { nullable: true, description: 'The hidden-defects action once the legal warranty does not cover the defect (French law); null otherwise.' }) hiddenDefects!: RightsHiddenDefectsAction | null;
  @Field(() => RightsMediation, { nullable: true }) mediation!: RightsMediation | null;
  @Field(() => RightsCourtPath, { nullable: true }) courtPath!: RightsCourtPath | null;
  @Field(() => [RightsGuidanceItem], { nullable: true, description: "The guide's FAQ answered for this case." }) guidance!: RightsGuidanceItem[] | null;
  @Field(() => String, { nullable: true, description: 'A recommended next step, in the language chosen.' }) nextStep!: string | null;
  @Field(() => [RightsMessage], { nullable: true, description: 'The next step sentence by sentence, as codes with parameters.' }) nextStepMessages!: RenderedMessage[] | null;
}
