import { addDays, startOfParisDay } from '@recours/consumer-law';
import { decide, disputeStreamId, DomainError, evolve, initialState, type Actor, type DisputeCommand, type DisputeCommandOfType, type DisputeCommandType, type DisputeEvent, type DisputeState } from '@recours/disputes';
import type { EventStore, NewEvent } from '@recours/event-store';

/** How the API stores a dispute event: the schema version travels in the metadata. */
export const toNewEvent = (event: DisputeEvent, actor: Actor): NewEvent => ({
  type: event.type,
  data: event.data,
  metadata: { schemaVersion: event.schemaVersion, actor: `${actor.kind.toLowerCase()}:${actor.id}` },
});

/** Day n after `start` at `time` (UTC), as an instant. */
export const dayAt = (start: string, n: number, time = '10:00'): string => `${addDays(start, n)}T${time}:00.000Z`;
/** The instant a day-long period ending on day n - 1 passes: midnight in Paris starting day n (23:00 UTC the day before in winter, 22:00 in summer). */
export const dayStart = (start: string, n: number): string => startOfParisDay(addDays(start, n));

/**
 * One dispute driven the way the API drives it: each command is decided by the real decider
 * against the state so far, and its events appended in one append at the expected version.
 * Without a store, the appends are only recorded (`appends`), to be written later in bulk.
 */
export class DisputeScript {
  private state: DisputeState = initialState();
  private version = -1;
  /** Global position of the last append. */
  lastPosition: bigint | undefined;
  readonly events: DisputeEvent[] = [];
  /** The events of each command, with who sent it. */
  readonly appends: { events: DisputeEvent[]; actor: Actor }[] = [];

  constructor(
    readonly disputeId: string,
    private readonly store?: EventStore,
  ) {}

  get current(): DisputeState {
    return this.state;
  }

  async do<T extends DisputeCommandType>(
    type: T,
    at: string,
    actor: Actor,
    payload: Omit<DisputeCommandOfType<T>, 'type' | 'disputeId' | 'actor' | 'at'>,
  ): Promise<this> {
    const command = { type, disputeId: this.disputeId, actor, at, ...payload } as DisputeCommand;
    const events = decide(command, this.state);
    if (events instanceof DomainError) throw new Error(`${this.disputeId}: ${type} refused: ${events.code} ${events.message}`);
    if (this.store) {
      const appended = await this.store.appendToStream(
        disputeStreamId(this.disputeId),
        events.map((event) => toNewEvent(event, actor)),
        { expectedVersion: this.version < 0 ? 'no_stream' : this.version },
      );
      this.lastPosition = appended.lastPosition;
    }
    this.state = events.reduce(evolve, this.state);
    this.version += events.length;
    this.events.push(...events);
    this.appends.push({ events, actor });
    return this;
  }
}
