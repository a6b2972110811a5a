import { Field, InputType, Int } from '@nestjs/graphql';
import type { GoodsCondition as Condition, SaleChannel as Channel, SupplyKind } from '@recours/consumer-law';
import { CURRENCY_CODE, DECIMAL_AMOUNT } from '@recours/disputes';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../graphql/calendar-date.validator';
import { GoodsCondition, RightsSupplyKind, SaleChannel } from './rights.enums';
import { choice } from '../../graphql/choice';

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'must be an ISO 3166-1 alpha-2 code such as FR';

@InputType('RightsMoneyInput')
export class RightsMoneyInput {
  @Field({ description: 'Decimal string, e.g. "499.90": at most 12 digits before the point and 2 after.' })
  @Matches(DECIMAL_AMOUNT, { message: 'must be a non-negative decimal amount like 499.90', context: { problem: 'NOT_AN_AMOUNT' } })
  amount!: string;
  @Field({ description: 'ISO 4217, e.g. EUR' }) @Matches(CURRENCY_CODE, { message: 'must be a 3-letter ISO 4217 code like EUR', context: { problem: 'NOT_A_CURRENCY' } }) currency!: string;
}

@InputType('RightsRepairInput', { description: 'A repair asked for under the legal conformity warranty.' })
export class RightsRepairInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the day the repaired goods were back; absent while the repair is pending.' })
  @IsOptional()
  @IsCalendarDate()
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the day the goods were handed over for the repair; defaults to requestedOn.' })
  @IsOptional()
  @IsCalendarDate()
  handedOverOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Made under the commercial warranty (Article L217-28 of the French Consumer Code); by default when requested while it ran.' })
  @IsOptional()
  @IsBoolean()
  underCommercialWarranty?: boolean | null;
}

@InputType('RightsReplacementInput', { description: 'A replacement of the goods, delivered or awaited.' })
export class RightsReplacementInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; absent while the replacement is awaited (then requestedOn is needed).' })
  @IsOptional()
  @IsCalendarDate()
  deliveredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when the replacement was asked for: the 30 days of Article L217-10 of the French Consumer Code run from it.' })
  @IsOptional()
  @IsCalendarDate()
  requestedOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The consumer had asked for a repair and the seller replaced instead (Article L217-13, second paragraph, of the French Consumer Code). When omitted: true if a repair request was pending at delivery.',
  })
  @IsOptional()
  @IsBoolean()
  insteadOfRequestedRepair?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the day the defective goods were handed over, if they were.' })
  @IsOptional()
  @IsCalendarDate()
  handedOverOn?: string | null;
}

@InputType('RightsMediationReferralInput', { description: 'The referral to a consumer mediator (Article R612-5 of the French Consumer Code).' })
export class RightsMediationReferralInput {
  @Field({ description: 'YYYY-MM-DD, the day the parties were notified of the referral.' }) @IsCalendarDate() referredOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the extension the mediator recorded for a complex dispute.' })
  @IsOptional()
  @IsCalendarDate()
  extendedUntil?: string | null;
}

@InputType('RightsAssessmentInput', { description: 'The facts of a purchase and its defect. Dates are YYYY-MM-DD.' })
export class RightsAssessmentInput {
  @Field({ description: "'FR', or 'EU' for the Directive 2019/771 baseline; any other code is answered as not assessed." })
  @Matches(COUNTRY, { message: 'must be a two-letter code such as FR or EU', context: { problem: 'NOT_A_COUNTRY' } })
  jurisdiction!: string;

  @Field(() => GoodsCondition) @IsIn(Object.values(GoodsCondition), choice('GoodsCondition')) condition!: Condition;
  @Field({ description: 'Date of the contract: it selects the dated rule set.' }) @IsCalendarDate() purchasedOn!: string;
  @Field() @IsCalendarDate() deliveredOn!: string;
  @Field(() => RightsMoneyInput) @ValidateNested() @Type(() => RightsMoneyInput) price!: RightsMoneyInput;
  @Field({ description: 'The day the defect became apparent.' }) @IsCalendarDate() defectNoticedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Length of the commercial warranty, counted from delivery.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  commercialWarrantyMonths?: number | null;

