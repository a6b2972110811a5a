import { fieldProblem, showsNothing } from '@recours/disputes';
import { GraphQLError } from 'graphql';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import type { RequestContext } from '../../graphql/request-context';
import { clientAddress } from '../../security/client-address';
import { LoginLimits } from '../../security/login-limits';
import { requireViewer, CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput, problemAt, unauthenticated } from '../../graphql/errors';
import { isWebAddress, webAddressProblem } from '../../graphql/web-address';
import { phoneNumberProblem } from '../../graphql/phone-number';
import type { AccountEntity } from '../account.entity';
import { AccountsService } from '../accounts.service';
import { isOnRecours, type MerchantEntity } from '../merchant.entity';
import { namesALocale, requestLocale } from '../../i18n/request-locale';
import { DEFAULT_LOCALE, say, type Locale } from '@recours/locale';
import { Sessions } from '../sessions';
import { AccountProfile } from '../account-profile';
import { TwoFactor } from '../two-factor';
import { TokenVersions } from '../token-versions';
import { SignUpAnswerTime } from '../sign-up-answer-time';
import type { AddressConfirmed, PendingAgent } from '../accounts.service';
import type { MerchantVerificationOutcome } from '../merchant-verification';
import type { InvitedProfileOutcome } from '../takeover-rule';
import { AcceptAgentInvitationInput, AddMerchantAgentInput, ConfirmEmailInput, CreateAccountInput, LoginInput, RequestMerchantVerificationInput, SignUpInput, UpdateMerchantProfileInput, RequestPasswordResetInput, ResetPasswordInput, RequestEmailConfirmationInput, RequestEmailChangeInput, UpdateMyProfileInput } from './account.inputs';
import { AuthPayload, EmailConfirmationPayload, InvitedProfile, MerchantType, MerchantVerification, UserType, type Role, type TeamRole } from './account.types';

export const toUser = (account: AccountEntity, self = false): UserType => ({
  id: account.id,
  role: account.role as Role,
  merchantId: account.merchantId,
  displayName: account.displayName,
  merchantOwner: account.merchantOwner,
  teamRole: account.role === 'MERCHANT' && account.merchantId ? ((account.teamRole ?? 'AGENT') as TeamRole) : null,
  pending: false,
  ...(self ? { email: account.email, emailVerified: account.emailVerifiedAt !== null, locale: (account.locale ?? DEFAULT_LOCALE) as UserType['locale'] } : {}),
});

/** An invited agent, answered alike whether the address has an account or not. */
export const toPendingUser = (invited: PendingAgent): UserType => ({
  id: invited.invitationId,
  role: 'MERCHANT' as Role,
  merchantId: invited.merchantId,
  displayName: invited.displayName,
  merchantOwner: false,
  teamRole: invited.teamRole as TeamRole,
  pending: true,
});

const VERIFICATION_MESSAGES: Record<MerchantVerificationOutcome | 'ADDRESS' | 'NEW_ADDRESS', Record<Locale, string>> = {
  ADDRESS: { en: 'Your e-mail address is confirmed.', fr: 'Votre adresse e-mail est confirmée.' },
  NEW_ADDRESS: { en: 'Your account now uses this address: sign in again with it.', fr: 'Votre compte utilise désormais cette adresse : reconnectez-vous avec elle.' },
  VERIFIED: { en: 'Address confirmed: your merchant now shows as verified, with this address’s domain.', fr: 'Adresse confirmée : votre entreprise apparaît désormais comme vérifiée, avec le domaine de cette adresse.' },
  ALREADY_VERIFIED: { en: 'Address confirmed; your merchant was already verified.', fr: 'Adresse confirmée ; votre entreprise était déjà vérifiée.' },
  FREE_MAIL_DOMAIN: {
    en: 'Address confirmed, but it is at a free mail provider, which does not show who runs a merchant: confirm an address at your own domain to be verified.',
    fr: 'Adresse confirmée, mais elle est chez un fournisseur de messagerie gratuit, qui ne dit pas qui tient une entreprise : confirmez une adresse à votre propre domaine pour que votre entreprise soit vérifiée.',
  },
  NAME_TAKEN: {
    en: 'Address confirmed, but a verified merchant already shows this name: your merchant stays unverified. Contact us if the name is yours.',
    fr: 'Adresse confirmée, mais un professionnel vérifié porte déjà ce nom : votre entreprise reste non vérifiée. Contactez-nous si ce nom est le vôtre.',
  },
};

