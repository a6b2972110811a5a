import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { MerchantType, UserType } from '../../accounts/graphql/account.types';
import { toMerchant, toUser } from '../../accounts/graphql/accounts.resolver';
import { badUserInput } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { DisputeReader } from '../dispute-reader.service';
import { DISPUTE_STATE, type DisputeView } from '../dispute-view';
import { assessDisputeRights, RightsAssessment, type RightsAssessmentView } from '../../rights';
import { dateOf, isCalendarDate } from '@recours/consumer-law';
import { DisputeType } from './dispute.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => DisputeType)
export class DisputeQueriesResolver {
  constructor(private readonly reader: DisputeReader) {}

  @Query(() => DisputeType, { description: 'One dispute, if you are one of its parties (otherwise NOT_FOUND, as for a missing one).' })
  dispute(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<DisputeView> {
    if (!UUID.test(id)) throw badUserInput([{ field: 'id', message: 'must be a dispute id (uuid)' }]);
    return this.reader.view(id, viewer);
  }

  @Query(() => DisputeType, { description: 'The dispute as it stood at a past instant, rebuilt from its events.' })
  disputeAsOf(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { description: 'An ISO 8601 instant, e.g. 2026-03-01T12:00:00Z, or a date (end of that day, UTC).' }) at: string,
  ): Promise<DisputeView> {
    if (!UUID.test(id)) throw badUserInput([{ field: 'id', message: 'must be a dispute id (uuid)' }]);
    const instant = /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T23:59:59.999Z`) : new Date(at);
    // The date part must exist: Date rolls 2025-02-30 over to March 2nd instead of refusing it.
    if (Number.isNaN(instant.getTime()) || !isCalendarDate(at.slice(0, 10))) throw badUserInput([{ field: 'at', message: 'must be an ISO 8601 instant or a YYYY-MM-DD date' }]);
    return this.reader.view(id, viewer, instant);
  }

  @ResolveField(() => RightsAssessment, { description: "The consumer's rights in this dispute, by article, as of the dispute's date." })
  rights(@Parent() dispute: DisputeView): RightsAssessmentView {
    return assessDisputeRights(dispute[DISPUTE_STATE], dateOf(dispute.asOf));
  }

  @ResolveField(() => UserType, { nullable: true })
  async consumer(@Parent() dispute: DisputeView, @Context() context: RequestContext): Promise<UserType | null> {
    const account = await context.loaders.account.load(dispute.consumerId);
    return account ? toUser(account) : null;
  }

  @ResolveField(() => MerchantType, { nullable: true })
  async merchant(@Parent() dispute: DisputeView, @Context() context: RequestContext): Promise<MerchantType | null> {
    const merchant = await context.loaders.merchant.load(dispute.merchantId);
    return merchant ? toMerchant(merchant) : null;
  }
}
