import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { disputeEventOf } from '@recours/disputes';
import type { RequestContext } from '../../graphql/request-context';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { readerOf, readsOnRecord, type Reader } from '../dispute-access';
import { DISPUTE_STATE, type DisputeView } from '../dispute-view';
import { DisputeType } from '../graphql/dispute.types';
import { AsyncQueue } from './async-queue';
import { DisputeUpdatesHub } from './dispute-updates.hub';
import { DisputeViews } from './dispute-views';
import { DisputeAccessLog } from '../../privacy/dispute-access-log';

@Resolver(() => DisputeType)
export class DisputeUpdatedResolver {
  constructor(
    private readonly hub: DisputeUpdatesHub,
    private readonly views: DisputeViews,
    private readonly accessLog: DisputeAccessLog,
    private readonly clock: Clock,
  ) {}

  @Subscription(() => DisputeType, {
    description: 'The dispute each time it changes, for its parties only (the same rule as dispute(id)).',
    resolve: (view: DisputeView) => view,
  })
  async disputeUpdated(@Args('id', { type: () => ID }, UuidArgument) id: string, @Context() context: RequestContext): Promise<AsyncIterableIterator<DisputeView>> {
    // Refused exactly like dispute(id): NOT_FOUND for a dispute the viewer may not read.
    const first = await this.views.view(id, context.viewer).catch((refusal: unknown) => {
      if (!this.hub.watching(id)) this.views.forget(id);
      throw refusal;
    });
    // A mediator's, an association's or the admin's watch is a read, logged as dispute(id) logs one
    // (the log counts one per reader and dispute a minute): at the start, and with each change sent.
    const logRead = (reader: Reader | null) => {
      if (reader && context.viewer) this.accessLog.read(id, context.viewer.accountId, reader, this.clock.now());
    };
    logRead(readerOf(first[DISPUTE_STATE], context.viewer));
    let unlisten: () => void = () => undefined;
    const queue = new AsyncQueue<DisputeView>(() => {
      unlisten();
      if (!this.hub.watching(id)) this.views.forget(id);
    });
    let chain = Promise.resolve();
    unlisten = await this.hub.listen(id, (events) => {
      // Each change is read back for this viewer, in order, from the view built once for every
      // viewer of its kind: access can end mid-stream (a mandate revoked or renounced), and then the
      // subscription ends, saying why with the refusal dispute(id) would answer (NOT_FOUND).
      // A change the viewer does not read on her record (the merchant team's own events, a
      // message kept between the other side and the mediator) sends her nothing.
      const latest = events[events.length - 1];
      chain = chain.then(() => this.views.view(id, context.viewer, latest.streamVersion)).then(
        (view) => {
          const reader = readerOf(view[DISPUTE_STATE], context.viewer);
          const viewer = context.viewer;
          if (reader && viewer && events.some((record) => readsOnRecord(reader, disputeEventOf(record), viewer))) {
            logRead(reader);
            queue.push(view);
          }
        },
        (refusal: unknown) => queue.end({ error: refusal }),
      );
    });
    return queue;
  }
}
