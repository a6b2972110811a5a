import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CURRENCY_CODE, DECIMAL_AMOUNT, SHA256_HEX } from '@recours/disputes';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../graphql/calendar-date.validator';
import {
  EvidenceKindEnum,
  MessageVisibilityEnum,
  NextStepKindEnum,
  OfferKindEnum,
  ProductConditionEnum,
  PurchaseChannelEnum,
  RemedyEnum,
  RemedyFailureEnum,
} from './dispute.enums';

const TEXT = 5_000;
const LONG_TEXT = 20_000;
const values = (e: object) => Object.values(e);

@InputType()
export class MoneyInput {
  @Field({ description: 'Decimal string, e.g. "129.90": at most 12 digits before the point and 2 after.' })
  @Matches(DECIMAL_AMOUNT, { message: 'must be a non-negative decimal amount like 129.90' })
  amount!: string;
  @Field({ description: 'ISO 4217, e.g. EUR' }) @Matches(CURRENCY_CODE, { message: 'must be a 3-letter ISO 4217 code like EUR' }) currency!: string;
}

/** Every dispute mutation names its dispute, and may carry a version and an idempotency key. */
@InputType({ isAbstract: true })
export abstract class DisputeCommandInput {
  @Field(() => ID) @IsUUID() disputeId!: string;
  @Field(() => Int, { nullable: true, description: 'The version you last saw; if the dispute moved since, the answer is CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
  @Field({ nullable: true, description: 'Idempotency key: a retry with the same commandId returns the first result and changes nothing.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  commandId?: string;
}

@InputType()
export class ProductInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field() @IsString() @Length(1, 100) category!: string;
  @Field() @IsString() @Length(1, 100) brand!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) model?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) serialNumber?: string;
  @Field(() => ProductConditionEnum) @IsIn(values(ProductConditionEnum)) condition!: 'NEW' | 'USED';
}

@InputType()
export class PurchaseInput {
  @Field() @IsCalendarDate() purchasedOn!: string;
  @Field() @IsCalendarDate() deliveredOn!: string;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) price!: MoneyInput;
  @Field(() => PurchaseChannelEnum) @IsIn(values(PurchaseChannelEnum)) channel!: 'IN_STORE' | 'ONLINE' | 'PHONE' | 'OFF_PREMISES';
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. FR' }) @Matches(/^[A-Z]{2}$/, { message: 'must be a 2-letter country code like FR' }) country!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) orderReference?: string;
}

@InputType()
export class CommercialWarrantyInput {
  @Field() @IsString() @Length(1, 200) provider!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) months!: number;
  @Field() @IsString() @Length(1, 1000) coverage!: string;
}

@InputType()
export class ChronologyEntryInput {
  @Field() @IsCalendarDate() on!: string;
  @Field() @IsString() @Length(1, 2000) what!: string;
}

@InputType()
export class ProblemInput {
  @Field() @IsString() @Length(10, LONG_TEXT) description!: string;
  @Field() @IsCalendarDate() firstNoticedOn!: string;
  @Field(() => [ChronologyEntryInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ChronologyEntryInput) chronology!: ChronologyEntryInput[];
}

@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKindEnum) @IsIn(values(EvidenceKindEnum)) kind!: 'INVOICE' | 'WARRANTY' | 'PHOTO' | 'CORRESPONDENCE' | 'OTHER';
  @Field() @IsString() @Length(1, 255) name!: string;
  @Field({ description: 'Lower-case hex SHA-256 of the file.' }) @Matches(SHA256_HEX, { message: 'must be 64 lower-case hex characters' }) sha256!: string;
}

@InputType()
export class FileClaimInput {
  @Field(() => ID) @IsUUID() merchantId!: string;
  @Field(() => ProductInput) @ValidateNested() @Type(() => ProductInput) product!: ProductInput;
  @Field(() => PurchaseInput) @ValidateNested() @Type(() => PurchaseInput) purchase!: PurchaseInput;
  @Field(() => CommercialWarrantyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CommercialWarrantyInput) commercialWarranty?: CommercialWarrantyInput;
  @Field(() => ProblemInput) @ValidateNested() @Type(() => ProblemInput) problem!: ProblemInput;
  @Field(() => RemedyEnum) @IsIn(values(RemedyEnum)) requestedRemedy!: 'REPAIR' | 'REPLACEMENT' | 'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION';
  @Field(() => [EvidenceInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceInput) evidence?: EvidenceInput[];
  @Field({ nullable: true, description: 'When you first complained in writing outside recours, if earlier (starts the one-year mediation window, L612-2).' })
  @IsOptional()
  @IsCalendarDate()
  priorWrittenComplaintOn?: string;
  @Field({ nullable: true, description: 'Idempotency key: a retried filing returns the first dispute.' }) @IsOptional() @IsString() @Length(1, 100) commandId?: string;
}

@InputType()
export class AttachEvidenceInput extends DisputeCommandInput {
  @Field(() => EvidenceKindEnum) @IsIn(values(EvidenceKindEnum)) kind!: EvidenceInput['kind'];
  @Field() @IsString() @Length(1, 255) name!: string;
  @Field() @Matches(SHA256_HEX, { message: 'must be 64 lower-case hex characters' }) sha256!: string;
}

@InputType()
export class PostMessageInput extends DisputeCommandInput {
  @Field() @IsString() @Length(1, LONG_TEXT) body!: string;
  @Field(() => MessageVisibilityEnum, { nullable: true, description: 'ALL by default: the written record both sides read.' })
  @IsOptional()
  @IsIn(values(MessageVisibilityEnum))
  visibility?: 'ALL' | 'CONSUMER_AND_MEDIATOR' | 'MERCHANT_AND_MEDIATOR' | 'MEDIATOR_ONLY';
}

@InputType()
export class AcknowledgeClaimInput extends DisputeCommandInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

@InputType()
export class RejectClaimInput extends DisputeCommandInput {
  @Field() @IsString() @Length(3, TEXT) reason!: string;
}

@InputType()
export class EscalateInput extends DisputeCommandInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
}

