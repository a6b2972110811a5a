import type { EventFilter, EventStore, ReadAllResult } from '@recours/event-store';

export interface EventPage extends ReadAllResult {
  /** A short page: everything readable now has been read. */
  last: boolean;
}

/**
 * Pages of events after `after`, reading the next page while the caller applies the current
 * one (reading and writing overlap), until a short page says the reader has caught up.
 */
export async function* eventPages(store: EventStore, after: bigint | undefined, filter: EventFilter, pageSize: number): AsyncGenerator<EventPage> {
  const read = (from: bigint | undefined) => store.readAll({ after: from, maxCount: pageSize, filter });
  let pending: Promise<ReadAllResult> | undefined = read(after);
  try {
    while (pending) {
      const page: ReadAllResult = await pending;
      const last: boolean = page.events.length < pageSize;
      pending = last ? undefined : read(page.position);
      // A prefetch the caller abandons must not surface as an unhandled rejection.
      pending?.catch(() => undefined);
      yield { ...page, last };
    }
  } finally {
    await pending?.catch(() => undefined);
  }
}
