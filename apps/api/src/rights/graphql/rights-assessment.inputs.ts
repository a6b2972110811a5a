import { Field, InputType, Int } from '@nestjs/graphql';
import type { GoodsCondition as Condition } from '@recours/consumer-law';
import { CURRENCY_CODE, DECIMAL_AMOUNT } from '@recours/disputes';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../graphql/calendar-date.validator';
import { GoodsCondition } from './rights.enums';

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'must be an ISO 3166-1 alpha-2 code such as FR';

@InputType('RightsMoneyInput')
export class RightsMoneyInput {
  @Field({ description: 'Decimal string, e.g. "499.90": at most 12 digits before the point and 2 after.' })
  @Matches(DECIMAL_AMOUNT, { message: 'must be a non-negative decimal amount like 499.90' })
  amount!: string;
  @Field({ description: 'ISO 4217, e.g. EUR' }) @Matches(CURRENCY_CODE, { message: 'must be a 3-letter ISO 4217 code like EUR' }) currency!: string;
}

@InputType('RightsRepairInput', { description: 'A repair asked for under the legal conformity warranty.' })
export class RightsRepairInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; absent while the repair is pending.' })
  @IsOptional()
  @IsCalendarDate()
  completedOn?: string | null;
}

@InputType('RightsReplacementInput', { description: 'Goods delivered to replace the original ones.' })
export class RightsReplacementInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() deliveredOn!: string;
  @Field({ defaultValue: false, description: 'The consumer had asked for a repair and the seller replaced instead (FR L217-13 para. 2).' })
  @IsBoolean()
  insteadOfRequestedRepair!: boolean;
}

@InputType('RightsAssessmentInput', { description: 'The facts of a purchase and its defect. Dates are YYYY-MM-DD.' })
export class RightsAssessmentInput {
  @Field({ description: "'FR', or 'EU' for the Directive 2019/771 baseline; any other code is answered as not assessed." })
  @Matches(COUNTRY, { message: 'must be a two-letter code such as FR or EU' })
  jurisdiction!: string;

  @Field(() => GoodsCondition) @IsIn(Object.values(GoodsCondition)) condition!: Condition;
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

  @Field(() => String, { nullable: true, description: 'The day to assess; defaults to today (UTC).' })
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

  @Field(() => RightsMoneyInput, { nullable: true, description: 'Amount claimed in court; defaults to the price.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RightsMoneyInput)
  claimAmount?: RightsMoneyInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Used when the two countries are not both known.' }) @IsOptional() @IsBoolean() crossBorder?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) consumerCountry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) merchantCountry?: string | null;
}
