import { showsNothing } from '@recours/disputes';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../../accounts/accounts.service';
import { TwoFactor } from '../../accounts/two-factor';
import { UserType } from '../../accounts/graphql/account.types';
import { toUser } from '../../accounts/graphql/accounts.resolver';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { clientAddress } from '../../security/client-address';
import { LoginLimits } from '../../security/login-limits';
import { AccountErasure } from './account-erasure';
import { EraseDataSubjectInput, EraseMyAccountInput } from './erasure.inputs';

/** Issue 17 item 2: erasure, by the person herself or by the admin on her request. */
@Resolver()
export class ErasureResolver {
  constructor(
    private readonly erasure: AccountErasure,
    private readonly accounts: AccountsService,
    private readonly twoFactor: TwoFactor,
    private readonly limits: LoginLimits,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Erases your account for good: your name, address and sign-in go, your words in every dispute read as erased, your files are deleted, every session ends. The disputes stay for the other parties, with their own words. Asks your password again (and your code with two-step verification on).',
  })
  async eraseMyAccount(@CurrentViewer() viewer: Viewer | null, @Args('input') input: EraseMyAccountInput, @Context() context: RequestContext): Promise<boolean> {
    const { accountId } = requireViewer(viewer);
    // Password and code guessed within the sign-in limits, as at sign-in: a stolen session cannot try many.
    const email = (await this.accounts.findAccount(accountId))?.email ?? accountId;
    await this.limits.attempt(email, clientAddress(context.req), async () => {
      await this.accounts.assertPassword(accountId, input.password, 'input.password');
      await this.twoFactor.confirmIdentity(accountId, input.code, 'input.code');
    });
    await this.erasure.assertErasable(accountId, 'input.password');
    await this.erasure.erase(accountId, { requestedBy: accountId, reason: null });
    return true;
  }

  @Query(() => UserType, { nullable: true, description: 'The administrator finds the account of a person who asks for her data to be erased, by its e-mail address (null: none).' })
  async accountByEmail(@CurrentViewer() viewer: Viewer | null, @Args('email') email: string): Promise<UserType | null> {
    requireViewer(viewer, 'ADMIN');
    const account = await this.accounts.findByEmail(email);
    return account && !account.erasedAt ? toUser(account) : null;
  }

  @Mutation(() => Boolean, {
    description:
      "The administrator erases a person's data on her request (GDPR art. 17), as eraseMyAccount does; the reason, who and when are kept with the erasure, never her data.",
  })
  async eraseDataSubject(@CurrentViewer() viewer: Viewer | null, @Args('input') input: EraseDataSubjectInput): Promise<boolean> {
    const admin = requireViewer(viewer, 'ADMIN');
    const accountId = input.accountId.toLowerCase();
    const reason = input.reason.trim();
    if (showsNothing(reason)) throw badUserInput([{ field: 'input.reason', code: 'BLANK', message: { en: 'is required: the request you act on', fr: 'est obligatoire : la demande à laquelle vous donnez suite' } }]);
    if (accountId === admin.accountId) throw badUserInput([{ field: 'input.accountId', code: 'OWN_ACCOUNT', message: { en: 'is your own account: erase it from your account page', fr: 'est votre propre compte : effacez-le depuis la page de votre compte' } }]);
    const account = await this.accounts.findAccount(accountId);
    if (!account) throw badUserInput([{ field: 'input.accountId', code: 'NO_SUCH_ACCOUNT', message: { en: 'is not an account of recours', fr: 'n’est pas un compte de recours' } }]);
    await this.erasure.assertErasable(accountId, 'input.accountId');
    await this.erasure.erase(accountId, { requestedBy: admin.accountId, reason });
    return true;
  }
}
