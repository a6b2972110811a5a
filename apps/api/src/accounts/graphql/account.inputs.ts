import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../password';
import { SignUpRole, StaffRole } from './account.types';

@InputType()
export class SignUpInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field() @IsString() @Length(1, 120) displayName!: string;
  @Field(() => SignUpRole) @IsEnum(SignUpRole) role!: SignUpRole;
  @Field({ nullable: true, description: 'Required for a merchant: the organisation the account creates.' })
  @ValidateIf((input: SignUpInput) => input.role === SignUpRole.MERCHANT || input.merchantName !== undefined)
  @IsString()
  @Length(1, 200)
  merchantName?: string;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class CreateAccountInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field() @IsString() @Length(1, 120) displayName!: string;
  @Field(() => StaffRole) @IsEnum(StaffRole) role!: StaffRole;
}

@InputType()
export class AddMerchantAgentInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field() @IsString() @Length(1, 120) displayName!: string;
}

@InputType()
export class UpdateMerchantProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) hotline?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @Field({ nullable: true, description: 'A chat address (URL).' }) @IsOptional() @IsString() @MaxLength(300) chat?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(300, { each: true }) servicePoints?: string[];
  @Field(() => ID, { nullable: true, description: 'The consumer mediator the merchant designates.' }) @IsOptional() @IsUUID() designatedMediatorId?: string;
}
