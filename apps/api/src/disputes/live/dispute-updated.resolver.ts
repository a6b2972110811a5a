import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { DisputeReader } from '../dispute-reader.service';
import type { DisputeView } from '../dispute-view';
import { DisputeType } from '../graphql/dispute.types';
import { AsyncQueue } from './async-queue';
import { DisputeUpdatesHub } from './dispute-updates.hub';

@Resolver(() => DisputeType)
export class DisputeUpdatedResolver {
  constructor(
    private readonly hub: DisputeUpdatesHub,
    private readonly reader: DisputeReader,
  ) {}

  @Subscription(() => DisputeType, {
    description: 'The dispute each time it changes, for its parties only (the same rule as dispute(id)).',
    resolve: (view: DisputeView) => view,
  })
  async disputeUpdated(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<AsyncIterableIterator<DisputeView>> {
    // Refused exactly like dispute(id): NOT_FOUND for a dispute the viewer may not read.
    await this.reader.view(id, context.viewer);
    let unlisten: () => void = () => undefined;
    const queue = new AsyncQueue<DisputeView>(() => unlisten());
    let chain = Promise.resolve();
    unlisten = await this.hub.listen(id, () => {
      // Each change is read back for this viewer, in order: access can end mid-stream (a
      // revoked mandate), and then the subscription ends.
      chain = chain.then(() => this.reader.view(id, context.viewer)).then(
        (view) => queue.push(view),
        () => queue.end(),
      );
    });
    return queue;
  }
}