/** A merchant who signed up at the domain of a company customers invited, confirming her address. */
const INVITED_PROFILE_MESSAGES: Record<InvitedProfileOutcome, Record<Locale, string>> = {
  TAKEN_OVER: {
    en: 'Address confirmed: customers had invited your company to recours, and its profile is now yours, verified with this address’s domain. The claims they filed before you joined are in your inbox; their deadlines run from their filing. Sign in again to answer them.',
    fr: 'Adresse confirmée : des clients avaient invité votre entreprise sur recours, et son profil est désormais le vôtre, vérifié avec le domaine de cette adresse. Les réclamations qu’ils ont déposées avant votre arrivée sont dans votre boîte de réception ; leurs délais courent depuis leur dépôt. Reconnectez-vous pour y répondre.',
  },
  ALREADY_TAKEN_OVER: {
    en: 'Address confirmed, but someone from your company already took its profile over on recours: ask its owner there to invite you to the team.',
    fr: 'Adresse confirmée, mais quelqu’un de votre entreprise a déjà repris son profil sur recours : demandez à son responsable de vous inviter dans l’équipe.',
  },
  NOT_TAKEN_OVER: {
    en: 'Address confirmed, but it no longer shows that you run the company customers invited (another merchant verified this domain, or shows its name): contact us.',
    fr: 'Adresse confirmée, mais elle ne montre plus que vous tenez l’entreprise que des clients ont invitée (un autre professionnel a vérifié ce domaine, ou porte son nom) : contactez-nous.',
  },
};

export const toMerchant = (merchant: MerchantEntity): MerchantType => ({
  id: merchant.id,
  name: merchant.name,
  supportChannels: {
    ...merchant.supportChannels,
    // A chat stored before it had to be a web page (2026-12-05) is not shown: it could be a script.
    chat: merchant.supportChannels.chat && isWebAddress(merchant.supportChannels.chat) ? merchant.supportChannels.chat : null,
    servicePoints: merchant.supportChannels.servicePoints ?? [],
  } as MerchantType['supportChannels'],
  designatedMediatorId: merchant.designatedMediatorId,
  mediationBodyId: merchant.mediationBodyId ?? null,
  verified: merchant.verifiedAt !== null,
  verifiedDomain: merchant.verifiedDomain,
  onRecours: isOnRecours(merchant),
});

/** A new session for the account, and its token. */
export async function openSession(sessions: Sessions, account: AccountEntity, context: RequestContext): Promise<AuthPayload> {
  const { token } = await sessions.open(account, context.req);
  return { token, user: toUser(account, true), twoFactorEnrolmentRequired: false };
}

