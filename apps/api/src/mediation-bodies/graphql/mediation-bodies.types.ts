import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ConnectionOf } from '../../disputes/graphql/connection';
import { MerchantType } from '../../accounts/graphql/account.types';

@ObjectType('MediatorLoad', { description: "A mediator of a body and her caseload: what the body sees to share the work." })
export class MediatorLoadType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Int, { description: 'Mediations under way assigned to her.' }) openCases!: number;
  @Field(() => Int, { description: 'Of those, how many passed a legal clock (admissibility or outcome).' }) overdueCases!: number;
  @Field(() => String, { nullable: true, description: 'The soonest clock among her cases.' }) nextDueAt!: string | null;
  @Field(() => String, { nullable: true, description: 'The last day (YYYY-MM-DD, Paris) of the absence she is in today; null when she is at work. While away she is given no case.' })
  absentUntil!: string | null;
}

@ObjectType('MediatorAbsence', { description: 'A mediator away from the first to the last day (Paris calendar days): the intake gives her nothing and her mediations under way go to another mediator of the body.' })
export class MediatorAbsenceType {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD.' }) firstDay!: string;
  @Field({ description: 'YYYY-MM-DD.' }) lastDay!: string;
}

@ObjectType('MediationBody', { description: 'A consumer mediation body (Article L612-1 of the French Consumer Code): the merchants that designated it send it their mediation requests.' })
export class MediationBodyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'The trades it mediates.' }) sectors!: string[];
  @Field({ description: 'Requests of merchants that designated no body go here.' }) isDefault!: boolean;
  @Field(() => [MediatorLoadType], { nullable: true, description: 'Its mediators and their caseloads: for the admin and the body’s own mediators; null for anyone else.' })
  mediators?: MediatorLoadType[] | null;
  @Field(() => [MerchantType], { description: 'The merchants that designated it.' }) merchants?: MerchantType[];
}

@ObjectType('IntakeRequest', { description: 'A mediation request in a body’s intake queue, with its admissibility clock: three weeks from the request, as a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code).' })
export class IntakeRequestType {
  @Field(() => ID, { description: 'The dispute.' }) id!: string;
  @Field(() => ID) bodyId!: string;
  @Field(() => MerchantType, { nullable: true }) merchant?: MerchantType | null;
  @Field() productName!: string;
  @Field() requestedAt!: string;
  @Field() admissibilityDueAt!: string;
  @Field() admissibilityOverdue!: boolean;
  @Field(() => MediatorLoadType, { nullable: true, description: 'Who has the case; null while nobody does (no eligible mediator when it arrived).' })
  mediator?: MediatorLoadType | null;
}

@ObjectType('IntakeRequestConnection')
export class IntakeRequestConnection extends ConnectionOf(IntakeRequestType, 'IntakeRequest') {}

@InputType()
export class CreateMediationBodyInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field(() => [String], { nullable: true, description: 'The trades it mediates.' }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) sectors?: string[];
  @Field({ nullable: true, description: 'Make it the default body (the one before replaces).' }) @IsOptional() @IsBoolean() isDefault?: boolean;
}

@InputType()
export class AddBodyMediatorInput {
  @Field(() => ID) @IsUUID() bodyId!: string;
  @Field(() => ID, { description: 'An account with the role MEDIATOR.' }) @IsUUID() mediatorId!: string;
}

@InputType()
export class SetDefaultMediationBodyInput {
  @Field(() => ID) @IsUUID() bodyId!: string;
}

@InputType()
export class DeclareConflictOfInterestInput {
  @Field(() => ID, { description: 'A merchant the mediator may not mediate for: she is never given its cases.' }) @IsUUID() merchantId!: string;
}

@InputType()
export class TakeCaseInput {
  @Field(() => ID, { description: 'A request of the mediator’s body that nobody has yet.' }) @IsUUID() disputeId!: string;
}

@InputType()
export class DeclareMediatorAbsenceInput {
  @Field(() => ID, { nullable: true, description: 'The admin names the mediator; a mediator declares her own absence and leaves it out.' }) @IsOptional() @IsUUID() mediatorId?: string;
  @Field({ description: 'The first day away (YYYY-MM-DD).' }) @IsString() @MaxLength(10) firstDay!: string;
  @Field({ description: 'The last day away (YYYY-MM-DD), today or later, at most a year after the first.' }) @IsString() @MaxLength(10) lastDay!: string;
}

@InputType()
export class EndMediatorAbsenceInput {
  @Field(() => ID, { nullable: true, description: 'The admin names the mediator; a mediator ends her own absence and leaves it out.' }) @IsOptional() @IsUUID() mediatorId?: string;
}
