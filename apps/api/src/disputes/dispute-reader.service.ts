import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { foldRecords, loadDisputeHistory, NO_HISTORY, type DisputeHistory } from '@recours/dispute-commands';
import { disputeEventOf, type Dispute } from '@recours/disputes';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../graphql/errors';
import { readerOf, type Reader } from './dispute-access';
import { toDisputeView, type DisputeView } from './dispute-view';
import { DisputeAccessLog } from '../privacy/dispute-access-log';

/** One dispute, as the viewer may see it, folded from its stream. */
@Injectable()
export class DisputeReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly accessLog: DisputeAccessLog,
  ) {}

  /** NOT_FOUND both when the dispute does not exist and when the viewer may not read it. Logged in the access log. */
  async view(disputeId: string, viewer: Viewer | null, asOf?: Date): Promise<DisputeView> {
    const { current, reader, viewer: who } = await this.readable(disputeId, viewer);
    const history = asOf ? await loadDisputeHistory(this.store, disputeId, asOf) : current;
    if (!history.state.filed) throw notFound({ en: 'Dispute as of that instant', fr: 'Litige à cet instant' });
    // A mediator's, an association's or the admin's read goes to the access log the consumer reads.
    this.accessLog.read(disputeId, who.accountId, reader, this.clock.now());
    return toDisputeView({ ...history, state: history.state }, who, reader, asOf ?? this.clock.now());
  }

  /** The dispute's history with the viewer's way of reading it; NOT_FOUND for anyone else. */
  async readable(disputeId: string, viewer: Viewer | null): Promise<{ current: DisputeHistory & { state: Dispute }; reader: Reader; viewer: Viewer }> {
    return this.access(await loadDisputeHistory(this.store, disputeId), viewer);
  }

  /** The view of a history already in hand, such as a command's outcome: nothing is read again. */
  viewOf(history: DisputeHistory, viewer: Viewer | null, now: Date): DisputeView {
    const { current, reader, viewer: who } = this.access(history, viewer);
    return toDisputeView(current, who, reader, now);
  }

  /**
   * The answer to an association's renunciation of its mandate (C. civ. art. 2007): once it is
   * recorded the association no longer reads the dispute, yet its own act is answered, once, with
   * the dispute as that act left it, read as it read it a moment before (nothing it had not read
   * but its renunciation). Built up to its renunciation, also for a retry answered later: what
   * happened since is not its to read. Any later read is NOT_FOUND, as after a revocation.
   * Its act includes the RepresentationEnded recorded with it (what the other parties read of it),
   * when there is one (not on streams recorded before it existed).
   */
  viewOfRenunciation(history: DisputeHistory, viewer: Viewer | null, now: Date): DisputeView {
    const index = history.records.findLastIndex((r) => {
      const event = disputeEventOf(r);
      return event.type === 'RepresentationRenounced' && event.data.by.id === viewer?.accountId;
    });
    if (index < 0 || viewer?.role !== 'ASSOCIATION') return this.viewOf(history, viewer, now);
    const next = history.records[index + 1] && disputeEventOf(history.records[index + 1]);
    const withEnd = next?.type === 'RepresentationEnded' && next.data.by.id === viewer.accountId ? index + 1 : index;
    const upTo = foldRecords(NO_HISTORY, history.records.slice(0, withEnd + 1));
    if (!upTo.state.filed) throw notFound({ en: 'Dispute', fr: 'Litige' });
    return toDisputeView({ ...upTo, state: upTo.state }, viewer, 'ASSOCIATION', now);
  }

  /** Access follows today's roles: a mediator assigned later may read the case's past too. */
  access(history: DisputeHistory, viewer: Viewer | null): { current: DisputeHistory & { state: Dispute }; reader: Reader; viewer: Viewer } {
    const { state } = history;
    const reader = state.filed ? readerOf(state, viewer) : null;
    if (!reader || !viewer || !state.filed) throw notFound({ en: 'Dispute', fr: 'Litige' });
    return { current: { ...history, state }, reader, viewer };
  }
}
