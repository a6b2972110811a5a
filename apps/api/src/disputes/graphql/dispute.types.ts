import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DisputeStatus, InadmissibilityGround, Remedy } from '@recours/disputes';
import { MerchantType, UserType } from '../../accounts/graphql/account.types';
import { Locale } from '../../i18n/locale';
import {
  DeadlineKindEnum,
  DisputeActionEnum,
  DisputeStatusEnum,
  EvidenceKindEnum,
  InadmissibilityGroundEnum,
  MessageVisibilityEnum,
  NextStepKindEnum,
  OfferKindEnum,
  OfferStatusEnum,
  ProductConditionEnum,
  PurchaseChannelEnum,
  RemedyEnum,
  RemedyFailureEnum,
  SideEnum,
  TurnEnum,
} from './dispute.enums';

@ObjectType('Money', { description: 'An amount as a decimal string (never a float) and its ISO 4217 currency.' })
export class MoneyType {
  @Field() amount!: string;
  @Field() currency!: string;
}

@ObjectType('Product')
export class ProductType {
  @Field() name!: string;
  @Field() category!: string;
  @Field() brand!: string;
  @Field({ nullable: true }) model?: string;
  @Field({ nullable: true }) serialNumber?: string;
  @Field(() => ProductConditionEnum) condition!: string;
}

@ObjectType('Purchase')
export class PurchaseType {
  @Field({ description: 'YYYY-MM-DD' }) purchasedOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) deliveredOn!: string;
  @Field(() => MoneyType) price!: MoneyType;
  @Field(() => PurchaseChannelEnum) channel!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field({ nullable: true }) orderReference?: string;
}

@ObjectType('CommercialWarrantyTerms')
export class CommercialWarrantyTermsType {
  @Field() provider!: string;
  @Field(() => Int) months!: number;
  @Field() coverage!: string;
}

@ObjectType('ChronologyEntry')
export class ChronologyEntryType {
  @Field({ description: 'YYYY-MM-DD' }) on!: string;
  @Field() what!: string;
}

@ObjectType('Problem')
export class ProblemType {
  @Field() description!: string;
  @Field() firstNoticedOn!: string;
  @Field(() => [ChronologyEntryType]) chronology!: ChronologyEntryType[];
}

@ObjectType('EvidenceFile', { description: 'A file uploaded to recours: GET /files/{id} downloads it (as an attachment) for the parties.' })
export class EvidenceFileType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The type recognised in its content, e.g. application/pdf.' }) contentType!: string;
  @Field(() => Float, { description: 'Size in bytes.' }) size!: number;
}

@ObjectType('MandateDocument')
export class MandateDocumentType {
  @Field() name!: string;
  @Field() sha256!: string;
  @Field(() => EvidenceFileType) file!: EvidenceFileType;
}

@ObjectType('Evidence')
export class EvidenceType {
  @Field(() => EvidenceKindEnum) kind!: string;
  @Field() name!: string;
  @Field() sha256!: string;
  @Field() at!: string;
  @Field(() => EvidenceFileType, { nullable: true, description: 'The uploaded file, when the document was uploaded to recours rather than kept elsewhere.' })
  file?: EvidenceFileType | null;
}

@ObjectType('Offer')
export class OfferType {
  @Field(() => ID) id!: string;
  @Field(() => RemedyEnum) remedy!: Remedy;
  @Field(() => OfferStatusEnum) status!: string;
  @Field(() => SideEnum, { description: 'The side that made it: MERCHANT, or CONSUMER for a counter-offer.' }) by!: string;
  @Field(() => OfferKindEnum) kind!: string;
  @Field(() => MoneyType, { nullable: true }) amount?: MoneyType;
  @Field(() => Int) daysToCarryOut!: number;
  @Field() terms!: string;
  @Field() madeAt!: string;
  @Field({ description: 'The last day it may be accepted (YYYY-MM-DD).' }) expiresOn!: string;
  @Field({ nullable: true }) rejectionReason?: string;
}

@ObjectType('Settlement')
export class SettlementType {
  @Field(() => ID) id!: string;
  @Field(() => RemedyEnum) remedy!: Remedy;
  @Field(() => MoneyType, { nullable: true }) amount?: MoneyType;
  @Field(() => Int) daysToCarryOut!: number;
  @Field() terms!: string;
  @Field() status!: string;
  @Field(() => [SideEnum]) acceptedBy!: string[];
  @Field() proposedAt!: string;
  @Field(() => String, { nullable: true, description: 'The last day to accept or refuse it (YYYY-MM-DD), the answer period the mediator set (Article R612-4 of the French Consumer Code); null on proposals made before answer periods existed.' })
  answerDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'From this instant (midnight in Paris after answerDueOn) answers are refused and the proposal expires.' })
  answerDueAt!: string | null;
}

