import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import type { DisputeStatus } from '@recours/disputes';
import { AssociationCases, DisputeSummaries, MediatorCaseload, MerchantInbox, MerchantScorecards, type DisputeSummary } from '@recours/read-models';
import { MerchantType, UserType } from '../../accounts/graphql/account.types';
import { toMerchant, toUser } from '../../accounts/graphql/accounts.resolver';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { paged, toConnection } from './connection';
import { DisputeStatusEnum } from './dispute.enums';
import {
  AssociationCaseConnection,
  AssociationCaseType,
  DisputeSummaryConnection,
  DisputeSummaryType,
  MediatorCaseConnection,
  MerchantInboxConnection,
  MerchantInboxItemType,
  MerchantScorecardType,
} from './dispute-list.types';

/**
 * A dispute at a glance, as the consumer's list and the lists of disputes shared for advice show
 * it; `version` as the reader of the list counts it, as dispute(id) shows it to her.
 */
const summaryOf = (s: DisputeSummary, version: number) => ({
  id: s.disputeId,
  status: s.status,
  whoseTurn: s.turn,
  requestedRemedy: s.requestedRemedy,
  product: s.product,
  price: s.price,
  consumerId: s.consumerId,
  merchantId: s.merchantId,
  nextDeadline: s.nextDeadline,
  openOffer: s.openOffer ? { id: s.openOffer.offerId, by: s.openOffer.side, remedy: s.openOffer.remedy, amount: s.openOffer.amount, expiresAt: s.openOffer.expiresAt } : null,
  filedAt: s.filedAt,
  lastActivityAt: s.lastActivityAt,
  version,
});

const pageArgs = { first: { type: () => Int, nullable: true, description: 'At most this many (default 20, at most 100).' }, after: { nullable: true } } as const;

/** Each audience's list, read from its read model; each role sees its own list only. */
@Resolver()
export class DisputeListsResolver {
  constructor(
    private readonly summaries: DisputeSummaries,
    private readonly inbox: MerchantInbox,
    private readonly caseload: MediatorCaseload,
    private readonly mandatedCases: AssociationCases,
    private readonly scorecards: MerchantScorecards,
    private readonly clock: Clock,
  ) {}

  @Query(() => DisputeSummaryConnection, { description: "The consumer's disputes, newest first." })
  myDisputes(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
    @Args('status', { type: () => DisputeStatusEnum, nullable: true }) status?: DisputeStatus,
  ): Promise<DisputeSummaryConnection> {
    const consumer = requireViewer(viewer, 'CONSUMER');
    return paged(async () => toConnection(await this.summaries.listDisputesForConsumer(consumer.accountId, { first, after, status }), (s) => summaryOf(s, s.consumerVersion)));
  }

  @Query(() => DisputeSummaryConnection, {
    description:
      'Disputes shared for advice (shareDisputeForAdvice), newest first: for a consumer, those she shares with an association; for an association, those its members share with it (it reads them and may not act). Any other role: FORBIDDEN.',
  })
  disputesSharedForAdvice(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
  ): Promise<DisputeSummaryConnection> {
    const who = requireViewer(viewer, 'CONSUMER', 'ASSOCIATION');
    const by = who.role === 'CONSUMER' ? { consumerId: who.accountId } : { associationId: who.accountId };
    // Each reader's own count: an association's leaves out the consumer's sharing with the others, as dispute(id) does.
    return paged(async () => toConnection(await this.summaries.listSharedForAdvice(by, { first, after }), (s) => summaryOf(s, s.readerVersion)));
  }

  @Query(() => MerchantInboxConnection, { description: "What waits for the merchant's after-sales service, soonest due first." })
  async merchantInbox(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
    @Args('status', { type: () => DisputeStatusEnum, nullable: true }) status?: DisputeStatus,
    @Args('overdueOnly', { nullable: true }) overdueOnly?: boolean,
    @Args('unassignedOnly', { nullable: true, description: "Only the cases no agent handles yet: the team's queue." }) unassignedOnly?: boolean,
    @Args('mineOnly', { nullable: true, description: 'Only the cases assigned to the viewer.' }) mineOnly?: boolean,
    @Args('escalatedOnly', { nullable: true, description: 'Only the cases the consumer escalated past the front desk: the supervisors’ queue.' }) escalatedOnly?: boolean,
  ): Promise<MerchantInboxConnection> {
    const agent = requireViewer(viewer, 'MERCHANT');
    return paged(async () => {
      const filters = { unassignedOnly, escalatedOnly, ...(mineOnly && { assignedTo: agent.accountId }) };
      const page = await this.inbox.list(agent.merchantId as string, { first, after, status, overdueOnly, ...filters, now: this.clock.now() });
      const connection = toConnection(page, (item) => ({
        id: item.disputeId,
        consumerId: item.consumerId,
        productName: item.productName,
        status: item.status,
        whoseTurn: item.turn,
        due: item.due ? { kind: item.due.kind, dueAt: item.due.at } : null,
        overdue: item.overdue,
        lastActivityAt: item.lastActivityAt,
        assigneeId: item.assigneeId,
        escalated: item.escalated,
        escalationLevel: item.escalationLevel,
      }));
      return { ...connection, overdueCount: page.overdueCount };
    });
  }