  @Field(() => [RightsRepairInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RightsRepairInput)
  repairs?: RightsRepairInput[] | null;

  @Field(() => [RightsReplacementInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RightsReplacementInput)
  replacements?: RightsReplacementInput[] | null;

  @Field(() => String, { nullable: true, description: "The consumer's written complaint to the merchant." })
  @IsOptional()
  @IsCalendarDate()
  writtenComplaintOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The day to assess; defaults to today where the consumer lives.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The seller refused to repair or replace.' }) @IsOptional() @IsBoolean() remedyRefused?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Repair and replacement are both impossible or disproportionate.' })
  @IsOptional()
  @IsBoolean()
  remedyImpossible?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The defect came back after a repair or replacement.' }) @IsOptional() @IsBoolean() defectReappeared?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Serious enough for an immediate price reduction or refund.' }) @IsOptional() @IsBoolean() seriousDefect?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The seller has shown the defect is minor: no refund.' }) @IsOptional() @IsBoolean() minorDefect?: boolean | null;

  @Field(() => RightsMoneyInput, { nullable: true, description: 'Amount claimed; when absent the price stands in, and the answer says so.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RightsMoneyInput)
  claimAmount?: RightsMoneyInput | null;

  @Field(() => Int, { nullable: true, description: "Length of the producer's commercial guarantee of durability (Article L217-23 of the French Consumer Code), from delivery." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  producerDurabilityMonths?: number | null;

  @Field(() => RightsMediationReferralInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => RightsMediationReferralInput) mediationReferral?: RightsMediationReferralInput | null;

  @Field(() => Boolean, { nullable: true, description: 'The remedy left costs with the consumer or caused a major inconvenience (Article L217-14, 3°, of the French Consumer Code).' })
  @IsOptional()
  @IsBoolean()
  costsOrMajorInconvenience?: boolean | null;

  @Field(() => String, { nullable: true, description: "Country of the court seised; defaults to the consumer's country." })
  @IsOptional()
  @Matches(COUNTRY, { message: COUNTRY_MESSAGE, context: { problem: 'NOT_A_COUNTRY' } })
  courtCountry?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The seller directed its activity to the consumer's country (Rome I art. 6)." })
  @IsOptional()
  @IsBoolean()
  sellerTargetedConsumerCountry?: boolean | null;

  @Field(() => SaleChannel, { nullable: true }) @IsOptional() @IsIn(Object.values(SaleChannel), choice('SaleChannel')) saleChannel?: Channel | null;
  @Field(() => RightsSupplyKind, { nullable: true }) @IsOptional() @IsIn(Object.values(RightsSupplyKind), choice('RightsSupplyKind')) supply?: SupplyKind | null;

  @Field(() => Int, { nullable: true, description: "Months of continuous supply of the goods' digital elements." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  digitalElementSupplyMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The defect is in the continuously supplied digital element.' }) @IsOptional() @IsBoolean() defectInDigitalElement?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The consumer no longer has the invoice.' }) @IsOptional() @IsBoolean() invoiceLost?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Used when the two countries are not both known.' }) @IsOptional() @IsBoolean() crossBorder?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(COUNTRY, { message: COUNTRY_MESSAGE, context: { problem: 'NOT_A_COUNTRY' } }) consumerCountry?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The consumer's French postcode (five digits, one space allowed, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988): her deadlines end at her own midnight and count her place's public holidays (Alsace-Moselle, overseas). Absent: metropolitan France.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  consumerPostcode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(COUNTRY, { message: COUNTRY_MESSAGE, context: { problem: 'NOT_A_COUNTRY' } }) merchantCountry?: string | null;
}
