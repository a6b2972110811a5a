import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import type { Viewer } from '../auth/viewer';
import { Clock } from '@recours/clock';
import { notFound } from '../graphql/errors';
import { readerOf } from './dispute-access';
import { loadDisputeHistory } from '@recours/dispute-commands';
import { toDisputeView, type DisputeView } from './dispute-view';

/** One dispute, as the viewer may see it, folded from its stream. */
@Injectable()
export class DisputeReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  /** NOT_FOUND both when the dispute does not exist and when the viewer may not read it. */
  async view(disputeId: string, viewer: Viewer | null, asOf?: Date): Promise<DisputeView> {
    const current = await loadDisputeHistory(this.store, disputeId);
    // Access follows today's roles: a mediator assigned later may read the case's past too.
    const reader = current.state.filed ? readerOf(current.state, viewer) : null;
    if (!reader || !viewer || !current.state.filed) throw notFound('Dispute');
    const history = asOf ? await loadDisputeHistory(this.store, disputeId, asOf) : current;
    if (!history.state.filed) throw notFound('Dispute as of that instant');
    return toDisputeView({ ...history, state: history.state }, viewer, reader, asOf ?? this.clock.now());
  }
}
