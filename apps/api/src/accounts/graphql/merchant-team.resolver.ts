import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DisputeSummaries } from '@recours/read-models';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { MerchantTeams } from '../merchant-teams';
import { SetAgentTeamRoleInput } from './account.inputs';
import { RemoveMerchantAgentInput, TransferMerchantOwnershipInput } from './merchant-team.inputs';
import { UserType } from './account.types';
import { toUser } from './accounts.resolver';

/** A merchant's team (issue 18 item 2): its agents read who is who; its owner chooses their roles. */
@Resolver()
export class MerchantTeamResolver {
  constructor(
    private readonly teams: MerchantTeams,
    private readonly summaries: DisputeSummaries,
  ) {}

  @Query(() => [UserType], { description: "The agents of the viewer's merchant with their team roles: owner first, then supervisors, then agents (merchant agents only)." })
  async merchantTeam(@CurrentViewer() viewer: Viewer | null): Promise<UserType[]> {
    const who = requireViewer(viewer, 'MERCHANT');
    return (await this.teams.members(who.merchantId as string)).map((account) => toUser(account));
  }

  @Mutation(() => UserType, { description: "The merchant's owner makes another of its agents a SUPERVISOR or an AGENT." })
  async setAgentTeamRole(@CurrentViewer() viewer: Viewer | null, @Args('input') input: SetAgentTeamRoleInput): Promise<UserType> {
    const who = requireViewer(viewer, 'MERCHANT');
    return toUser(await this.teams.setRole(who.accountId, input.agentId, input.teamRole));
  }

  @Mutation(() => Boolean, {
    description:
      "The merchant's owner removes an agent from its team: her tokens end at once and she reaches none of the merchant's cases; she keeps her account, without the merchant. Refused (BAD_USER_INPUT on input.agentId, one problem per case, named by its product and filing day) while she handles open cases; the owner hands the merchant on first (transferMerchantOwnership).",
  })
  async removeMerchantAgent(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RemoveMerchantAgentInput): Promise<boolean> {
    const who = requireViewer(viewer, 'MERCHANT');
    await this.teams.remove(who.accountId, input.agentId, (merchantId, agentId) => this.summaries.openCasesAssignedTo(merchantId, agentId));
    return true;
  }

  @Mutation(() => [UserType], { description: "The merchant's owner hands the merchant to another of its agents, who becomes the owner; the former owner stays as a supervisor. Answers the team." })
  async transferMerchantOwnership(@CurrentViewer() viewer: Viewer | null, @Args('input') input: TransferMerchantOwnershipInput): Promise<UserType[]> {
    const who = requireViewer(viewer, 'MERCHANT');
    await this.teams.transferOwnership(who.accountId, input.agentId);
    return (await this.teams.members(who.merchantId as string)).map((account) => toUser(account));
  }
}
