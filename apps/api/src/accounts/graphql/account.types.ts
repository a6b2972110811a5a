import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../i18n/locale';
import { enumOf } from '../../graphql/enum-of';
import { ACCOUNT_ROLES, type AccountRole } from '../account-role';
import { MERCHANT_VERIFICATION_OUTCOMES, type MerchantVerificationOutcome } from '../merchant-verification';
import { INVITED_PROFILE_OUTCOMES, type InvitedProfileOutcome } from '../takeover-rule';
import { TEAM_ROLES, type TeamRole as TeamRoleName } from '../team-role';

export const Role = enumOf(ACCOUNT_ROLES, 'Role', 'What an account is: a merchant account is an agent of its merchant.');
export type Role = AccountRole;

export const SignUpRole = enumOf(['CONSUMER', 'MERCHANT'] as const satisfies readonly AccountRole[], 'SignUpRole', 'Who may sign up alone; mediators and associations are created by an admin.');
export type SignUpRole = keyof typeof SignUpRole;

export const StaffRole = enumOf(['MEDIATOR', 'ASSOCIATION', 'ADMIN'] as const satisfies readonly AccountRole[], 'StaffRole');
export type StaffRole = keyof typeof StaffRole;

export const TeamRole = enumOf(
  TEAM_ROLES,
  'TeamRole',
  "A merchant agent's place in its team: the OWNER (who signed the merchant up) and SUPERVISORs assign cases, receive escalated ones and keep the reply templates; an AGENT answers the cases and may take an unassigned one.",
);
export type TeamRole = TeamRoleName;

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: 'The merchant a merchant agent acts for.' }) merchantId!: string | null;
  @Field() displayName!: string;
  @Field({ description: 'Shown to the account itself only.' , nullable: true }) email?: string;
  @Field({ description: 'The merchant account that signed up; it may add agents.' }) merchantOwner!: boolean;
  @Field(() => TeamRole, { nullable: true, description: "A merchant agent's role in its merchant's team; null for other accounts." }) teamRole?: TeamRole | null;
  @Field({ description: 'An agent invited by e-mail who has not accepted yet (addMerchantAgent); the id is the invitation’s.' }) pending!: boolean;
  @Field({ nullable: true, description: 'Whether the account confirmed its e-mail address; shown to the account itself only.' }) emailVerified?: boolean;
  @Field({
    nullable: true,
    description:
      'A merchant account without a merchant whose unused address link (expired or not) names the profile of a company customers invited: resendEmailConfirmation sends a new one even once its address is confirmed (by a password reset); shown to the account itself only (me).',
  })
  awaitsInvitedProfile?: boolean;
  @Field(() => Locale, { nullable: true, description: 'The language of its e-mails and notifications (French until it chooses); shown to the account itself only.' }) locale?: Locale;
  @Field({ nullable: true, description: 'Whether two-step verification (TOTP) is on; shown to the account itself only (me).' }) twoFactorEnabled?: boolean;
  @Field({ nullable: true, description: 'Whether its role must use two-step verification here (admins and mediators in production); shown to the account itself only (me).' })
  twoFactorRequired?: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A bearer token for the Authorization header.' }) token!: string;
  @Field(() => UserType) user!: UserType;
  @Field({
    description:
      'True when the account must set up two-step verification before anything else (admins and mediators in production): the token is then good for enrolTwoFactor and confirmTwoFactor only, for 15 minutes.',
  })
  twoFactorEnrolmentRequired!: boolean;
}

@ObjectType('Session')
export class SessionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The browser or app that signed in, as it described itself (its user agent).' }) userAgent!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'When it was last used, to the minute.' }) lastSeenAt!: Date;
  @Field() expiresAt!: Date;
  @Field({ description: 'The session of the token this request was made with.' }) current!: boolean;
}

@ObjectType()
export class SupportChannelsType {
  @Field({ nullable: true }) hotline?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) chat?: string;
  @Field(() => [String]) servicePoints!: string[];
}

@ObjectType('Merchant')
export class MerchantType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SupportChannelsType) supportChannels!: SupportChannelsType;
  @Field(() => ID, { nullable: true, description: 'The consumer mediator the merchant designated.', deprecationReason: 'A merchant designates a mediation body: use mediationBodyId.' }) designatedMediatorId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The mediation body the merchant designated (Article L612-1 of the French Consumer Code); until it does, its requests go to the default body. A request goes to the body designated when it is made and stays there (Mediation.bodyId): designating another body concerns the requests to come.' }) mediationBodyId!: string | null;
  @Field({ description: 'An address at the merchant’s own domain was confirmed by e-mail; an unverified merchant still receives claims, but may not be who its name says.' })
  verified!: boolean;
  @Field(() => String, { nullable: true, description: 'The domain of the confirmed address, for a verified merchant.' }) verifiedDomain!: string | null;
  @Field({
    description:
      'Someone acts for this merchant on recours: it signed up, or the company a consumer invited (inviteMerchant) took its profile over. Claims against a merchant not on recours are filed and their deadlines run as for any other, but nobody answers them here until the company takes its profile over: the consumer may print the formal notice and send it herself.',
  })
  onRecours!: boolean;
}

export const MerchantVerification = enumOf(
  MERCHANT_VERIFICATION_OUTCOMES,
  'MerchantVerification',
  'What a confirmed address did for its merchant: verified it, or not (an address at a free mail provider; a verified merchant already shows that name).',
);
export type MerchantVerification = MerchantVerificationOutcome;

export const InvitedProfile = enumOf(
  INVITED_PROFILE_OUTCOMES,
  'InvitedProfile',
  'For a merchant who signed up with an address at the domain of a company customers invited: whether confirming the address gave her that company’s profile (TAKEN_OVER: she is its owner, the claims filed against it are in its inbox; she signs in again), or not (ALREADY_TAKEN_OVER: someone acts for it already; NOT_TAKEN_OVER: the address no longer passes the rule).',
);
export type InvitedProfile = InvitedProfileOutcome;

@ObjectType()
export class EmailConfirmationPayload {
  @Field(() => UserType) user!: UserType;
  @Field(() => MerchantType, { nullable: true, description: 'For a merchant’s owner: the merchant, verified or not.' }) merchant!: MerchantType | null;
  @Field(() => MerchantVerification, { nullable: true }) merchantVerification!: MerchantVerification | null;
  @Field(() => InvitedProfile, { nullable: true }) invitedProfile!: InvitedProfile | null;
  @Field({ description: 'The link was a new address’s (requestEmailChange): the account now has it, and every one of its sessions ended.' }) addressChanged!: boolean;
  @Field({ description: 'What happened, in the reader’s language.' }) message!: string;
}

@ObjectType()
export class TwoFactorEnrolment {
  @Field({ description: 'The secret, in base32, to type into an authenticator app.' }) secret!: string;
  @Field({ description: 'The same secret as an otpauth:// URI, for a QR code.' }) otpauthUri!: string;
}

@ObjectType()
export class TwoFactorConfirmation {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once: each signs in instead of a code when the app is lost.' }) recoveryCodes!: string[];
  @Field(() => AuthPayload, { nullable: true, description: 'For a sign-in that had to enrol first: the session, now with full access.' }) signedIn!: AuthPayload | null;
}
