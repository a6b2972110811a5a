import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeHistories, ErasureSignal, type DisputeHistory } from '@recours/dispute-commands';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import type { Viewer } from '../../auth/viewer';
import type { Reader } from '../dispute-access';
import { DisputeReader } from '../dispute-reader.service';
import { toDisputeView, type DisputeView } from '../dispute-view';

/** A dispute as it stood at one change, and the views made of it so far, one per kind of reader. */
interface Built {
  version: number;
  history: Promise<DisputeHistory>;
  at: Date;
  views: Map<string, DisputeView>;
}

/** Histories kept for the disputes being watched, in events (a few large disputes, or many small ones). */
const REMEMBERED_EVENTS = 20_000;

/**
 * The watched disputes as each kind of reader sees them, built once per change and per kind of
 * reader however many watch: the stream is read once per change, from where it was last read
 * (only the new events are folded), and the view made once per kind, since the kind decides what
 * the view holds (internal notes, what an association shares with its consumer, the actions
 * open). 1,500 watchers of one dispute cost one read and at most five views per change, not
 * 1,500 folds of the whole stream. The text a reader reads in a language (rights) is rendered
 * for each subscription in its own, from the same view.
 */
@Injectable()
export class DisputeViews {
  private readonly histories: DisputeHistories;
  private readonly latest = new Map<string, Built>();

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly reader: DisputeReader,
    private readonly clock: Clock,
    erasures: ErasureSignal,
  ) {
    this.histories = new DisputeHistories(store, REMEMBERED_EVENTS);
    // The views held erased words in clear: the next reader builds them again from the store.
    erasures.onErasure(() => {
      this.histories.forgetAll();
      this.latest.clear();
    });
  }

  /**
   * The dispute as this viewer may see it, at `version` or later; NOT_FOUND, as dispute(id)
   * answers, when it does not exist or the viewer may not (or may no longer) read it.
   */
  async view(disputeId: string, viewer: Viewer | null, version = 0): Promise<DisputeView> {
    let built = this.latest.get(disputeId);
    if (!built || built.version < version) {
      const history = this.histories.current(disputeId);
      built = { version, history, at: this.clock.now(), views: new Map() };
      this.latest.set(disputeId, built);
      const mine = built;
      history.then(
        (h) => (mine.version = Math.max(mine.version, h.version)),
        () => this.latest.get(disputeId) === mine && this.latest.delete(disputeId),
      );
    }
    const { current, reader, viewer: who } = this.reader.access(await built.history, viewer);
    // Every viewer of one kind stands in the same relation to the dispute (its consumer, an
    // agent of its merchant, its mediator, the admin): one view. Associations each their own: the
    // mandated one acts, one advising only reads.
    const kind = reader === 'ASSOCIATION' ? `ASSOCIATION:${who.accountId}` : reader;
    let view = built.views.get(kind);
    if (!view) {
      view = toDisputeView(current, who, reader, built.at);
      built.views.set(kind, view);
    }
    return view;
  }

  /** Nobody watches the dispute any more: its views go (its history stays while there is room). */
  forget(disputeId: string): void {
    this.latest.delete(disputeId);
  }
}