@ObjectType('Mediation')
export class MediationType {
  @Field() stage!: string;
  @Field() requestedAt!: string;
  @Field(() => ID, { nullable: true }) mediatorId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The mediation body the request went to, decided when it was made (the one the merchant designated then, else the default body): its mediators alone take or are given the mediation, whatever body the merchant designates since. Null on requests made before 2026-12-07 (and while no body existed): theirs is the merchant’s body of today.' })
  bodyId!: string | null;
  @Field({ description: 'Three weeks after the request, the day the file reached the mediator on recours: a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code).' }) admissibilityDueAt!: string;
  @Field(() => String, { nullable: true, description: 'When the mediator received the complete file (Article R612-2 of the French Consumer Code): the request, or the later day the mediator named on finding it admissible (its first instant in Paris); the 90-day clock runs from its day (Article R612-5 of the French Consumer Code). On decisions recorded before 2026-12-06, the decision itself.' }) fileCompletedAt!: string | null;
  @Field(() => String, { nullable: true }) outcomeDueAt!: string | null;
  @Field({ nullable: true }) admissibilityReason?: string;
  @Field(() => InadmissibilityGroundEnum, { nullable: true, description: 'The ground of Article L612-2 of the French Consumer Code an inadmissible request was refused on; null when none was given (refusals recorded before grounds existed).' })
  inadmissibilityGround?: InadmissibilityGround;
  @Field(() => [SettlementType]) settlements!: SettlementType[];
}

@ObjectType('Agreement')
export class AgreementType {
  @Field(() => RemedyEnum) remedy!: Remedy;
  @Field(() => MoneyType, { nullable: true }) amount?: MoneyType;
  @Field() source!: string;
  @Field() agreedAt!: string;
  @Field({ description: 'The last day to carry it out.' }) dueOn!: string;
  @Field() overdue!: boolean;
  @Field(() => String, { nullable: true, description: 'The day the merchant says it carried it out (YYYY-MM-DD), once it reported so.' }) reportedCarriedOutOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The last day (YYYY-MM-DD) for the consumer to confirm or contest the merchant’s report that it carried it out; after it, it counts as carried out.' }) confirmationDueOn?: string | null;
  @Field({ description: 'Whether this viewer may now report it failed (confirmRemedy with fulfilled: false): not once its confirmationDueOn has passed, when only a confirmation is taken.' }) failureReportable!: boolean;
}

@ObjectType('Deadline')
export class DeadlineType {
  @Field(() => DeadlineKindEnum) kind!: string;
  @Field({ description: 'The last day to act (YYYY-MM-DD).' }) dueOn!: string;
  @Field({ description: 'From this instant the deadline has passed.' }) dueAt!: string;
  @Field() owedBy!: string;
  @Field(() => ID, { nullable: true }) offerId?: string;
}

@ObjectType('NextStep')
export class NextStepType {
  @Field(() => NextStepKindEnum) kind!: string;
  @Field() text!: string;
}

@ObjectType('Closure')
export class ClosureType {
  @Field() outcome!: string;
  @Field(() => [NextStepType]) nextSteps!: NextStepType[];
  @Field({ nullable: true }) summary?: string;
  @Field() at!: string;
}

@ObjectType('LegalHold', { description: 'The dispute is kept for litigation (placeLegalHold): retention does not erase it until the hold is lifted.' })
export class LegalHoldType {
  @Field({ nullable: true, description: 'Why, as the admin wrote it: for the admin only (null for the parties, who see only that the dispute is kept for litigation).' }) reason?: string;
  @Field() placedAt!: string;
}

@ObjectType('Feedback')
export class FeedbackType {
  @Field(() => Int) rating!: number;
  @Field({ nullable: true }) comment?: string;
  @Field() at!: string;
}

@ObjectType('Mandate', { description: 'The consumer association acting for the consumer on this dispute.' })
export class MandateType {
  @Field(() => ID) associationId!: string;
  @Field() grantedAt!: string;
  @Field(() => MandateDocumentType, { nullable: true, description: 'The signed mandate, when the consumer uploaded it (grantRepresentation fileId); downloaded at GET /files/{file.id} by the dispute’s parties.' })
  document?: MandateDocumentType | null;
}

