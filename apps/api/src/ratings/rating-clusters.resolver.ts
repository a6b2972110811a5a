import { Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { CurrentViewer, requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RatingClusters } from './rating-clusters';

@ObjectType('RatingCluster', { description: 'Ratings of one merchant by new accounts (created less than 14 days before rating, or whose address was never confirmed), in the last 30 days.' })
export class RatingClusterType {
  @Field(() => ID) merchantId!: string;
  @Field() merchantName!: string;
  @Field(() => Int) ratings!: number;
  @Field(() => Float) averageRating!: number;
  @Field() firstRatedAt!: string;
  @Field() lastRatedAt!: string;
}

@Resolver()
export class RatingClustersResolver {
  constructor(
    private readonly clusters: RatingClusters,
    private readonly clock: Clock,
  ) {}

  @Query(() => [RatingClusterType], { description: 'Admin only: merchants rated by a cluster of new accounts, to look at.' })
  async ratingClusters(@CurrentViewer() viewer: Viewer | null): Promise<RatingClusterType[]> {
    requireViewer(viewer, 'ADMIN');
    return (await this.clusters.recent(this.clock.now())).map((c) => ({ ...c, firstRatedAt: c.firstRatedAt.toISOString(), lastRatedAt: c.lastRatedAt.toISOString() }));
  }
}
