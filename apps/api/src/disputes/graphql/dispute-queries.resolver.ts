import { fieldProblem, formalNoticeDemand, isInstant, unpaidAgreement, type Remedy } from '@recours/disputes';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { MerchantType, UserType } from '../../accounts/graphql/account.types';
import { toMerchant, toUser } from '../../accounts/graphql/accounts.resolver';
import { badUserInput, problemAt } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/request-context';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { DisputeReader } from '../dispute-reader.service';
import { DISPUTE_STATE, type DisputeView } from '../dispute-view';
import { assessDisputeRights, RightsAssessment, type RightsAssessmentView } from '../../rights';
import { EARLIEST_ASSESSED_DATE, isCalendarDate, LATEST_ASSESSED_DATE, parisDateOf } from '@recours/consumer-law';
import { chosenLocale, Locale, LOCALE_ARGUMENT, RequestLocale } from '../../i18n';
import { DisputeTimelineText } from '../timeline/dispute-timeline-text';
import { RemedyEnum } from './dispute.enums';
import { DisputeType, TimelineEntryType } from './dispute.types';

@Resolver(() => DisputeType)
export class DisputeQueriesResolver {
  constructor(
    private readonly reader: DisputeReader,
    private readonly timelineText: DisputeTimelineText,
  ) {}

  @Query(() => DisputeType, { description: 'One dispute, if you are one of its parties (otherwise NOT_FOUND, as for a missing one).' })
  dispute(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, UuidArgument) id: string): Promise<DisputeView> {
    return this.reader.view(id, viewer);
  }

  @Query(() => DisputeType, { description: 'The dispute as it stood at a past instant, rebuilt from its events.' })
  disputeAsOf(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }, UuidArgument) id: string,
    @Args('at', { description: 'An ISO 8601 instant, e.g. 2026-03-01T12:00:00Z, or a date (end of that day, UTC).' }) at: string,
  ): Promise<DisputeView> {
    // The domain's one reading of an instant (isInstant): its offset written, so that the answer
    // never depends on the server's time zone (Date read 2026-03-01T12:00:00 in local time, and
    // took "2026-03-01 (hello)"); a date that exists (Date rolls 2025-02-30 over to March 2nd).
    const instant = isCalendarDate(at) ? new Date(`${at}T23:59:59.999Z`) : isInstant(at) ? new Date(at) : null;
    if (!instant) throw badUserInput([problemAt('at', fieldProblem('NOT_AN_INSTANT_OR_DATE'))]);
    // Its rights are assessed on its Paris day, within the days the rights engine assesses on.
    const day = parisDateOf(instant);
    if (day < EARLIEST_ASSESSED_DATE || day > LATEST_ASSESSED_DATE) throw badUserInput([problemAt('at', fieldProblem('DATE_OUT_OF_RANGE', { from: EARLIEST_ASSESSED_DATE, until: LATEST_ASSESSED_DATE }))]);
    return this.reader.view(id, viewer, instant);
  }

  @ResolveField(() => RightsAssessment, {
    description: "The consumer's rights in this dispute, by article, as of the dispute's date (a day in Europe/Paris), in the language chosen.",
  })
  rights(@Parent() dispute: DisputeView, @Args(LOCALE_ARGUMENT) locale: Locale | null, @RequestLocale() requested: Locale): RightsAssessmentView {
    return assessDisputeRights(dispute[DISPUTE_STATE], parisDateOf(dispute.asOf), {}, chosenLocale(locale, requested));
  }

  @ResolveField(() => RemedyEnum, {
    description:
      "The remedy the formal notice recours prepares on the dispute's date demands: the one asked for, save past the legal conformity warranty, the hidden-defects action open (Articles 1641 and 1648 of the French Civil Code), when a repair or a replacement was asked for, which that action does not give: a refund against return of the goods then (Article 1644 of the French Civil Code), the repair or replacement offered as a settlement.",
  })
  formalNoticeDemand(@Parent() dispute: DisputeView): Remedy {
    return formalNoticeDemand(dispute[DISPUTE_STATE], parisDateOf(dispute.asOf));
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether the formal notice recours prepares on the dispute's date demands an agreed refund, price reduction or compensation the consumer reported as not paid, citing the agreement and its date (then formalNoticeDemand is that remedy), rather than the remedy asked for in the claim.",
  })
  formalNoticeCitesAgreement(@Parent() dispute: DisputeView): boolean {
    return unpaidAgreement(dispute[DISPUTE_STATE], parisDateOf(dispute.asOf)) !== null;
  }

  @ResolveField(() => [TimelineEntryType], { description: 'What happened, as this reader may see it, in the language chosen, naming people rather than showing ids.' })
  timeline(@Parent() dispute: DisputeView, @Args(LOCALE_ARGUMENT) locale: Locale | null, @RequestLocale() requested: Locale): Promise<TimelineEntryType[]> {
    return this.timelineText.render(dispute, chosenLocale(locale, requested));
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
