import { Module } from '@nestjs/common';
import { MediationBodies } from '../mediation-bodies/mediation-bodies';
import { DisputeCommandsModule } from '@recours/dispute-commands';
import { ProjectionProgress } from '@recours/read-models';
import { AccountsModule } from '../accounts/accounts.module';
import { DisputeReader } from './dispute-reader.service';
import { DisputeMutationsResolver } from './graphql/dispute-mutations.resolver';
import { DisputeQueriesResolver } from './graphql/dispute-queries.resolver';
import { PASSAGE_LANGUAGE_RESOLVERS } from './graphql/passage-language.resolver';
import { AssociationCaseMerchantResolver, DisputeListsResolver, DisputeSummaryMerchantResolver, MerchantInboxConsumerResolver } from './graphql/dispute-lists.resolver';
import { DisputeUpdatedResolver } from './live/dispute-updated.resolver';
import { DisputeUpdatesHub } from './live/dispute-updates.hub';
import { DisputeViews } from './live/dispute-views';
import { ReadYourWrites } from './read-your-writes';
import { DisputeIntegrityResolver } from './integrity/dispute-integrity.resolver';
import { DisputeTimelineText } from './timeline/dispute-timeline-text';
import { RatingClusters } from '../ratings/rating-clusters';
import { RatingClustersResolver } from '../ratings/rating-clusters.resolver';
import { AssociationsModule } from '../associations/associations.module';
import { DisputeAccessLog } from '../privacy/dispute-access-log';
import { DisputeAccessLogResolver } from '../privacy/dispute-access-log.resolver';

import { MerchantTeamFieldsResolver } from './graphql/merchant-team-fields.resolver';
import { DepartedAgentCases } from './team/departed-agent-cases';
import { MerchantTeamResolver } from './team/merchant-team.resolver';
@Module({
  imports: [DisputeCommandsModule, AccountsModule, AssociationsModule],
  providers: [DisputeReader, DisputeTimelineText, DisputeMutationsResolver, DisputeQueriesResolver, ...PASSAGE_LANGUAGE_RESOLVERS, DisputeListsResolver, DisputeSummaryMerchantResolver, AssociationCaseMerchantResolver, MerchantInboxConsumerResolver, MerchantTeamFieldsResolver, DisputeUpdatesHub, DisputeViews, DisputeUpdatedResolver, DisputeIntegrityResolver, RatingClusters, RatingClustersResolver, DisputeAccessLog, DisputeAccessLogResolver, DepartedAgentCases, MerchantTeamResolver,
    // The merchant's body as a mediation is requested (requestMediation records it); MediationBodiesModule imports this one, so its own instance.
    MediationBodies, {
      provide: ReadYourWrites,
      inject: [ProjectionProgress],
      useFactory: (progress: ProjectionProgress) => new ReadYourWrites((position, timeoutMs) => progress.waitForPosition(position, timeoutMs)),
    }],
  exports: [DisputeReader, DisputeTimelineText, ReadYourWrites, DisputeAccessLog, DepartedAgentCases],
})
export class DisputesModule {}
