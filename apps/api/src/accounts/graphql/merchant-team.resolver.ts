import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { MerchantTeams } from '../merchant-teams';
import { SetAgentTeamRoleInput } from './account.inputs';
import { UserType } from './account.types';
import { toUser } from './accounts.resolver';

/** A merchant's team (issue 18 item 2): its agents read who is who; its owner chooses their roles. */
@Resolver()
export class MerchantTeamResolver {
  constructor(private readonly teams: MerchantTeams) {}

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
}
