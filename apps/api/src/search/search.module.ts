import { Module } from '@nestjs/common';
import { READ_MODELS_DATA_SOURCE, SimilarOutcomes } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { DisputesModule } from '../disputes/disputes.module';
import { DisputeSearch } from './dispute-search';
import { SearchResolver } from './search.resolver';

/** searchDisputes and similarOutcomes (issue 19 items 3 and 4). */
@Module({
  imports: [DisputesModule],
  providers: [DisputeSearch, SearchResolver, { provide: SimilarOutcomes, inject: [READ_MODELS_DATA_SOURCE], useFactory: (dataSource: DataSource) => new SimilarOutcomes(dataSource) }],
})
export class SearchModule {}
