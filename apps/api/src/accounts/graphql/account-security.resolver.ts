import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { clientAddress } from '../../security/client-address';
import { LoginLimits } from '../../security/login-limits';
import { AccountsService } from '../accounts.service';
import { Sessions } from '../sessions';
import { TokenVersions } from '../token-versions';
import { ChangePasswordInput, RevokeSessionInput } from './account.inputs';
import { AuthPayload, SessionType } from './account.types';
import { toUser } from './accounts.resolver';

/** Issue 17 item 5: the password and the sessions of the signed-in account. */
@Resolver()
export class AccountSecurityResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: Sessions,
    private readonly versions: TokenVersions,
    private readonly limits: LoginLimits,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'A new password, given the current one: every session ends (every token issued before is refused), and a fresh token for this one is answered.',
  })
  async changePassword(@CurrentViewer() viewer: Viewer | null, @Args('input') input: ChangePasswordInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { accountId } = requireViewer(viewer);
    // The current password is guessed within the sign-in limits: a stolen session cannot try many.
    const email = (await this.accounts.findAccount(accountId))?.email ?? accountId;
    await this.limits.attempt(email, clientAddress(context.req), () => this.accounts.assertPassword(accountId, input.currentPassword, 'input.currentPassword'));
    return this.accounts.changePassword(
      accountId,
      input.newPassword,
      (id, manager) => this.versions.revoke(id, manager),
      async (changed, manager) => ({ token: (await this.sessions.open(changed, context.req, { manager })).token, user: toUser(changed, true), twoFactorEnrolmentRequired: false }),
    );
  }

  @Query(() => [SessionType], { description: 'Where the account is signed in: each session, the latest used first (never its token).' })
  async mySessions(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<SessionType[]> {
    const { accountId } = requireViewer(viewer);
    const current = context.token?.sessionId ?? null;
    return (await this.sessions.list(accountId)).map((s) => ({ ...s, current: s.id === current }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions: its token is refused from its next request on.' })
  async revokeSession(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RevokeSessionInput): Promise<boolean> {
    const { accountId } = requireViewer(viewer);
    const ended = await this.versions.endSessions(accountId, { only: input.sessionId.toLowerCase() });
    if (ended.length === 0) throw badUserInput([{ field: 'input.sessionId', code: 'NOT_A_RUNNING_SESSION', message: { en: 'is not a session of yours that is still running', fr: 'n’est pas une de vos sessions en cours' } }]);
    return true;
  }

  /**
   * Signing out ends the session on the server: a token copied elsewhere (a shared computer's
   * browser profile, a proxy's log, an extension) no longer signs anyone in, and the session is no
   * longer listed as running. Dropping the token in the browser alone left it good until it expired.
   */
  @Mutation(() => Boolean, {
    description:
      'Signs out: ends the session of this request, whose token is refused from its next request on (its live subscriptions end too). True when it ended; false for a token of no session (issued before sessions existed), which lasts until it expires.',
  })
  async signOut(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    const { accountId } = requireViewer(viewer);
    const sessionId = context.token?.sessionId;
    if (!sessionId) return false;
    return (await this.versions.endSessions(accountId, { only: sessionId })).length > 0;
  }

  @Mutation(() => Int, { description: 'Ends every session but the one of this request; answers how many ended.' })
  async revokeOtherSessions(@CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<number> {
    const { accountId } = requireViewer(viewer);
    return (await this.versions.endSessions(accountId, { except: context.token?.sessionId ?? null })).length;
  }
}
