import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionProgress } from '@recours/read-models';
import { DisputeReader } from './dispute-reader.service';
import { ExecuteDisputeCommandHandler } from './execute-dispute-command';
import { DisputeMutationsResolver } from './graphql/dispute-mutations.resolver';
import { DisputeQueriesResolver } from './graphql/dispute-queries.resolver';
import { AssociationCaseMerchantResolver, DisputeListsResolver, DisputeSummaryMerchantResolver } from './graphql/dispute-lists.resolver';
import { DisputeUpdatedResolver } from './live/dispute-updated.resolver';
import { DisputeUpdatesHub } from './live/dispute-updates.hub';
import { ReadYourWrites } from './read-your-writes';

@Module({
  imports: [CqrsModule],
  providers: [ExecuteDisputeCommandHandler, DisputeReader, DisputeMutationsResolver, DisputeQueriesResolver, DisputeListsResolver, DisputeSummaryMerchantResolver, AssociationCaseMerchantResolver, DisputeUpdatesHub, DisputeUpdatedResolver, {
      provide: ReadYourWrites,
      inject: [ProjectionProgress],
      useFactory: (progress: ProjectionProgress) => new ReadYourWrites((position, timeoutMs) => progress.waitForPosition(position, timeoutMs)),
    }],
})
export class DisputesModule {}