@ObjectType('Message')
export class MessageType {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => MessageVisibilityEnum) visibility!: string;
  @Field() at!: string;
  @Field(() => ID) authorId!: string;
  @Field({ nullable: true, description: 'Set when an association wrote for the consumer.' }) onBehalfOf?: string;
}

@ObjectType('TimelineEntry')
export class TimelineEntryType {
  @Field(() => Int, { description: 'How many events before this one you may read (0 for the filing): the events kept from you leave no gap.' }) version!: number;
  @Field() at!: string;
  @Field() type!: string;
  @Field({ description: 'What happened, in plain words.' }) text!: string;
  @Field(() => [String], { description: 'The people’s own words `text` quotes, as written (a message, a reason, an offer’s terms), in the order it quotes them.' }) quoted!: string[];
  @Field(() => Locale, { nullable: true, description: 'The language the author of the quoted words writes in (their account’s), to mark them (HTML lang) in a page of another language; null when unknown.' })
  quotedLanguage!: Locale | null;
}

@ObjectType('RemedyOutcome')
export class RemedyOutcomeType {
  @Field(() => RemedyEnum) remedy!: Remedy;
  @Field() outcome!: string;
  @Field(() => RemedyFailureEnum, { nullable: true }) failure?: string;
  @Field() at!: string;
}

@ObjectType('Dispute')
export class DisputeType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version of the last event you may read (counted over the events you may read): send it as expectedVersion.' }) version!: number;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field(() => TurnEnum) whoseTurn!: string;
  @Field(() => ID) consumerId!: string;
  @Field(() => ID) merchantId!: string;
  @Field(() => UserType, { nullable: true }) consumer?: UserType;
  @Field(() => MerchantType, { nullable: true }) merchant?: MerchantType;
  @Field(() => ProductType) product!: ProductType;
  @Field(() => PurchaseType) purchase!: PurchaseType;
  @Field(() => String, {
    nullable: true,
    description: 'The postcode the consumer gave in her claim (five digits, as stored: a space she typed is gone), which sets the calendar of her deadlines: hers alone, null for every other reader (the merchant, a mediator, an association, the admin), when she gave none, and once erased.',
  })
  consumerPostcode?: string | null;
  @Field(() => CommercialWarrantyTermsType, { nullable: true }) commercialWarranty?: CommercialWarrantyTermsType;
  @Field(() => ProblemType) problem!: ProblemType;
  @Field(() => RemedyEnum) requestedRemedy!: Remedy;
  @Field(() => [RemedyEnum], { description: 'Remedies an offer may still propose.' }) remediesAvailable!: Remedy[];
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
  @Field(() => [MessageType], { description: 'The written record this viewer may read.' }) messages!: MessageType[];
  @Field(() => [OfferType]) offers!: OfferType[];
  @Field() escalationLevel!: string;
  @Field({ nullable: true }) rejectionReason?: string;
  @Field(() => MediationType, { nullable: true }) mediation?: MediationType;
  @Field(() => AgreementType, { nullable: true }) agreement?: AgreementType;
  @Field(() => [RemedyOutcomeType]) remedyHistory!: RemedyOutcomeType[];
  @Field(() => MandateType, { nullable: true }) mandate?: MandateType;
  @Field(() => ClosureType, { nullable: true }) closure?: ClosureType;
  @Field(() => FeedbackType, { nullable: true }) feedback?: FeedbackType;
  @Field(() => [DeadlineType]) deadlines!: DeadlineType[];
  @Field(() => LegalHoldType, { nullable: true }) legalHold?: LegalHoldType;
  @Field(() => String, { nullable: true, description: 'The parties were told it will be erased from this instant, its retention period (RETENTION_YEARS) over.' }) erasesAt?: string | null;
  @Field(() => String, { nullable: true, description: 'When retention erased it: its parties\u2019 words and files read as erased.' }) erasedAt?: string | null;
  // timeline: a field resolver renders it in the reader's language (DisputeQueriesResolver).
  @Field(() => [DisputeActionEnum], { description: 'What this viewer may do now: each value is the name of the mutation that does it.' }) availableActions!: string[];
  @Field() filedAt!: string;
  @Field() lastActivityAt!: string;
}
