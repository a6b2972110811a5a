import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { VerifiedToken } from '../../auth/token.service';
import { unauthenticated } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { clientAddress } from '../../security/client-address';
import { LoginLimits } from '../../security/login-limits';
import { AccountsService } from '../accounts.service';
import type { AccountEntity } from '../account.entity';
import { Sessions } from '../sessions';
import { TokenVersions } from '../token-versions';
import { TwoFactor } from '../two-factor';
import { ConfirmTwoFactorInput, DisableTwoFactorInput } from './account.inputs';
import { TwoFactorConfirmation, TwoFactorEnrolment, UserType } from './account.types';
import { toUser } from './accounts.resolver';

/**
 * Issue 17 item 5: TOTP two-step verification. Enrolling is open to a signed-in account and to a
 * sign-in that must enrol first (its token is good for these two mutations only).
 */
@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly twoFactor: TwoFactor,
    private readonly sessions: Sessions,
    private readonly versions: TokenVersions,
    private readonly limits: LoginLimits,
  ) {}

  @Mutation(() => TwoFactorEnrolment, { description: 'Starts setting up two-step verification: a new secret for an authenticator app (confirm it with confirmTwoFactor).' })
  async enrolTwoFactor(@Context() context: RequestContext): Promise<TwoFactorEnrolment> {
    return this.twoFactor.enrol(await this.enrollee(context));
  }

  @Mutation(() => TwoFactorConfirmation, { description: 'The first code of the app: two-step verification is on from now, and every other session of the account ends; answers the recovery codes, shown once.' })
  async confirmTwoFactor(@Args('input') input: ConfirmTwoFactorInput, @Context() context: RequestContext): Promise<TwoFactorConfirmation> {
    const account = await this.enrollee(context);
    const recoveryCodes = await this.limits.attempt(account.email, clientAddress(context.req), () => this.twoFactor.confirm(account.id, input.code));
    // On from now for every session: those opened without a code end (a suspected break-in is the
    // usual reason to turn it on), on every way in; the one that turned it on goes on.
    if (!context.enrolling) {
      await this.versions.endSessions(account.id, { except: context.token?.sessionId ?? null });
      return { recoveryCodes, signedIn: null };
    }
    // The sign-in that had to enrol: its restricted session ends with the others, a full one begins.
    await this.versions.endSessions(account.id, { except: null });
    const { token } = await this.sessions.open(account, context.req);
    return { recoveryCodes, signedIn: { token, user: toUser(account, true), twoFactorEnrolmentRequired: false } };
  }

  @Mutation(() => UserType, { description: 'Turns two-step verification off, given the password and a code (or a recovery code). Refused where the role requires it.' })
  async disableTwoFactor(@Args('input') input: DisableTwoFactorInput, @Context() context: RequestContext): Promise<UserType> {
    const viewer = context.viewer;
    if (!viewer) throw unauthenticated();
    const account = await this.limits.attempt((await this.accounts.findAccount(viewer.accountId))?.email ?? viewer.accountId, clientAddress(context.req), async () => {
      const checked = await this.accounts.assertPassword(viewer.accountId, input.password, 'input.password');
      await this.twoFactor.disable(checked, input.code);
      return checked;
    });
    return { ...toUser(account, true), twoFactorEnabled: false, twoFactorRequired: this.twoFactor.isRequired(account.role) };
  }

  /** The signed-in account, or the one of a sign-in that must enrol first. */
  private async enrollee(context: RequestContext): Promise<AccountEntity> {
    const token: VerifiedToken | null | undefined = context.token ?? context.enrolling;
    if (!token) throw unauthenticated();
    const account = await this.accounts.findAccount(token.viewer.accountId);
    if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    return account;
  }
}
