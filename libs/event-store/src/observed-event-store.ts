import { appendDuration, appendedEvents, inSpan, traceContextFields } from '@recours/observability';
import { WrongExpectedVersionError } from './errors';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadAllResult, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store.port';

/**
 * The configured adapter, with each append timed (recours_event_store_append_duration_seconds),
 * traced as a child of the command that made it, and stamped with the trace context in the
 * events' metadata so that whoever handles them later can link back. Reads pass straight through.
 */
export class ObservedEventStore implements EventStore {
  constructor(
    readonly inner: EventStore,
    private readonly kind: string,
  ) {}

  /** The adapter's PostgreSQL pool, if it has one (for the pool gauges). */
  get pool(): unknown {
    return (this.inner as { pool?: unknown }).pool;
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    return inSpan('event-store append', { attributes: { 'recours.event_store': this.kind, 'recours.stream_id': streamId, 'recours.events': events.length } }, async () => {
      const stop = appendDuration.startTimer({ store: this.kind });
      let outcome = 'error';
      try {
        const result = await this.inner.appendToStream(streamId, stamped(events), options);
        outcome = result.duplicate ? 'duplicate' : 'ok';
        if (!result.duplicate) appendedEvents.inc({ store: this.kind }, result.events.length);
        return result;
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) outcome = 'conflict';
        throw error;
      } finally {
        stop({ outcome });
      }
    });
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
    return this.inner.readAll(options);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribe(options, handler);
  }

  headPosition(): Promise<bigint | undefined> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The events with the active trace context in their metadata (unchanged when tracing is off). */
function stamped(events: readonly NewEvent[]): readonly NewEvent[] {
  const fields = traceContextFields();
  if (Object.keys(fields).length === 0) return events;
  return events.map((event) => ({ ...event, metadata: { ...fields, ...event.metadata } }));
}
