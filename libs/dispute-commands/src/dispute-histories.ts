import { disputeStreamId } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';
import { LRUCache } from 'lru-cache';
import { foldRecords, NO_HISTORY, type DisputeHistory } from './dispute-history';

/**
 * The disputes this process last wrote to, folded. A stream only ever grows, so a history
 * remembered at version v plus the events after v is the whole history: a command reads only
 * what it has not seen (usually nothing, or another process's last event) instead of the whole
 * stream, and folds only that. Bounded by the records it holds, least recently used first out.
 */
export class DisputeHistories {
  private readonly remembered: LRUCache<string, DisputeHistory>;
  /** Raised by `forgetAll`: a history read before it may hold erased words and is not kept. */
  private erasures = 0;

  constructor(
    private readonly store: EventStore,
    maxRecords = 50_000,
  ) {
    this.remembered = new LRUCache({ maxSize: maxRecords, sizeCalculation: (h) => Math.max(1, h.records.length) });
  }

  /** The dispute as its stream stands now: one read, of the events not yet folded. */
  async current(disputeId: string): Promise<DisputeHistory> {
    const epoch = this.erasures;
    const known = this.remembered.get(disputeId) ?? NO_HISTORY;
    const newer = await this.store.readStream(disputeStreamId(disputeId), { fromVersion: known.version + 1 });
    const history = newer.length > 0 ? foldRecords(known, newer) : known;
    if (history.version >= 0 && epoch === this.erasures) this.remembered.set(disputeId, history);
    return history;
  }

  /** Where the histories stand: a command hands it back to `remember` what it read at this point. */
  get epoch(): number {
    return this.erasures;
  }

  /** A history a command just produced (what it read plus what it appended), read at `epoch`. */
  remember(disputeId: string, history: DisputeHistory, epoch = this.erasures): void {
    if (epoch !== this.erasures) return;
    const known = this.remembered.get(disputeId);
    if (!known || history.version > known.version) this.remembered.set(disputeId, history);
  }

  /**
   * Someone's words were erased (PersonalDataErased): the histories held them in clear. Every
   * one is read again from the store, where they now read as erased; those being read now are
   * not kept.
   */
  forgetAll(): void {
    this.erasures++;
    this.remembered.clear();
  }
}
