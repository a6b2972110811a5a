import { PassThrough } from 'node:stream';
import type { AllStreamResolvedEvent, Position, SubscribeToAllOptions } from '@eventstore/db-client';
import type { CheckpointStore, RecordedEvent } from '../event-store.port';
import { EventStoreDbSubscription, type SubscribingClient } from './eventstoredb-subscription';

/*
 * The adapter's batching and checkpointing, against a fake of the client's subscription stream
 * (an object-mode stream, as the client's is). Not a stand-in for EventStoreDB: the server's
 * side is the contract suite's, which needs a server (eventstoredb-event-store.spec.ts).
 */

type Fake = { stream: PassThrough & { unsubscribe(): Promise<void> }; options?: SubscribeToAllOptions; unsubscribed: boolean };

function fakeClient(): SubscribingClient & { fake: Fake } {
  const stream = Object.assign(new PassThrough({ objectMode: true }), {
    unsubscribe: async () => {
      fake.unsubscribed = true;
      stream.end();
    },
  });
  const fake: Fake = { stream, unsubscribed: false };
  return {
    fake,
    subscribeToAll: ((options: SubscribeToAllOptions) => {
      fake.options = options;
      return stream;
    }) as unknown as SubscribingClient['subscribeToAll'],
  };
}

const position = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });
const resolved = (n: number, type = 'ClaimFiled', streamId = `dispute-${n}`): AllStreamResolvedEvent =>
  ({ event: { id: `e${n}`, streamId, type, revision: 0n, position: position(n), data: {}, metadata: {}, isJson: true, created: new Date(0) } }) as unknown as AllStreamResolvedEvent;

const convert = {
  toRecordedEvent: (e: { id: string; streamId: string; type: string; position: Position }) =>
    ({ id: e.id, streamId: e.streamId, type: e.type, globalPosition: e.position.commit, streamVersion: 0, data: {}, metadata: {}, recordedAt: new Date(0), hash: '' }) as RecordedEvent,
  toGlobalPosition: (p: Position) => p.commit,
  fromGlobalPosition: (p: bigint) => ({ commit: p, prepare: p }),
  mapError: (error: unknown): never => {
    throw error;
  },
};

function checkpoints(): CheckpointStore & { stored: bigint[] } {
  const stored: bigint[] = [];
  return { stored, load: async () => stored.at(-1), store: async (_id, p) => void stored.push(p) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('EventStoreDB subscription: batches and checkpoints', () => {
  it('hands over the events already received in batches of at most batchSize, and stores the checkpoint once per batch', async () => {
    const client = fakeClient();
    const store = checkpoints();
    const batches: number[][] = [];
    const sub = new EventStoreDbSubscription(client, { batchSize: 3, checkpoint: { subscriptionId: 's', store } }, async (events) => void batches.push(events.map((e) => Number(e.globalPosition))), convert);
    await settle();
    for (let n = 1; n <= 7; n++) client.fake.stream.write(resolved(n));
    await settle();
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(store.stored).toEqual([3n, 6n, 7n]); // per batch, not per event
    expect(sub.position).toBe(7n);

    client.fake.stream.write(resolved(8)); // live, one at a time as they come
    await settle();
    expect(batches.at(-1)).toEqual([8]);
    expect(await sub.waitFor(8n, 100)).toBe(true);
    await sub.stop();
  });

  it('filters on the server by event type, checks the stream prefix here, and counts the positions of events filtered out as passed', async () => {
    const client = fakeClient();
    const store = checkpoints();
    const handled: string[] = [];
    const sub = new EventStoreDbSubscription(
      client,
      { batchSize: 10, filter: { streamPrefix: 'dispute-', eventTypes: ['ClaimFiled'] }, checkpoint: { subscriptionId: 's', store } },
      async (events) => void handled.push(...events.map((e) => e.id)),
      convert,
    );
    await settle();
    expect(client.fake.options?.filter).toMatchObject({ filterOn: 'eventType', regex: '^(ClaimFiled)$' });
    client.fake.stream.write(resolved(1));
    client.fake.stream.write(resolved(2, 'ClaimFiled', 'account-2')); // the server matched the type, not the prefix
    await settle();
    expect(handled).toEqual(['e1']);
    expect(store.stored).toEqual([2n]);
    await sub.stop();
  });

  it('takes a server checkpoint only once every event received before it is handled, and skips past it', async () => {
    const client = fakeClient();
    const store = checkpoints();
    let release!: () => void;
    const handlerBusy = new Promise<void>((resolve) => (release = resolve));
    const handled: bigint[] = [];
    const sub = new EventStoreDbSubscription(
      client,
      { batchSize: 10, filter: { eventTypes: ['ClaimFiled'] }, checkpoint: { subscriptionId: 's', store } },
      async (events) => {
        await handlerBusy;
        handled.push(...events.map((e) => e.globalPosition));
      },
      convert,
    );
    await settle();
    client.fake.stream.write(resolved(5));
    await settle();
    // The server scanned to 40 with nothing else for the filter, while event 5 is still being handled.
    const checkpointTaken = client.fake.options!.filter!.checkpointReached!(client.fake.stream as never, position(40));
    await settle();
    expect(store.stored).toEqual([]); // not before event 5 is handled: a crash now must replay it
    release();
    await checkpointTaken;
    expect(handled).toEqual([5n]);
    expect(store.stored).toEqual([5n, 40n]);
    expect(sub.position).toBe(40n);
    expect(await sub.waitFor(40n, 10)).toBe(true);
    await sub.stop();
  });

  it('resumes after the stored checkpoint', async () => {
    const client = fakeClient();
    const store = checkpoints();
    await store.store('s', 12n);
    const sub = new EventStoreDbSubscription(client, { checkpoint: { subscriptionId: 's', store } }, async () => undefined, convert);
    await settle();
    expect(client.fake.options?.fromPosition).toEqual(position(12));
    await sub.stop();
  });

  it('ends with the handler’s error, and stops reading', async () => {
    const client = fakeClient();
    const sub = new EventStoreDbSubscription(client, {}, async () => {
      throw new Error('projection failed');
    }, convert);
    await settle();
    client.fake.stream.write(resolved(1));
    await expect(sub.done).rejects.toThrow('projection failed');
    expect(client.fake.unsubscribed).toBe(true);
  });
});
