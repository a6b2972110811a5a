import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LoginThrottlerGuard } from '../../security/login-throttling';
import { requireViewer, CurrentViewer } from '../../auth/current-viewer.decorator';
import { TokenService } from '../../auth/token.service';
import type { Viewer } from '../../auth/viewer';
import { badUserInput, unauthenticated } from '../../graphql/errors';
import type { AccountEntity } from '../account.entity';
import { AccountsService } from '../accounts.service';
import type { MerchantEntity } from '../merchant.entity';
import { AddMerchantAgentInput, CreateAccountInput, LoginInput, SignUpInput, UpdateMerchantProfileInput } from './account.inputs';
import { AuthPayload, MerchantType, UserType, type Role } from './account.types';

export const toUser = (account: AccountEntity, self = false): UserType => ({
  id: account.id,
  role: account.role as Role,
  merchantId: account.merchantId,
  displayName: account.displayName,
  merchantOwner: account.merchantOwner,
  ...(self ? { email: account.email } : {}),
});

export const toMerchant = (merchant: MerchantEntity): MerchantType => ({
  id: merchant.id,
  name: merchant.name,
  supportChannels: { ...merchant.supportChannels, servicePoints: merchant.supportChannels.servicePoints ?? [] } as MerchantType['supportChannels'],
  designatedMediatorId: merchant.designatedMediatorId,
});

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokenService,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Sign up as a consumer, or as a merchant (which creates the merchant).' })
  @UseGuards(LoginThrottlerGuard)
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    const account = await this.accounts.create({ ...input, role: input.role });
    return { token: this.tokens.issue(account), user: toUser(account, true) };
  }

  @Mutation(() => AuthPayload)
  @UseGuards(LoginThrottlerGuard)
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    const account = await this.accounts.authenticate(input.email, input.password);
    return { token: this.tokens.issue(account), user: toUser(account, true) };
  }

  @Mutation(() => UserType, { description: 'Admin only: accounts for mediators, associations and admins.' })
  async createAccount(@CurrentViewer() viewer: Viewer | null, @Args('input') input: CreateAccountInput): Promise<UserType> {
    requireViewer(viewer, 'ADMIN');
    return toUser(await this.accounts.create({ ...input, role: input.role }));
  }

  @Mutation(() => UserType, { description: "The merchant's first user adds an agent of the same merchant." })
  async addMerchantAgent(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AddMerchantAgentInput): Promise<UserType> {
    const owner = await this.accounts.findAccount(requireViewer(viewer, 'MERCHANT').accountId);
    this.accounts.assertMerchantOwner(owner);
    return toUser(await this.accounts.create({ ...input, role: 'MERCHANT', merchantId: owner.merchantId as string }));
  }

  @Mutation(() => MerchantType, { description: "A merchant agent updates its merchant's support channels and designated mediator." })
  async updateMerchantProfile(@CurrentViewer() viewer: Viewer | null, @Args('input') input: UpdateMerchantProfileInput): Promise<MerchantType> {
    const agent = requireViewer(viewer, 'MERCHANT');
    const { designatedMediatorId, ...channels } = input;
    const supportChannels = Object.fromEntries(Object.entries(channels).filter(([, v]) => v !== undefined));
    if (Object.keys(supportChannels).length === 0 && designatedMediatorId === undefined) throw badUserInput([{ field: 'input', message: 'changes nothing' }]);
    return toMerchant(await this.accounts.updateMerchantProfile(agent.merchantId as string, { supportChannels, designatedMediatorId }));
  }

  @Query(() => UserType, { description: 'The signed-in account.' })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserType> {
    const account = await this.accounts.findAccount(requireViewer(viewer).accountId);
    if (!account) throw unauthenticated('This account no longer exists');
    return toUser(account, true);
  }

  @Query(() => [MerchantType], { description: 'The public merchant directory, searched by name.' })
  async merchants(
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
  ): Promise<MerchantType[]> {
    if (search !== undefined && search.length > 100) throw badUserInput([{ field: 'search', message: 'must be at most 100 characters' }]);
    if (first < 1 || first > 200) throw badUserInput([{ field: 'first', message: 'must be between 1 and 200' }]);
    return (await this.accounts.searchMerchants(search, first)).map(toMerchant);
  }
}
