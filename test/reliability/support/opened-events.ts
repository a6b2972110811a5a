import { MasterKey, PostgresEventStore, PostgresSubjectKeys, type EventStore, type RecordedEvent } from '@recours/event-store';
import { TEST_DATA_KEY } from '../../support/test-database';

/**
 * The events as recours reads them: personal fields are sealed with their subject's key in the
 * table (issue 17), so a test reads their words through a store holding the test processes' key.
 */
async function withStore<T>(url: string, work: (store: EventStore) => Promise<T>): Promise<T> {
  const keys = await PostgresSubjectKeys.start({ connectionString: url, master: new MasterKey(TEST_DATA_KEY), poolSize: 1 });
  const store = await PostgresEventStore.start({ connectionString: url, poolSize: 1, keys });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function openedStream(url: string, streamId: string): Promise<RecordedEvent[]> {
  return withStore(url, (store) => store.readStream(streamId));
}

/** Every event of these types, in global order. */
export function openedEventsOfType(url: string, types: string[]): Promise<RecordedEvent[]> {
  return withStore(url, async (store) => {
    const events: RecordedEvent[] = [];
    let after: bigint | undefined;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000, filter: { eventTypes: types } });
      events.push(...page.events);
      if (page.events.length === 0) return events;
      after = page.position;
    }
  });
}
