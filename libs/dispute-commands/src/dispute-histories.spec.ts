import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type EventStore, type ReadStreamOptions } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { agent, consumer, fileClaimCommand } from '../../disputes/src/testing/dispute-fixtures';
import { DisputeCommands } from './dispute-commands';
import { DisputeHistories } from './dispute-histories';
import { loadDisputeHistory } from './dispute-history';
import { DisputeTurns } from './dispute-turns';

describe('DisputeHistories: a dispute read from where this process last saw it', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const reads: Array<number | undefined> = [];
  let watched: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase('dispute_histories');
    store = await PostgresEventStore.start({ connectionString: database.url });
    watched = new Proxy(store, {
      get: (target, name) =>
        name === 'readStream' ? (id: string, options?: ReadStreamOptions) => (reads.push(options?.fromVersion), target.readStream(id, options)) : Reflect.get(target, name),
    });
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('reads only the events after the version it holds, and folds them onto it', async () => {
    const disputeId = randomUUID();
    const here = new DisputeCommands(watched, new DisputeTurns(), new DisputeHistories(watched));
    const elsewhere = new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store));
    const { actor: _actor, at, ...filing } = fileClaimCommand({ disputeId });
    await here.handle(consumer, new Date(at), filing);
    await elsewhere.handle(agent, new Date('2025-03-04T10:00:00Z'), { type: 'PostMessage', disputeId, messageId: randomUUID(), body: 'From another process' });
    reads.length = 0;
    const outcome = await here.handle(consumer, new Date('2025-03-04T11:00:00Z'), { type: 'PostMessage', disputeId, messageId: randomUUID(), body: 'Seen it' });
    expect(reads).toEqual([1]);
    // The same as a fold of the whole stream.
    expect(outcome.history).toEqual(await loadDisputeHistory(store, disputeId));
  });

  it('knows nothing of a dispute that does not exist, and remembers nothing of it', async () => {
    const histories = new DisputeHistories(watched);
    const missing = randomUUID();
    reads.length = 0;
    expect((await histories.current(missing)).version).toBe(-1);
    expect((await histories.current(missing)).version).toBe(-1);
    expect(reads).toEqual([0, 0]);
  });

  it('forgets the least recently used disputes beyond its bound, and reads them whole again', async () => {
    const histories = new DisputeHistories(watched, 2);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const filer = new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store));
    for (const disputeId of ids) {
      const { actor: _actor, at, ...filing } = fileClaimCommand({ disputeId });
      await filer.handle(consumer, new Date(at), filing);
    }
    reads.length = 0;
    for (const disputeId of ids) await histories.current(disputeId);
    await histories.current(ids[2]);
    await histories.current(ids[0]);
    expect(reads).toEqual([0, 0, 0, 1, 0]);
  });

  it('after an erasure (forgetAll) reads every dispute whole again, and keeps nothing read or decided before it', async () => {
    const histories = new DisputeHistories(watched);
    const disputeId = randomUUID();
    const commands = new DisputeCommands(watched, new DisputeTurns(), histories);
    const { actor: _actor, at, ...filing } = fileClaimCommand({ disputeId });
    await commands.handle(consumer, new Date(at), filing);
    const before = histories.epoch;
    histories.forgetAll();
    // A command that read before the erasure hands back what it decided: not kept.
    histories.remember(disputeId, await loadDisputeHistory(store, disputeId), before);
    reads.length = 0;
    await histories.current(disputeId);
    expect(reads).toEqual([0]);
  });
});
