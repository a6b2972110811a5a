import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DEFAULT_LOCALE } from '@recours/locale';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { namesALocale, requestLocale } from '../../i18n/request-locale';
import { clientAddress } from '../../security/client-address';
import { LoginLimits } from '../../security/login-limits';
import { MerchantInvitations } from '../merchant-invitations';
import { MerchantTakeover } from '../merchant-takeover';
import { Sessions } from '../sessions';
import { InviteMerchantInput, RequestMerchantTakeoverInput, TakeOverMerchantInput } from './account.inputs';
import { AuthPayload, MerchantType } from './account.types';
import { openSession, toMerchant } from './accounts.resolver';

/** Claims against companies not on recours (issue 18 item 3): the consumer invites one, the company takes its profile over. */
@Resolver()
export class MerchantInvitationsResolver {
  constructor(
    private readonly invitations: MerchantInvitations,
    private readonly takeover: MerchantTakeover,
    private readonly limits: LoginLimits,
    private readonly sessions: Sessions,
  ) {}

  @Mutation(() => MerchantType, {
    description:
      'A consumer names a company that is not on recours, to file her claim against it (FileClaimInput.merchantId). Answers the merchant already known for the same SIREN or the same e-mail domain (not a free mail provider’s), else a new one, not on recours (onRecours false, verified false); while nobody acts for it, the address is invited by e-mail to take the profile over. A few per consumer and per day (RATE_LIMITED).',
  })
  async inviteMerchant(@CurrentViewer() viewer: Viewer | null, @Args('input') input: InviteMerchantInput): Promise<MerchantType> {
    const consumer = requireViewer(viewer, 'CONSUMER');
    await this.limits.merchantInvitations(consumer.accountId);
    return toMerchant(await this.invitations.invite(consumer.accountId, { ...input, locale: input.locale ?? DEFAULT_LOCALE }));
  }

  @Query(() => MerchantType, { nullable: true, description: 'The company an invitation e-mail’s link is for, while the link is good and its profile not taken over; null otherwise.' })
  merchantInvitation(@Args('token') token: string): Promise<MerchantType | null> {
    return this.takeover.invitedMerchant(token).then((merchant) => (merchant ? toMerchant(merchant) : null));
  }

  @Mutation(() => Boolean, {
    description:
      "Whoever holds a company's invitation names an address at the company's own domain (not a free mail provider's, nor another merchant's, nor an inviting customer's): a link to take the profile over is sent there (takeOverMerchant). Counts against the merchant's e-mail budget.",
  })
  async requestMerchantTakeover(@Args('input') input: RequestMerchantTakeoverInput, @Context() context: RequestContext): Promise<boolean> {
    await this.takeover.request(input.token, input.email, requestLocale(context), (merchantId) => this.limits.merchantEmails(merchantId));
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      'The link of the takeover e-mail: the merchant is verified by that address, the account is made (its owner, choosing a password) and signed in; the claims filed against the merchant show in its inbox.',
  })
  async takeOverMerchant(@Args('input') input: TakeOverMerchantInput, @Context() context: RequestContext): Promise<AuthPayload> {
    await this.limits.signUp(clientAddress(context.req));
    // The owner's language, as at sign-up: the one its client reads when it names one, else French.
    const locale = namesALocale(context) ? requestLocale(context) : DEFAULT_LOCALE;
    const account = await this.takeover.takeOver(input.token, input.password, input.displayName, locale);
    return openSession(this.sessions, account, context);
  }
}