@InputType()
export class MakeOfferInput extends DisputeCommandInput {
  @Field(() => OfferKindEnum, { nullable: true, description: 'REMEDY by default; PAID_REPAIR_QUOTE for goods out of warranty.' })
  @IsOptional()
  @IsIn(values(OfferKindEnum))
  kind?: 'REMEDY' | 'PAID_REPAIR_QUOTE';
  @Field(() => RemedyEnum) @IsIn(values(RemedyEnum)) remedy!: FileClaimInput['requestedRemedy'];
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) amount?: MoneyInput;
  @Field(() => Int, { nullable: true, description: 'Days to carry it out; the dispute policy by default.' }) @IsOptional() @IsInt() @Min(1) @Max(365) daysToCarryOut?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) terms?: string;
}

@InputType()
export class OfferAnswerInput extends DisputeCommandInput {
  @Field(() => ID) @IsUUID() offerId!: string;
}

@InputType()
export class RejectOfferInput extends OfferAnswerInput {
  @Field() @IsString() @Length(3, TEXT) reason!: string;
}

@InputType()
export class RequestMediationInput extends DisputeCommandInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LONG_TEXT) summary?: string;
}

@InputType()
export class AssignMediatorInput extends DisputeCommandInput {
  @Field(() => ID) @IsUUID() mediatorId!: string;
}

@InputType()
export class NextStepInput {
  @Field(() => NextStepKindEnum) @IsIn(values(NextStepKindEnum)) kind!: 'COURT' | 'SMALL_CLAIMS' | 'CONCILIATOR' | 'OTHER';
  @Field() @IsString() @Length(1, TEXT) text!: string;
}

@InputType()
export class DecideAdmissibilityInput extends DisputeCommandInput {
  @Field() @IsBoolean() admissible!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
  @Field(() => [NextStepInput], { nullable: true, description: 'Required when inadmissible: where the consumer can go.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NextStepInput)
  nextSteps?: NextStepInput[];
}

@InputType()
export class ProposeSettlementInput extends DisputeCommandInput {
  @Field(() => RemedyEnum) @IsIn(values(RemedyEnum)) remedy!: FileClaimInput['requestedRemedy'];
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) amount?: MoneyInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) daysToCarryOut?: number;
  @Field() @IsString() @Length(3, TEXT) terms!: string;
}

@InputType()
export class SettlementAnswerInput extends DisputeCommandInput {
  @Field(() => ID) @IsUUID() settlementId!: string;
}

@InputType()
export class RejectSettlementInput extends SettlementAnswerInput {
  @Field() @IsString() @Length(3, TEXT) reason!: string;
}

@InputType()
export class GrantRepresentationInput extends DisputeCommandInput {
  @Field(() => ID, { description: 'The consumer association given the mandate.' }) @IsUUID() associationId!: string;
}

@InputType()
export class RevokeRepresentationInput extends DisputeCommandInput {}

@InputType()
export class ConfirmRemedyInput extends DisputeCommandInput {
  @Field({ description: 'true: the remedy was delivered (the dispute closes as resolved); false: it failed.' }) @IsBoolean() fulfilled!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
  @Field(() => RemedyFailureEnum, { nullable: true, description: 'Required when not fulfilled.' }) @IsOptional() @IsIn(values(RemedyFailureEnum)) failure?: 'NOT_CARRIED_OUT' | 'DID_NOT_FIX' | 'DEFECT_RECURRED';
  @Field({ nullable: true, description: 'Required when not fulfilled: what went wrong.' }) @IsOptional() @IsString() @Length(3, TEXT) description?: string;
}

@InputType()
export class WithdrawClaimInput extends DisputeCommandInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
}

@InputType()
export class CloseDisputeInput extends DisputeCommandInput {
  @Field() @IsIn(['RESOLVED', 'UNRESOLVED']) outcome!: 'RESOLVED' | 'UNRESOLVED';
  @Field(() => [NextStepInput], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => NextStepInput) nextSteps?: NextStepInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) summary?: string;
}

@InputType()
export class LeaveFeedbackInput extends DisputeCommandInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}
