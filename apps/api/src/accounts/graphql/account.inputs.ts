import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { isSiren } from '../siren';
import { PASSWORD_MAX_LENGTH } from '../password';
import { Locale } from '../../i18n/locale';
import { GIVEN_TEAM_ROLES, type GivenTeamRole } from '../team-role';
import { SignUpRole, StaffRole, TeamRole } from './account.types';
import { NotBlank } from '../../graphql/not-blank';
import { EmailAddress } from '../../graphql/email-address';
import { DisplayName } from '../../graphql/display-name';
import { choice } from '../../graphql/choice';

/** An optional SIREN: 9 digits with their Luhn key, spaces allowed (NOT_A_SIREN on the field). */
const OptionalSiren = () =>
  applyDecorators(
    IsOptional(),
    IsString(),
    MaxLength(20),
    // A message is needed: class-validator drops the context of a constraint whose message is empty.
    ValidateBy({ name: 'isSiren', validator: { validate: (value: unknown) => typeof value === 'string' && isSiren(value), defaultMessage: () => 'must be a SIREN' } }, { context: { problem: 'NOT_A_SIREN' } }),
  );

/** What every new account is given, whoever creates it. */
@InputType({ isAbstract: true })
abstract class NewAccountInput {
  @Field() @EmailAddress() email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field() @DisplayName() displayName!: string;
}

@InputType()
export class SignUpInput extends NewAccountInput {
  @Field(() => SignUpRole) @IsEnum(SignUpRole, choice('SignUpRole')) role!: SignUpRole;
  @Field({ nullable: true, description: 'Required for a merchant: the organisation the account creates; refused for any other account (ONLY_FOR_A_MERCHANT).' })
  @ValidateIf((input: SignUpInput) => input.role === SignUpRole.MERCHANT || input.merchantName !== undefined)
  @IsString()
  @Length(1, 200)
  @NotBlank()
  merchantName?: string;
  @Field(() => String, { nullable: true, description: 'For a merchant: its SIREN when it has one, 9 digits, spaces allowed. A company a customer already invited is not signed up twice: it takes its profile over. Refused for any other account (ONLY_FOR_A_MERCHANT).' })
  @OptionalSiren()
  siren?: string | null;
  @Field(() => Locale, { nullable: true, description: 'The language of its e-mails and notifications; French when not given.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field({ nullable: true, description: 'With two-step verification on: the 6-digit code of the authenticator app, or one of the recovery codes.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;
}

@InputType()
export class CreateAccountInput extends NewAccountInput {
  @Field(() => StaffRole) @IsEnum(StaffRole, choice('StaffRole')) role!: StaffRole;
}

@InputType()
export class AddMerchantAgentInput {
  @Field({ description: 'Where the invitation is sent.' }) @EmailAddress() email!: string;
  @Field({ nullable: true, deprecationReason: 'Unused: the agent chooses a password when accepting the invitation (acceptAgentInvitation).' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
  @Field() @DisplayName() displayName!: string;
  @Field(() => TeamRole, { nullable: true, description: 'The role the agent will hold: SUPERVISOR or AGENT (the default).' })
  @IsOptional()
  @IsIn(GIVEN_TEAM_ROLES, choice('TeamRole'))
  teamRole?: GivenTeamRole;
}

@InputType({ description: "The owner changes an agent's role in the team." })
export class SetAgentTeamRoleInput {
  @Field(() => ID) @IsUUID() agentId!: string;
  @Field(() => TeamRole, { description: 'SUPERVISOR or AGENT: the owner keeps its own role.' }) @IsIn(GIVEN_TEAM_ROLES, choice('TeamRole')) teamRole!: GivenTeamRole;
}

@InputType()
export class AcceptAgentInvitationInput {
  @Field({ description: 'The token of the invitation e-mail’s link.' }) @IsString() @Length(1, 200) token!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field({ nullable: true, description: 'The name shown to others; the one the invitation gave by default.' }) @IsOptional() @DisplayName() displayName?: string;
}

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'The token of the confirmation e-mail’s link.' }) @IsString() @Length(1, 200) token!: string;
}

@InputType()
export class RequestMerchantVerificationInput {
  @Field({ description: "An address at the merchant's own domain (not a free mail provider's); a link to confirm it is sent there." })
  @EmailAddress()
  email!: string;
}

@InputType()
export class UpdateMerchantProfileInput {
  @Field(() => String, { nullable: true, description: 'A telephone number, shown to the public; null or empty clears it.' }) @IsOptional() @IsString() @MaxLength(40) hotline?: string | null;
  // An emptied address clears it: blank is read as null before the address is checked.
  @Field(() => String, { nullable: true, description: 'An e-mail address, shown to the public; null or empty clears it.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value))
  @IsOptional()
  @EmailAddress()
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'A chat address: a web page (https:// or http://), shown to the public; null or empty clears it.' }) @IsOptional() @IsString() @MaxLength(300) chat?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(300, { each: true }) servicePoints?: string[];
  @Field(() => ID, { nullable: true, description: 'The consumer mediator the merchant designates.', deprecationReason: 'A merchant designates a mediation body: use mediationBodyId.' }) @IsOptional() @IsUUID() designatedMediatorId?: string;
  @Field(() => ID, { nullable: true, description: 'The mediation body the merchant designates (Article L612-1 of the French Consumer Code), from mediationBodies.' }) @IsOptional() @IsUUID() mediationBodyId?: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The address of the account: a link to choose a new password is e-mailed there if it has one.' }) @IsString() @MaxLength(254) email!: string;
}

@InputType()
export class RequestEmailConfirmationInput {
  @Field({ description: 'The address of the account: a new link to confirm it is e-mailed there if it has an account whose address is not confirmed yet.' }) @IsString() @MaxLength(254) email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the reset e-mail’s link.' }) @IsString() @Length(1, 200) token!: string;
  @Field({ description: 'The new password.' }) @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) currentPassword!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) newPassword!: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID, { description: 'A session of mySessions.' }) @IsUUID() sessionId!: string;
}

