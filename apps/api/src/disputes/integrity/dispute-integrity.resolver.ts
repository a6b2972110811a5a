import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { chainLinkOf, verifyChain } from '@recours/event-store';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { DisputeReader } from '../dispute-reader.service';
import { DisputeVerificationType } from './dispute-verification.type';

@Resolver()
export class DisputeIntegrityResolver {
  constructor(private readonly reader: DisputeReader) {}

  @Query(() => DisputeVerificationType, { description: "Recomputes the dispute's hash chain, for its parties (otherwise NOT_FOUND, as for a missing dispute)." })
  async verifyDispute(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, UuidArgument) id: string): Promise<DisputeVerificationType> {
    const { current } = await this.reader.readable(id, viewer);
    const verification = await verifyChain(current.records.map(chainLinkOf));
    return { ...verification, headHash: verification.headHash ?? '' };
  }
}
