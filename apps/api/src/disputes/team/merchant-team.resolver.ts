import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { MerchantTeams } from '../../accounts/merchant-teams';
import { SetAgentTeamRoleInput } from '../../accounts/graphql/account.inputs';
import { RemoveMerchantAgentInput, TransferMerchantOwnershipInput } from '../../accounts/graphql/merchant-team.inputs';
import { UserType } from '../../accounts/graphql/account.types';
import { toPendingUser, toUser } from '../../accounts/graphql/accounts.resolver';
import { DepartedAgentCases } from './departed-agent-cases';

/**
 * A merchant's team (issue 18 item 2): its agents read who is who; its owner chooses their roles.
 * With the disputes (not the accounts) because removing an agent puts her cases back in the queue.
 */
@Resolver()
export class MerchantTeamResolver {
  constructor(
    private readonly teams: MerchantTeams,
    private readonly departedAgentCases: DepartedAgentCases,
  ) {}

  @Query(() => [UserType], { description: "The agents of the viewer's merchant with their team roles: owner first, then supervisors, then agents (merchant agents only)." })
  async merchantTeam(@CurrentViewer() viewer: Viewer | null): Promise<UserType[]> {
    const who = requireViewer(viewer, 'MERCHANT');
    return (await this.teams.members(who.merchantId as string)).map((account) => toUser(account));
  }

  @Query(() => [UserType], {
    description:
      "The agents the merchant's owner invited who have not accepted yet, oldest first (pending; the id is the invitation's, which removeMerchantAgent withdraws). The owner only; an expired invitation is not listed.",
  })
  async pendingAgentInvitations(@CurrentViewer() viewer: Viewer | null): Promise<UserType[]> {
    const who = requireViewer(viewer, 'MERCHANT');
    return (await this.teams.pendingInvitations(who.accountId)).map((invited) => toPendingUser(invited));
  }

  @Mutation(() => UserType, { description: "The merchant's owner makes another of its agents a SUPERVISOR or an AGENT." })
  async setAgentTeamRole(@CurrentViewer() viewer: Viewer | null, @Args('input') input: SetAgentTeamRoleInput): Promise<UserType> {
    const who = requireViewer(viewer, 'MERCHANT');
    return toUser(await this.teams.setRole(who.accountId, input.agentId, input.teamRole));
  }

  @Mutation(() => Boolean, {
    description:
      "The merchant's owner removes an agent from its team: her tokens end at once, she reaches none of the merchant's cases and hears of none; she keeps her account, without the merchant, and may be invited again. Her open cases go back to the team's queue of unassigned cases. The owner hands the merchant on first (transferMerchantOwnership). Given the id of an invitation still pending (addMerchantAgent's answer), withdraws it: its link no longer lets anyone join.",
  })
  async removeMerchantAgent(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RemoveMerchantAgentInput): Promise<boolean> {
    const who = requireViewer(viewer, 'MERCHANT');
    if ((await this.teams.remove(who.accountId, input.agentId)) === 'AGENT_REMOVED') await this.departedAgentCases.returnToQueue(input.agentId, 'AGENT_REMOVED');
    return true;
  }

  @Mutation(() => [UserType], { description: "The merchant's owner hands the merchant to another of its agents, who becomes the owner; the former owner stays as a supervisor. Answers the team." })
  async transferMerchantOwnership(@CurrentViewer() viewer: Viewer | null, @Args('input') input: TransferMerchantOwnershipInput): Promise<UserType[]> {
    const who = requireViewer(viewer, 'MERCHANT');
    await this.teams.transferOwnership(who.accountId, input.agentId);
    return (await this.teams.members(who.merchantId as string)).map((account) => toUser(account));
  }
}
