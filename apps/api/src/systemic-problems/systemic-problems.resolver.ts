import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MerchantType } from '../accounts/graphql/account.types';
import { toMerchant } from '../accounts/graphql/accounts.resolver';
import { CurrentViewer, requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/request-context';
import { SystemicProblemsService, validMinMembers } from './systemic-problems.service';
import { SystemicProblemsType, SystemicProblemType } from './systemic-problems.types';

/** Issue 19 item 2: an association's members' complaints, grouped for a group action. */
@Resolver(() => SystemicProblemType)
export class SystemicProblemsResolver {
  constructor(private readonly service: SystemicProblemsService) {}

  @Query(() => SystemicProblemsType, {
    description:
      "For an association: its members' claims (the disputes it holds a live mandate for) grouped by merchant, product category and similar defect, by month. Also as CSV: GET /association/systemic-problems.csv with the same bearer token.",
  })
  async systemicProblems(
    @CurrentViewer() viewer: Viewer | null,
    @Args('minMembers', { type: () => Int, nullable: true, description: 'Only the groups with at least this many members (default 1, at most 1000).' }) minMembers?: number | null,
  ): Promise<SystemicProblemsType> {
    const association = requireViewer(viewer, 'ASSOCIATION');
    const found = await this.service.forAssociation(association.accountId, validMinMembers(minMembers, 'minMembers'));
    return { problems: found.problems, accentsIgnored: found.comparedWith.unaccent, trigramsUsed: found.comparedWith.trigrams };
  }

  @ResolveField(() => MerchantType, { nullable: true })
  async merchant(@Parent() problem: SystemicProblemType, @Context() context: RequestContext): Promise<MerchantType | null> {
    const merchant = await context.loaders.merchant.load(problem.merchantId);
    return merchant ? toMerchant(merchant) : null;
  }
}