@InputType()
export class ConfirmTwoFactorInput {
  @Field({ description: 'The 6-digit code the authenticator app shows now.' }) @IsString() @Length(6, 10) code!: string;
}

@InputType()
export class DisableTwoFactorInput {
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field({ description: 'A code of the authenticator app, or a recovery code.' }) @IsString() @Length(6, 40) code!: string;
}

@InputType({ description: 'A company not on recours, as the consumer knows it: she files her claim against the merchant answered.' })
export class InviteMerchantInput {
  @Field({ description: 'The company’s name, as on the invoice.' }) @IsString() @Length(1, 200) @NotBlank() name!: string;
  @Field({ description: 'An address where the company reads its mail (its after-sales service, its contact): the invitation is sent there.' }) @EmailAddress() email!: string;
  @Field(() => String, { nullable: true, description: 'Its SIREN when known: 9 digits, spaces allowed (as on an invoice). Finds the company if it is already known.' })
  @OptionalSiren()
  siren?: string | null;
  @Field(() => Locale, { nullable: true, description: 'The language the company reads its invitation in; French when not given.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class RequestMerchantTakeoverInput {
  @Field({ description: 'The token of the invitation e-mail’s link.' }) @IsString() @Length(1, 200) token!: string;
  @Field({ description: 'An address at the company’s own domain (not a free mail provider’s): a link to confirm it is sent there.' }) @EmailAddress() email!: string;
}

@InputType()
export class TakeOverMerchantInput {
  @Field({ description: 'The token of the takeover e-mail’s link (requestMerchantTakeover).' }) @IsString() @Length(1, 200) token!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field({ description: 'Your name, shown to your team and to the consumers.' }) @DisplayName() displayName!: string;
}

@InputType({ description: 'What you correct of your own account: your name.' })
export class UpdateMyProfileInput {
  @Field({ description: 'Your name, as the others read it on your disputes, as sign-up takes it (1 to 120 characters).' }) @DisplayName() displayName!: string;
}

@InputType({ description: 'A new e-mail address for your account, confirmed by a link sent there.' })
export class RequestEmailChangeInput {
  @Field({ description: 'The new address: a link to confirm it is sent there (valid a day, once).' }) @EmailAddress() newEmail!: string;
  @Field({ description: 'Your password, as for a change of password.' }) @IsString() @MaxLength(PASSWORD_MAX_LENGTH) currentPassword!: string;
}