  @Query(() => MediatorCaseConnection, { description: "The mediator's assigned cases, against the 3-week and 90-day clocks." })
  mediatorCaseload(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
    @Args('status', { type: () => DisputeStatusEnum, nullable: true }) status?: DisputeStatus,
  ): Promise<MediatorCaseConnection> {
    const mediator = requireViewer(viewer, 'MEDIATOR');
    return paged(async () =>
      toConnection(await this.caseload.page(mediator.accountId, { first, after, status, now: this.clock.now() }), (c) => ({
        id: c.disputeId,
        consumerId: c.consumerId,
        merchantId: c.merchantId,
        productName: c.productName,
        stage: c.stage,
        status: c.status,
        whoseTurn: c.turn,
        requestedAt: c.requestedAt,
        admissibilityDueAt: c.admissibilityDueAt,
        admissibilityOverdue: c.admissibilityOverdue,
        fileCompletedAt: c.fileCompletedAt,
        outcomeDueOn: c.outcomeDueOn,
        outcomeDueAt: c.outcomeDueAt,
        outcomeOverdue: c.outcomeOverdue,
        outcomeDaysLeft: c.outcomeDaysLeft,
      })),
    );
  }

  @Query(() => AssociationCaseConnection, { description: 'The cases the association holds a live mandate for.' })
  associationCases(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
    @Args('status', { type: () => DisputeStatusEnum, nullable: true }) status?: DisputeStatus,
  ): Promise<AssociationCaseConnection> {
    const association = requireViewer(viewer, 'ASSOCIATION');
    return paged(async () =>
      toConnection(await this.mandatedCases.list(association.accountId, { first, after, status }), (c) => ({
        id: c.disputeId,
        consumerId: c.consumerId,
        merchantId: c.merchantId,
        productName: c.productName,
        status: c.status,
        whoseTurn: c.turn,
        mandateGrantedAt: c.mandateGrantedAt,
        nextDeadline: c.nextDeadline,
        lastActivityAt: c.lastActivityAt,
      })),
    );
  }

  @Query(() => MerchantScorecardType, { description: "A merchant's public scorecard." })
  async merchantScorecard(@Args('merchantId', { type: () => ID }, UuidArgument) merchantId: string, @Context() context: RequestContext): Promise<MerchantScorecardType> {
    if (!(await context.loaders.merchant.load(merchantId))) throw notFound({ en: 'Merchant', fr: 'Professionnel' });
    const card = await this.scorecards.forMerchant(merchantId, { now: this.clock.now() });
    return {
      merchantId,
      claimsReceived: card.claimsReceived,
      answeredInTimeShare: card.answeredInTimeShare,
      medianFirstResponseHours: card.medianFirstResponseSeconds === null ? null : Math.round((card.medianFirstResponseSeconds / 3600) * 10) / 10,
      resolutionRate: card.resolutionRate,
      mediationShare: card.mediationShare,
      averageRating: card.averageRating,
      ratings: card.ratings,
      ratingsFullWeight: null,
      ratingsLimitedWeight: null,
      ratingsSetAside: card.ratingsSetAside,
      answeredInTimeBasis: card.answeredInTimeBasis,
      firstResponseBasis: card.firstResponseBasis,
      resolutionBasis: card.resolutionBasis,
    };
  }
}

/** The merchant of a list item, batched per request. */
@Resolver(() => DisputeSummaryType)
export class DisputeSummaryMerchantResolver {
  @ResolveField(() => MerchantType, { nullable: true })
  async merchant(@Parent() item: DisputeSummaryType, @Context() context: RequestContext): Promise<MerchantType | null> {
    const merchant = await context.loaders.merchant.load(item.merchantId);
    return merchant ? toMerchant(merchant) : null;
  }
}

@Resolver(() => AssociationCaseType)
export class AssociationCaseMerchantResolver {
  @ResolveField(() => MerchantType, { nullable: true })
  async merchant(@Parent() item: AssociationCaseType, @Context() context: RequestContext): Promise<MerchantType | null> {
    const merchant = await context.loaders.merchant.load(item.merchantId);
    return merchant ? toMerchant(merchant) : null;
  }
}

/** Who filed each claim in a merchant's inbox, by name (batched per request), as on the dispute itself. */
@Resolver(() => MerchantInboxItemType)
export class MerchantInboxConsumerResolver {
  @ResolveField(() => UserType, { nullable: true, description: 'The consumer who filed the claim.' })
  async consumer(@Parent() item: MerchantInboxItemType, @Context() context: RequestContext): Promise<UserType | null> {
    const account = await context.loaders.account.load(item.consumerId);
    return account ? toUser(account) : null;
  }

  @ResolveField(() => UserType, { nullable: true, description: "The merchant's agent who handles the case (assignCase); null while it waits in the team's queue." })
  async assignee(@Parent() item: MerchantInboxItemType, @Context() context: RequestContext): Promise<UserType | null> {
    if (!item.assigneeId) return null;
    const account = await context.loaders.account.load(item.assigneeId);
    return account ? toUser(account) : null;
  }
}