const isAlreadyRegistered = (error: unknown) =>
  error instanceof GraphQLError && ((error.extensions.fields ?? []) as Array<{ code?: string }>).some((f) => f.code === 'ALREADY_REGISTERED');

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: Sessions,
    private readonly limits: LoginLimits,
    private readonly tokenVersions: TokenVersions,
    private readonly twoFactor: TwoFactor,
    private readonly profile: AccountProfile,
  ) {}

  private readonly signUpAnswerTime = new SignUpAnswerTime();

  @Mutation(() => AuthPayload, { description: 'Sign up as a consumer, or as a merchant (which creates the merchant).' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: RequestContext): Promise<AuthPayload> {
    await this.limits.signUp(clientAddress(context.req));
    // The account's language: the one it chose, else the one its client reads (when it names one), else French.
    const locale = input.locale ?? (namesALocale(context) ? requestLocale(context) : DEFAULT_LOCALE);
    // Timed from the address's check, where a new account and a taken address part ways (SignUpAnswerTime).
    let checkedAt: number | undefined;
    const addressChecked = () => void (checkedAt = performance.now());
    try {
      const signedIn = await this.signedIn(await this.accounts.create({ ...input, role: input.role, locale, confirmEmailIn: locale }, addressChecked), context);
      if (checkedAt !== undefined) this.signUpAnswerTime.succeeded(performance.now() - checkedAt);
      return signedIn;
    } catch (error) {
      if (isAlreadyRegistered(error)) await this.signUpAnswerTime.padRefusal(checkedAt ?? performance.now());
      throw error;
    }
  }

  @Mutation(() => Boolean, {
    description: 'Forgotten password: e-mails a link (valid one hour, once) to the account of this address, if there is one. Answers true either way, in the same time.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() context: RequestContext): Promise<boolean> {
    await this.limits.passwordResets(clientAddress(context.req), input.email);
    await this.accounts.requestPasswordReset(input.email, requestLocale(context));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "The signed-in account's address confirmation e-mail, sent again (lost, or its link expired): a new link (valid a week, once) to the account's own address, in its language; the links sent before stop working. A merchant account awaiting the profile of a company customers invited keeps awaiting it: the new link hands it over as the first would have. Refused when the address is already confirmed (DOMAIN_RULE, EMAIL_ALREADY_CONFIRMED), unless the account still awaits that profile by an unused link (its address confirmed by a password reset); a few an hour (RATE_LIMITED). Answers true when the e-mail is on its way.",
  })
  async resendEmailConfirmation(@CurrentViewer() viewer: Viewer | null): Promise<boolean> {
    const account = await this.accounts.findAccount(requireViewer(viewer).accountId);
    if (!account || account.erasedAt) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    await this.limits.emailConfirmations(account.email);
    await this.accounts.resendAddressConfirmation(account.id);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Signed out: the address confirmation e-mail sent again to the account of this address, if it has one whose address is not confirmed yet (as resendEmailConfirmation). Answers true either way, in the same time, so that it says nothing of the address.',
  })
  async requestEmailConfirmation(@Args('input') input: RequestEmailConfirmationInput, @Context() context: RequestContext): Promise<boolean> {
    await this.limits.emailConfirmations(input.email, clientAddress(context.req));
    await this.accounts.requestAddressConfirmation(input.email, requestLocale(context));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "A new e-mail address for the signed-in account (GDPR art. 16), given its password (WRONG_PASSWORD on input.currentPassword, within the sign-in limits; nothing is sent): a link (valid a day, once) to the new address, spelt as sign-up spells it, and a notice to the current one. The address changes only when the link is used (confirmEmail): every session then ends, as with a new password, and the account signs in with the new address. A new request, or a new password, voids the links asked before. Answers true alike when the new address already has an account (it then gets no link), so that it says nothing of other people's addresses. A few an hour (RATE_LIMITED), as the confirmation e-mails, for the account and for the new address.",
  })
  async requestEmailChange(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RequestEmailChangeInput, @Context() context: RequestContext): Promise<boolean> {
    const { accountId } = requireViewer(viewer);
    const account = await this.accounts.findAccount(accountId);
    if (!account || account.erasedAt) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    // The password is guessed within the sign-in limits, as changePassword's: a stolen session cannot try many.
    await this.limits.attempt(account.email, clientAddress(context.req), () => this.accounts.assertPassword(accountId, input.currentPassword, 'input.currentPassword'));
    await this.limits.emailConfirmations(account.email);
    // And by the address it is sent to, as a signed-out request counts it: otherwise each account one signs up mails anyone's address a few links an hour more.
    await this.limits.emailConfirmations(input.newEmail);
    await this.accounts.requestEmailChange(accountId, input.newEmail);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'A new password through the link of a reset e-mail: every session opened before ends; answers a fresh token.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const account = await this.accounts.resetPassword(input.token, input.password, (accountId, manager) => this.tokenVersions.revoke(accountId, manager));
    return this.signedIn(account, context);
  }

  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { account, enrolled } = await this.limits.attempt(input.email, clientAddress(context.req), async () => {
      const found = await this.accounts.authenticate(input.email, input.password);
      // With two-step verification on, the code too (TWO_FACTOR_REQUIRED when it is missing).
      return { account: found, enrolled: await this.twoFactor.checkSignIn(found.id, input.code) };
    });
    if (!enrolled && this.twoFactor.isRequired(account.role)) {
      // Its role must use two-step verification: this sign-in may set it up, and nothing else.
      const { token } = await this.sessions.open(account, context.req, { enrolmentOnly: true });
      return { token, user: toUser(account, true), twoFactorEnrolmentRequired: true };
    }
    return this.signedIn(account, context);
  }

  @Mutation(() => UserType, { description: 'Admin only: accounts for mediators, associations and admins.' })
  async createAccount(@CurrentViewer() viewer: Viewer | null, @Args('input') input: CreateAccountInput): Promise<UserType> {
    requireViewer(viewer, 'ADMIN');
    return toUser(await this.accounts.create({ ...input, role: input.role }));
  }

  @Mutation(() => UserType, {
    description:
      "The merchant's first user invites an agent of the same merchant: an e-mail with a link to accept (acceptAgentInvitation). Answers a pending user, the same whether the address has an account or not.",
  })
  async addMerchantAgent(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AddMerchantAgentInput, @Context() context: RequestContext): Promise<UserType> {
    const owner = await this.accounts.findAccount(requireViewer(viewer, 'MERCHANT').accountId);
    this.accounts.assertMerchantOwner(owner);
    await this.limits.merchantEmails(owner.merchantId as string);
    return toPendingUser(await this.accounts.inviteAgent(owner, input.email, input.displayName, requestLocale(context), input.teamRole));
  }

  @Mutation(() => AuthPayload, { description: 'The invited agent accepts, choosing a password: the account is made, its address confirmed by the link.' })
  async acceptAgentInvitation(@Args('input') input: AcceptAgentInvitationInput, @Context() context: RequestContext): Promise<AuthPayload> {
    await this.limits.signUp(clientAddress(context.req));
    const account = await this.accounts.acceptInvitation(input.token, input.password, input.displayName, (accountId, manager) => this.tokenVersions.revoke(accountId, manager));
    return this.signedIn(account, context);
  }

  @Mutation(() => EmailConfirmationPayload, { description: "The link of a confirmation e-mail: confirms the account's address, or gives it the new address it asked for (requestEmailChange: every session then ends); a merchant's owner confirming an address at its own domain verifies the merchant. A link that may verify a merchant, or hand an invited company's profile over, works only signed in as the account it was issued for (FORBIDDEN otherwise, the link still usable)." })
  async confirmEmail(@Args('input') input: ConfirmEmailInput, @Context() context: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<EmailConfirmationPayload> {
    const confirmed: AddressConfirmed = await this.accounts.confirmAddress(input.token, (accountId, manager) => this.tokenVersions.revoke(accountId, manager), viewer?.accountId ?? null);
    const outcome = confirmed.merchantVerification;
    const invited = confirmed.invitedProfile;
    return {
      user: toUser(confirmed.account),
      merchant: confirmed.merchant ? toMerchant(confirmed.merchant) : null,
      merchantVerification: outcome ? MerchantVerification[outcome] : null,
      invitedProfile: invited ? InvitedProfile[invited] : null,
      addressChanged: confirmed.addressChanged === true,
      message: say(invited ? INVITED_PROFILE_MESSAGES[invited] : VERIFICATION_MESSAGES[confirmed.addressChanged ? 'NEW_ADDRESS' : (outcome ?? 'ADDRESS')], requestLocale(context)),
    };
  }

  @Mutation(() => Boolean, { description: "The merchant's first user asks to confirm an address at the merchant's own domain, to be verified: a link is sent there (confirmEmail)." })
  async requestMerchantVerification(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RequestMerchantVerificationInput, @Context() context: RequestContext): Promise<boolean> {
    const owner = await this.accounts.findAccount(requireViewer(viewer, 'MERCHANT').accountId);
    this.accounts.assertMerchantOwner(owner);
    await this.accounts.assertMerchantAddressMayVerify(owner, input.email);
    await this.limits.merchantEmails(owner.merchantId as string);
    await this.accounts.requestMerchantAddressConfirmation(owner, input.email, requestLocale(context));
    return true;
  }

  @Mutation(() => MerchantType, { description: "A merchant agent updates its merchant's support channels and designated mediator." })
  async updateMerchantProfile(@CurrentViewer() viewer: Viewer | null, @Args('input') input: UpdateMerchantProfileInput): Promise<MerchantType> {
    const agent = requireViewer(viewer, 'MERCHANT');
    const { designatedMediatorId, mediationBodyId, ...channels } = input;
    // A place listed twice is listed once.
    const servicePoints = channels.servicePoints && [...new Set(channels.servicePoints.map((point) => point.trim()))];
    // Null or blank clears a channel (the form sends what the merchant emptied); absent keeps it.
    const cleared = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null);
    const supportChannels = Object.fromEntries(
      Object.entries({ ...channels, email: cleared(channels.email), chat: cleared(channels.chat), hotline: cleared(channels.hotline), servicePoints }).filter(([, v]) => v !== undefined),
    );
    if (Object.keys(supportChannels).length === 0 && designatedMediatorId === undefined && mediationBodyId === undefined) throw badUserInput([problemAt('input', fieldProblem('CHANGES_NOTHING'))]);
    // Shown to the public: the chat as a link (a web page, never a script), the hotline as a number
    // to call (the association's rule), each service point as a place (never an empty line).
    const problems = [
      webAddressProblem('input.chat', input.chat),
      phoneNumberProblem('input.hotline', input.hotline),
      ...(input.servicePoints ?? []).map((point, i) => (showsNothing(point) ? problemAt(`input.servicePoints.${i}`, fieldProblem('BLANK')) : null)),
    ].filter((problem) => problem !== null);
    if (problems.length > 0) throw badUserInput(problems);
    return toMerchant(await this.accounts.updateMerchantProfile(agent.merchantId as string, { supportChannels, designatedMediatorId, mediationBodyId }));
  }

  private signedIn(account: AccountEntity, context: RequestContext): Promise<AuthPayload> {
    return openSession(this.sessions, account, context);
  }

  @Query(() => UserType, { description: 'The signed-in account.' })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserType> {
    const account = await this.accounts.findAccount(requireViewer(viewer).accountId);
    if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    const twoFactor = await this.twoFactor.status(account);
    return { ...toUser(account, true), twoFactorEnabled: twoFactor.enabled, twoFactorRequired: twoFactor.required, awaitsInvitedProfile: await this.accounts.awaitsInvitedProfile(account) };
  }

  @Mutation(() => UserType, {
    description:
      'Your name, as the others read it on your disputes, their timelines, e-mails and search (GDPR art. 16, rectification): checked as sign-up checks it, shown everywhere from now on. The names you gave up are kept for your erasure to find them, and listed in your archive (myData).',
  })
  async updateMyProfile(@CurrentViewer() viewer: Viewer | null, @Args('input') input: UpdateMyProfileInput): Promise<UserType> {
    const { accountId } = requireViewer(viewer);
    // Counted only when the name changes: the same name again is answered as done, and costs nothing.
    await this.profile.rename(accountId, input.displayName, () => this.limits.renames(accountId));
    const account = await this.accounts.findAccount(accountId);
    if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    return toUser(account, true);
  }

  @Query(() => [MerchantType], { description: 'The public merchant directory, searched by name.' })
  async merchants(
    // GraphQL lets a client send null for a nullable argument even where it has a default:
    // null means "not given" here (the web app's first step sends search: null).
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number | null,
  ): Promise<MerchantType[]> {
    const limit = first ?? 50;
    if (search && search.length > 100) throw badUserInput([problemAt('search', fieldProblem('TOO_LONG', { max: 100 }))]);
    if (limit < 1 || limit > 200) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 200 }))]);
    return (await this.accounts.searchMerchants(search ?? undefined, limit)).map(toMerchant);
  }

  // A page about one merchant (its public page, its own profile) asks for it by id: looking it up
  // in the first page of the directory missed every merchant past the 200th.
  @Query(() => MerchantType, { nullable: true, description: 'One merchant of the public directory, by id; null when there is none.' })
  async merchant(@Args('id', { type: () => ID }, UuidArgument) id: string, @Context() context: RequestContext): Promise<MerchantType | null> {
    const merchant = await context.loaders.merchant.load(id);
    return merchant ? toMerchant(merchant) : null;
  }
}
