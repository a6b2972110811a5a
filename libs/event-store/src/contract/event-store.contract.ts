import { randomUUID } from 'node:crypto';
import { EventStoreInputError, WrongExpectedVersionError } from '../errors';
import canonicalize from 'canonicalize';
import type { CheckpointStore, EventFilter, EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash, commitmentOf, eventDigest, GENESIS_HASH, isPrefixOf, sha256Hex, verifyChain, type ChainLink } from '../integrity';
import { chainLinkOf, verifyStream } from '../verify-stream';
import { scopedSubject, type SubjectKeyRing } from '../encryption/subject-keys';
import { ERASED } from '../integrity';

export interface ContractSubject {
  store: EventStore;
  /** A second, independent store instance on the same data: another process, in effect. */
  openAnother(): Promise<EventStore>;
  checkpoints: CheckpointStore;
  /** The data subjects' keys `store` seals personal fields with (erasure destroys one). */
  keys: SubjectKeyRing;
  /** A store on the same data without any key ring: it reads only what is stored in clear. */
  openWithoutKeys(): Promise<EventStore>;
}

const event = (type: string, data: unknown = {}, metadata: NewEvent['metadata'] = {}): NewEvent => ({ type, data, metadata });

/**
 * Everything readable after `after`, once `ready` holds for what was read: a reader sees an
 * append only when every older transaction on the server has ended (see the PostgreSQL
 * adapter), and other test files write on the same server meanwhile.
 */
async function readAllUntil(store: EventStore, after: bigint | undefined, filter: EventFilter | undefined, ready: (events: RecordedEvent[]) => boolean): Promise<RecordedEvent[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const events: RecordedEvent[] = [];
    let from = after;
    for (;;) {
      const page = await store.readAll({ after: from, maxCount: 1000, filter });
      events.push(...page.events);
      if (page.events.length === 0) break;
      from = page.position;
    }
    if (ready(events) || Date.now() > deadline) return events;
    await new Promise((r) => setTimeout(r, 20));
  }
}
const uniqueStream = (prefix = 'contract') => `${prefix}-${randomUUID()}`;

/** Collects what a subscription delivers, and waits until a condition holds. */
function collector() {
  const seen: RecordedEvent[] = [];
  let onChange: () => void = () => undefined;
  return {
    seen,
    handler: async (events: RecordedEvent[]) => {
      seen.push(...events);
      onChange();
    },
    until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; saw ${seen.length} events`)), timeoutMs);
        onChange = () => {
          if (predicate()) {
            clearTimeout(timer);
            resolve();
          }
        };
      });
    },
  };
}

/**
 * The behaviour every event store adapter must have. Each adapter's spec calls this with
 * a factory for a store on a real server.
 */
export function eventStoreContract(open: () => Promise<ContractSubject>, close: () => Promise<void>): void {
  let subject: ContractSubject;
  let store: EventStore;

  beforeAll(async () => {
    subject = await open();
    store = subject.store;
  });
  afterAll(close);

  describe('append and read', () => {
    it('round-trips events with ids, versions, positions, metadata and time', async () => {
      const streamId = uniqueStream();
      const id = randomUUID();
      const before = Date.now();
      const result = await store.appendToStream(streamId, [
        { id, type: 'ClaimFiled', data: { product: 'phone', price: '499.00' }, metadata: { correlationId: 'c1', causationId: 'k1', actor: 'consumer:1', commandId: 'cmd-1' } },
        event('EvidenceAttached', { name: 'invoice.pdf' }),
      ], { expectedVersion: 'no_stream' });

      expect(result.duplicate).toBe(false);
      expect(result.nextExpectedVersion).toBe(1);
      const read = await store.readStream(streamId);
      expect(read.map((e) => [e.streamVersion, e.type])).toEqual([[0, 'ClaimFiled'], [1, 'EvidenceAttached']]);
      expect(read[0].id).toBe(id);
      expect(read[1].id).toMatch(/^[0-9a-f-]{36}$/);
      expect(read[0].data).toEqual({ product: 'phone', price: '499.00' });
      expect(read[0].metadata).toEqual({ correlationId: 'c1', causationId: 'k1', actor: 'consumer:1', commandId: 'cmd-1' });
      expect(read[0].streamId).toBe(streamId);
      expect(read[0].recordedAt).toBeInstanceOf(Date);
      expect(read[0].recordedAt.getTime()).toBeGreaterThan(before - 60_000);
      expect(read[1].globalPosition).toBeGreaterThan(read[0].globalPosition);
      expect(result.lastPosition).toBe(read[1].globalPosition);
      expect(result.events.map((e) => e.id)).toEqual(read.map((e) => e.id));
    });

    it('gives an event appended without an id a time-ordered one (UUID version 7), later appends sorting after earlier ones', async () => {
      // Random ids would scatter the id index's inserts over the whole log (timeOrderedId, libs/database).
      const before = Date.now();
      const first = await store.appendToStream(uniqueStream(), [event('A1'), event('A2')]);
      const second = await store.appendToStream(uniqueStream(), [event('B1')]);
      const after = Date.now();
      const ids = [...first.events, ...second.events].map((e) => e.id);
      for (const id of ids) {
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const millis = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
        expect(millis).toBeGreaterThanOrEqual(before);
        expect(millis).toBeLessThanOrEqual(after);
      }
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(3);
    });

    it('reads a stream from a version, at most maxCount events', async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, Array.from({ length: 6 }, (_, i) => event('Numbered', { i })));
      const page = await store.readStream(streamId, { fromVersion: 2, maxCount: 3 });
      expect(page.map((e) => (e.data as { i: number }).i)).toEqual([2, 3, 4]);
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads all events in global order, filtered by stream prefix or event type, page by page', async () => {
      const prefix = `filter${randomUUID().slice(0, 8)}-`;
      const a = `${prefix}${randomUUID()}`;
      const b = `other${randomUUID().slice(0, 8)}-${randomUUID()}`;
      await store.appendToStream(a, [event('A1'), event('B1')]);
      await store.appendToStream(b, [event('A1'), event('C1')]);
      await store.appendToStream(a, [event('C1')]);
      const start = (await store.readStream(a))[0].globalPosition - 1n;

      const byPrefix = await readAllUntil(store, start, { streamPrefix: prefix }, (events) => events.length >= 3);
      expect(byPrefix.map((e) => e.type)).toEqual(['A1', 'B1', 'C1']);
      expect(byPrefix.every((e) => e.streamId === a)).toBe(true);

      const byType = await readAllUntil(store, start, { eventTypes: ['C1'] }, (events) => events.filter((e) => e.streamId === a || e.streamId === b).length >= 2);
      expect(byType.filter((e) => e.streamId === a || e.streamId === b).map((e) => e.streamId)).toEqual([b, a]);

      const paged: RecordedEvent[] = [];
      let after: bigint | undefined = start;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 2, filter: { eventTypes: ['A1', 'B1', 'C1'] } });
        const mine = page.events.filter((e) => e.streamId === a || e.streamId === b);
        paged.push(...mine);
        if (page.events.length === 0) break;
        after = page.position;
      }
      expect(paged.map((e) => `${e.streamId === a ? 'a' : 'b'}:${e.type}`)).toEqual(['a:A1', 'a:B1', 'b:A1', 'b:C1', 'a:C1']);
      for (let i = 1; i < paged.length; i++) expect(paged[i].globalPosition).toBeGreaterThan(paged[i - 1].globalPosition);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(paged[paged.length - 1].globalPosition);
    });
  });

  describe('expected version', () => {
    it("'no_stream' succeeds on a new stream and fails on an existing one", async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('First')], { expectedVersion: 'no_stream' });
      const error = await store.appendToStream(streamId, [event('Again')], { expectedVersion: 'no_stream' }).catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId, expectedVersion: 'no_stream', actualVersion: 0 });
    });

    it("'stream_exists' fails on a missing stream and succeeds on an existing one", async () => {
      const streamId = uniqueStream();
      const error = await store.appendToStream(streamId, [event('X')], { expectedVersion: 'stream_exists' }).catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId, expectedVersion: 'stream_exists', actualVersion: 'no_stream' });
      expect(await store.readStream(streamId)).toEqual([]);
      await store.appendToStream(streamId, [event('X')]);
      await expect(store.appendToStream(streamId, [event('Y')], { expectedVersion: 'stream_exists' })).resolves.toMatchObject({ nextExpectedVersion: 1 });
    });

    it('a version number must match the last event exactly', async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('E0'), event('E1')]);
      const stale = await store.appendToStream(streamId, [event('E2')], { expectedVersion: 0 }).catch((e) => e);
      expect(stale).toBeInstanceOf(WrongExpectedVersionError);
      expect(stale).toMatchObject({ streamId, expectedVersion: 0, actualVersion: 1 });
      const ahead = await store.appendToStream(streamId, [event('E2')], { expectedVersion: 5 }).catch((e) => e);
      expect(ahead).toMatchObject({ expectedVersion: 5, actualVersion: 1 });
      const onMissing = await store.appendToStream(uniqueStream(), [event('E0')], { expectedVersion: 0 }).catch((e) => e);
      expect(onMissing).toMatchObject({ expectedVersion: 0, actualVersion: 'no_stream' });
      await expect(store.appendToStream(streamId, [event('E2')], { expectedVersion: 1 })).resolves.toMatchObject({ nextExpectedVersion: 2 });
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['E0', 'E1', 'E2']);
    });

    it("'any' (and no option) appends wherever the stream is", async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('E0')], { expectedVersion: 'any' });
      await store.appendToStream(streamId, [event('E1')]);
      expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([0, 1]);
    });

    it('of N concurrent appends at the same version exactly one wins and nothing is half-written', async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('Start')]);
      const writers = await Promise.all(Array.from({ length: 4 }, () => subject.openAnother()));
      try {
        const contenders = [store, ...writers, store, ...writers];
        const outcomes = await Promise.allSettled(
          contenders.map((s, i) => s.appendToStream(streamId, [event('Offer', { writer: i }), event('OfferDetail', { writer: i }), event('OfferEnd', { writer: i })], { expectedVersion: 0 })),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(contenders.length - 1);
        for (const loss of lost) {
          expect(loss.reason).toBeInstanceOf(WrongExpectedVersionError);
          expect(loss.reason).toMatchObject({ expectedVersion: 0, actualVersion: 3 });
        }
        const stream = await store.readStream(streamId);
        expect(stream.map((e) => e.streamVersion)).toEqual([0, 1, 2, 3]);
        const winner = (stream[1].data as { writer: number }).writer;
        expect(stream.slice(1).map((e) => (e.data as { writer: number }).writer)).toEqual([winner, winner, winner]);
      } finally {
        await Promise.all(writers.map((w) => w.close()));
      }
    });
  });

  describe('idempotent appends', () => {
    it('a commandId already on the stream stores nothing and answers the first result', async () => {
      const streamId = uniqueStream();
      const first = await store.appendToStream(streamId, [event('OfferMade', { n: 1 }, { commandId: 'make-offer-1' }), event('Note', {}, { commandId: 'make-offer-1' })], { expectedVersion: 'no_stream' });
      await store.appendToStream(streamId, [event('MessagePosted')]);
      const again = await store.appendToStream(streamId, [event('OfferMade', { n: 2 }, { commandId: 'make-offer-1' })], { expectedVersion: 'no_stream' });
      expect(again.duplicate).toBe(true);
      expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
      expect(again.nextExpectedVersion).toBe(first.nextExpectedVersion);
      expect(again.lastPosition).toBe(first.lastPosition);
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['OfferMade', 'Note', 'MessagePosted']);
      // The same commandId on another stream is another command.
      const elsewhere = await store.appendToStream(uniqueStream(), [event('OfferMade', {}, { commandId: 'make-offer-1' })]);
      expect(elsewhere.duplicate).toBe(false);
    });

    it('concurrent retries of one command store it once', async () => {
      const streamId = uniqueStream();
      const results = await Promise.all(Array.from({ length: 6 }, () => store.appendToStream(streamId, [event('ClaimFiled', {}, { commandId: 'file-1' })], { expectedVersion: 'no_stream' })));
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => r.events[0].id)).size).toBe(1);
      expect(await store.readStream(streamId)).toHaveLength(1);
    });
  });

  describe('bad input is refused, naming what is wrong, and nothing is stored', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    it.each([
      ['an empty stream id', '', [event('X')], undefined, 'streamId'],
      ['a blank stream id', '   ', [event('X')], undefined, 'streamId'],
      ['no events', 'STREAM', [], undefined, 'events'],
      ['an event without type', 'STREAM', [{ data: {} }], undefined, 'events[0].type'],
      ['an event with an empty type', 'STREAM', [event('ok'), { type: '', data: {} }], undefined, 'events[1].type'],
      ['a payload with a BigInt', 'STREAM', [event('X', { amount: 10n })], undefined, 'events[0].data.amount'],
      ['a circular payload', 'STREAM', [event('X', circular)], undefined, 'events[0].data.self'],
      ['a payload with a function', 'STREAM', [event('X', { f: () => 1 })], undefined, 'events[0].data.f'],
      ['a payload with NaN', 'STREAM', [event('X', { n: Number.NaN })], undefined, 'events[0].data.n'],
      ['a payload that is a Map', 'STREAM', [event('X', new Map())], undefined, 'events[0].data'],
      ['a missing payload', 'STREAM', [{ type: 'X' }], undefined, 'events[0].data'],
      ['an event id that is not a uuid', 'STREAM', [{ id: 'nope', type: 'X', data: {} }], undefined, 'events[0].id'],
      ['an expectedVersion of the wrong kind', 'STREAM', [event('X')], { expectedVersion: '3' }, 'expectedVersion'],
      ['a negative expectedVersion', 'STREAM', [event('X')], { expectedVersion: -1 }, 'expectedVersion'],
      ['a fractional expectedVersion', 'STREAM', [event('X')], { expectedVersion: 1.5 }, 'expectedVersion'],
      ['a lone surrogate, which RFC 8785 cannot hash', 'STREAM', [event('X', { text: 'lone:\ud800:surrogate' })], undefined, 'events[0].data.text'],
      ['a lone surrogate in metadata', 'STREAM', [event('X', {}, { actor: '\udc00' })], undefined, 'events[0].metadata.actor'],
      ['a personal field that is not there', 'STREAM', [{ type: 'X', data: { a: 1 }, personal: ['/b'] }], undefined, 'events[0].personal[0]'],
      ['a personal field that is not a pointer', 'STREAM', [{ type: 'X', data: { a: 1 }, personal: ['a'] }], undefined, 'events[0].personal[0]'],
      ['a personal field inside another', 'STREAM', [{ type: 'X', data: { a: { b: 1 } }, personal: ['/a', '/a/b'] }], undefined, 'events[0].personal[1]'],
      ['two commandIds in one append', 'STREAM', [event('X', {}, { commandId: 'a' }), event('Y', {}, { commandId: 'b' })], undefined, 'events[1].metadata.commandId'],
    ])('%s', async (_label, streamIdTemplate, events, options, field) => {
      const streamId = streamIdTemplate === 'STREAM' ? uniqueStream() : streamIdTemplate;
      const headBefore = await store.headPosition();
      const error = await store.appendToStream(streamId, events as NewEvent[], options as never).catch((e) => e);
      expect(error).toBeInstanceOf(EventStoreInputError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
      if (streamId.trim()) expect(await store.readStream(streamId)).toEqual([]);
      // Nothing of it reached the global order: read on until a sentinel written after it shows.
      const sentinel = uniqueStream('sentinel');
      await store.appendToStream(sentinel, [event('Sentinel')]);
      const since = await readAllUntil(store, headBefore, undefined, (all) => all.some((e) => e.streamId === sentinel));
      expect(since.some((e) => e.streamId === sentinel)).toBe(true);
      expect(since.filter((e) => e.streamId === streamId || e.streamId.trim() === '')).toEqual([]);
    });

    it('refuses bad read options', async () => {
      await expect(store.readStream('', {})).rejects.toMatchObject({ field: 'streamId' });
      await expect(store.readStream('s', { fromVersion: -1 })).rejects.toMatchObject({ field: 'fromVersion' });
      await expect(store.readAll({ maxCount: 0 })).rejects.toMatchObject({ field: 'maxCount' });
      await expect(store.readAll({ after: 5 as unknown as bigint })).rejects.toMatchObject({ field: 'after' });
      await expect(store.readAll({ filter: { eventTypes: [] } })).rejects.toMatchObject({ field: 'filter.eventTypes' });
      await expect(store.readAll({ filter: { streamPrefix: '' } })).rejects.toMatchObject({ field: 'filter.streamPrefix' });
    });
  });

  describe('payloads', () => {
    it('stores a 1 MB payload intact', async () => {
      const streamId = uniqueStream();
      const big = 'é'.repeat(300_000) + 'x'.repeat(400_000); // > 1 MB in UTF-8
      await store.appendToStream(streamId, [event('EvidenceAttached', { big, n: 1 })]);
      const [read] = await store.readStream(streamId);
      expect((read.data as { big: string }).big).toBe(big);
    });

    it('keeps unicode byte for byte, NUL included', async () => {
      const streamId = uniqueStream();
      const texts = ['Réclamation : écran cassé — 20 €', '電池が膨張しました', 'مرحبا', '🔋📱👩🏽‍🔧', 'nul:\u0000:end', "'; DROP TABLE events; --", '<script>alert(1)</script>', '\\"quoted\\"\n\ttab'];
      await store.appendToStream(streamId, texts.map((text) => event('MessagePosted', { text }, { actor: text })));
      const read = await store.readStream(streamId);
      expect(read.map((e) => (e.data as { text: string }).text)).toEqual(texts);
      expect(read.map((e) => e.metadata.actor)).toEqual(texts);
    });
  });

  describe('hash chain', () => {
    it("chains each event to the previous one of its stream: SHA-256(previous ‖ SHA-256(RFC 8785 form))", async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('A', { n: 1, text: 'écran' }, { actor: 'consumer:1' }), event('B', [1, 2])]);
      await store.appendToStream(streamId, [event('C', null)]);
      const read = await store.readStream(streamId);
      expect(read.map((e) => e.hash)).toEqual(read.map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
      // Recomputed by hand from the definition, not through verifyChain.
      let previous = GENESIS_HASH;
      for (const e of read) {
        const digest = await sha256Hex(canonicalize({ id: e.id, streamId, type: e.type, data: e.data, metadata: e.metadata }) as string);
        previous = await chainHash(previous, digest);
        expect(e.hash).toBe(previous);
      }
      expect(await verifyStream(store, streamId)).toEqual({ valid: true, events: 3, brokenAtVersion: null, headHash: read[2].hash });
    });

    it('appends and subscriptions carry the hash as stored', async () => {
      const streamId = uniqueStream();
      const appended = await store.appendToStream(streamId, [event('A'), event('B')]);
      const read = await store.readStream(streamId);
      expect(appended.events.map((e) => e.hash)).toEqual(read.map((e) => e.hash));
      const all = await readAllUntil(store, undefined, { streamPrefix: streamId }, (events) => events.length === 2);
      expect(all.map((e) => e.hash)).toEqual(read.map((e) => e.hash));
    });

    it('keeps the chain whole under concurrent appends with no expected version', async () => {
      const streamId = uniqueStream();
      const other = await subject.openAnother();
      await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? other : store).appendToStream(streamId, [event('Race', { i }), event('Race', { i, second: true })])));
      const verification = await verifyStream(store, streamId);
      expect(verification).toMatchObject({ valid: true, events: 24, brokenAtVersion: null });
    });

    it('commits personal fields with a salt: the value proves itself, and without it the commitment stands for it', async () => {
      const streamId = uniqueStream();
      const data = { disputeId: 'd1', description: 'Ma batterie a gonflé', chronology: [{ on: '2026-01-02', what: 'appelé Mme Dupont' }] };
      await store.appendToStream(streamId, [{ type: 'ClaimFiled', data, personal: ['/description', '/chronology/0/what'] }, event('Later')]);
      const read = await store.readStream(streamId);
      expect(read[0].data).toEqual(data);
      expect(Object.keys(read[0].personal ?? {}).sort()).toEqual(['/chronology/0/what', '/description']);
      expect(read[0].personal?.['/description']).toEqual({ salt: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
      expect(read[1].personal).toBeUndefined();
      const links = read.map(chainLinkOf);
      expect((await verifyChain(links)).valid).toBe(true);

      // Erased (as destroying the subject's key will): no value, no salt, the commitment only.
      const salt = (read[0].personal?.['/description'] as { salt: string }).salt;
      const erased = structuredClone(links);
      const first = erased[0] as Extract<ChainLink, { event: unknown }>;
      delete (first.event.data as Record<string, unknown>).description;
      first.event.personal = { ...first.event.personal, '/description': { commitment: await commitmentOf(salt, data.description) } };
      expect(await verifyChain(erased)).toMatchObject({ valid: true, brokenAtVersion: null });

      // One character of a personal value changed: found.
      const altered = structuredClone(links);
      ((altered[0] as Extract<ChainLink, { event: unknown }>).event.data as { description: string }).description = 'Ma batterie a gonflé.';
      expect(await verifyChain(altered)).toMatchObject({ valid: false, brokenAtVersion: 0 });
      // A salt removed but the value kept: the hashed form changes, found.
      const unsalted = structuredClone(links);
      (unsalted[0] as Extract<ChainLink, { event: unknown }>).event.personal = { '/chronology/0/what': read[0].personal!['/chronology/0/what'] };
      expect(await verifyChain(unsalted)).toMatchObject({ valid: false, brokenAtVersion: 0 });
    });

    it('finds a changed, a removed and a reordered event, and proves an earlier export a prefix of the chain', async () => {
      const streamId = uniqueStream();
      await store.appendToStream(streamId, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })]);
      const links = (await store.readStream(streamId)).map(chainLinkOf);
      const changed = structuredClone(links);
      ((changed[1] as Extract<ChainLink, { event: unknown }>).event.data as { n: number }).n = 20;
      expect(await verifyChain(changed)).toMatchObject({ valid: false, brokenAtVersion: 1 });
      expect(await verifyChain([links[0], { ...links[2], streamVersion: 1 }])).toMatchObject({ valid: false, brokenAtVersion: 1 });
      expect(await verifyChain([links[0], links[2]])).toMatchObject({ valid: false, brokenAtVersion: 1 });
      // A link given by its digest alone (a reader who may not see it) keeps the chain checkable.
      const hidden = [links[0], { streamVersion: 1, hash: links[1].hash, digest: await eventDigest((links[1] as Extract<ChainLink, { event: unknown }>).event) }, links[2]];
      expect((await verifyChain(hidden)).valid).toBe(true);
      await store.appendToStream(streamId, [event('D')]);
      const later = (await store.readStream(streamId)).map(chainLinkOf);
      expect(isPrefixOf(links, later)).toBe(true);
      expect(isPrefixOf(changed.map((l, i) => (i === 2 ? { ...l, hash: GENESIS_HASH } : l)), later)).toBe(false);
    });
  });

  describe('personal fields encrypted per data subject (crypto-shredding)', () => {
    const textOf = (events: RecordedEvent[]) => JSON.stringify(events.map(({ data, metadata, personal }) => ({ data, metadata, personal })));
    const claim = () => ({ disputeId: randomUUID(), description: `Ma batterie a gonflé ${randomUUID()}`, chronology: [{ on: '2026-01-02', what: 'appelé Mme Dupont' }] });

    it("stores them sealed with the subject's key: read back in clear, unreadable without the key ring, the chain verifying either way", async () => {
      const streamId = uniqueStream();
      const consumer = randomUUID();
      const data = claim();
      const appended = await store.appendToStream(streamId, [{ type: 'ClaimFiled', data, personal: ['/description', '/chronology/0/what'], subject: consumer }]);
      expect(appended.events[0].data).toEqual(data);
      const read = await store.readStream(streamId);
      expect(read[0].data).toEqual(data);
      expect(read[0].personal?.['/description']).toEqual({ salt: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
      expect(read[0].hash).toBe(appended.events[0].hash);
      const all = await readAllUntil(store, undefined, { streamPrefix: streamId }, (events) => events.length === 1);
      expect(all[0].data).toEqual(data);
      expect((await verifyStream(store, streamId)).valid).toBe(true);

      const keyless = await subject.openWithoutKeys();
      try {
        const stored = await keyless.readStream(streamId);
        expect(textOf(stored)).not.toContain(data.description);
        expect(textOf(stored)).not.toContain('Mme Dupont');
        expect(stored[0].data).toEqual({ ...data, description: ERASED, chronology: [{ on: '2026-01-02', what: ERASED }] });
        expect(await verifyStream(keyless, streamId)).toMatchObject({ valid: true, events: 1 });
      } finally {
        await keyless.close();
      }
    });

    it("a destroyed key erases that subject's fields everywhere (read, read all, subscriptions), leaves the others' readable and the chain valid, and an earlier export still a verified prefix", async () => {
      const streamId = uniqueStream('shred');
      const [consumer, agent] = [randomUUID(), randomUUID()];
      const data = claim();
      await store.appendToStream(streamId, [
        { type: 'ClaimFiled', data, personal: ['/description', '/chronology/0/what'], subject: consumer },
        { type: 'MessagePosted', data: { body: 'Nous remplaçons la batterie.' }, personal: ['/body'], subject: agent },
        { type: 'MessagePosted', data: { body: 'Merci, Claire' }, personal: ['/body'], subject: consumer },
      ]);
      const exported = (await store.readStream(streamId)).map(chainLinkOf);
      expect(await verifyChain(exported)).toMatchObject({ valid: true });

      expect(await subject.keys.destroy(consumer)).toBe(true);
      const read = await store.readStream(streamId);
      expect(read[0].data).toEqual({ ...data, description: ERASED, chronology: [{ on: '2026-01-02', what: ERASED }] });
      expect(read[0].personal?.['/description']).toEqual({ commitment: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(read[1].data).toEqual({ body: 'Nous remplaçons la batterie.' });
      expect(read[2].data).toEqual({ body: ERASED });
      expect(textOf(read)).not.toContain('Claire');
      expect(await verifyStream(store, streamId)).toMatchObject({ valid: true, events: 3, brokenAtVersion: null });
      const later = read.map(chainLinkOf);
      expect(isPrefixOf(exported, later)).toBe(true);
      // The export made before the erasure still verifies offline, with the words in it.
      expect(await verifyChain(exported)).toMatchObject({ valid: true });

      const other = await subject.openAnother(); // another process sees the erasure at once
      expect((await other.readStream(streamId))[2].data).toEqual({ body: ERASED });
      const all = await readAllUntil(store, undefined, { streamPrefix: streamId }, (events) => events.length === 3);
      expect(all.map((e) => (e.data as { body?: string }).body)).toEqual([undefined, 'Nous remplaçons la batterie.', ERASED]);
      const seen = collector();
      const subscription = store.subscribe({ filter: { streamPrefix: streamId } }, seen.handler);
      await seen.until(() => seen.seen.length === 3);
      await subscription.stop();
      expect(textOf(seen.seen)).not.toContain('Claire');
    });

    it("keys scoped per dispute: destroying one dispute's keys erases its words only; destroying the subject erases hers in every dispute, and no key is made again", async () => {
      const [consumer, agent] = [randomUUID(), randomUUID()];
      const [first, second] = [randomUUID(), randomUUID()];
      const streamOf = (dispute: string) => `scoped-${dispute}`;
      for (const dispute of [first, second]) {
        await store.appendToStream(streamOf(dispute), [
          { type: 'ClaimFiled', data: { description: `Écran de Claire ${dispute}` }, personal: ['/description'], subject: scopedSubject(consumer, dispute) },
          { type: 'MessagePosted', data: { body: `Réponse de Marc ${dispute}` }, personal: ['/body'], subject: scopedSubject(agent, dispute) },
        ]);
      }
      const exported = (await store.readStream(streamOf(first))).map(chainLinkOf);

      expect(await subject.keys.destroyScope(first)).toBe(2);
      expect(await subject.keys.destroyScope(first)).toBe(0);
      expect((await store.readStream(streamOf(first))).map((e) => e.data)).toEqual([{ description: ERASED }, { body: ERASED }]);
      expect((await store.readStream(streamOf(second))).map((e) => e.data)).toEqual([{ description: `Écran de Claire ${second}` }, { body: `Réponse de Marc ${second}` }]);
      expect(await verifyStream(store, streamOf(first))).toMatchObject({ valid: true, events: 2 });
      expect(isPrefixOf(exported, (await store.readStream(streamOf(first))).map(chainLinkOf))).toBe(true);
      // A late word in the erased dispute, even from someone new there, is born erased.
      await store.appendToStream(streamOf(first), [{ type: 'MessagePosted', data: { body: 'Trop tard' }, personal: ['/body'], subject: scopedSubject(randomUUID(), first) }]);
      expect((await store.readStream(streamOf(first)))[2].data).toEqual({ body: ERASED });

      expect(await subject.keys.destroy(consumer)).toBe(true);
      expect((await store.readStream(streamOf(second))).map((e) => e.data)).toEqual([{ description: ERASED }, { body: `Réponse de Marc ${second}` }]);
      const third = randomUUID();
      await store.appendToStream(streamOf(third), [{ type: 'ClaimFiled', data: { description: 'Encore Claire' }, personal: ['/description'], subject: scopedSubject(consumer, third) }]);
      expect((await store.readStream(streamOf(third)))[0].data).toEqual({ description: ERASED });
      expect(await verifyStream(store, streamOf(second))).toMatchObject({ valid: true, events: 2 });
    });

    it('stores the words of a subject already erased as erased, and the append succeeds', async () => {
      const streamId = uniqueStream('late');
      const consumer = randomUUID();
      await store.appendToStream(streamId, [{ type: 'ClaimFiled', data: claim(), personal: ['/description'], subject: consumer }]);
      await subject.keys.destroy(consumer);
      await store.appendToStream(streamId, [{ type: 'DisputeClosed', data: { summary: 'Résumé tardif' }, personal: ['/summary'], subject: consumer }]);
      const read = await store.readStream(streamId);
      expect(read[1].data).toEqual({ summary: ERASED });
      expect(await verifyStream(store, streamId)).toMatchObject({ valid: true, events: 2 });
    });
  });

  describe('subscriptions', () => {
    it('catch up, then go live, without a gap or a repeat', async () => {
      const prefix = `live${randomUUID().slice(0, 8)}-`;
      const streamId = `${prefix}1`;
      await store.appendToStream(streamId, [event('Before1'), event('Before2')]);
      const seen = collector();
      const subscription = store.subscribe({ filter: { streamPrefix: prefix } }, seen.handler);
      try {
        await seen.until(() => seen.seen.length >= 2);
        const other = await subject.openAnother();
        try {
          await other.appendToStream(streamId, [event('FromAnotherProcess')]);
          await seen.until(() => seen.seen.length >= 3);
          const last = await store.appendToStream(streamId, [event('Live')]);
          await seen.until(() => seen.seen.length >= 4);
          expect(seen.seen.map((e) => e.type)).toEqual(['Before1', 'Before2', 'FromAnotherProcess', 'Live']);
          expect(await subscription.waitFor(last.lastPosition, 5_000)).toBe(true);
        } finally {
          await other.close();
        }
      } finally {
        await subscription.stop();
      }
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('keeps global order with 8 concurrent writers and a live subscriber: nothing lower than what was seen appears later', async () => {
      const prefix = `order${randomUUID().slice(0, 8)}-`;
      const writers = await Promise.all(Array.from({ length: 8 }, () => subject.openAnother()));
      const seen = collector();
      const outOfOrder: string[] = [];
      let highest = -1n;
      const subscription = store.subscribe({ filter: { streamPrefix: prefix }, batchSize: 50 }, async (events) => {
        for (const e of events) {
          if (e.globalPosition <= highest) outOfOrder.push(`${e.globalPosition} after ${highest}`);
          highest = e.globalPosition;
        }
        await seen.handler(events);
      });
      const appendsPerWriter = 40;
      try {
        const appended = await Promise.all(
          writers.map(async (writer, w) => {
            const positions: bigint[] = [];
            for (let i = 0; i < appendsPerWriter; i++) {
              const size = 1 + (i % 3);
              const result = await writer.appendToStream(`${prefix}${w}-${i % 5}`, Array.from({ length: size }, (_, k) => event('Ordered', { w, i, k })));
              positions.push(...result.events.map((e) => e.globalPosition));
            }
            return positions;
          }),
        );
        const all = appended.flat();
        await seen.until(() => seen.seen.length >= all.length, 30_000);
        expect(outOfOrder).toEqual([]);
        expect(seen.seen).toHaveLength(all.length);
        expect(new Set(seen.seen.map((e) => e.id)).size).toBe(all.length);
        expect(seen.seen.map((e) => e.globalPosition).sort((a, b) => (a < b ? -1 : 1))).toEqual(all.sort((a, b) => (a < b ? -1 : 1)));
        // A fresh reader from the start agrees with what the live one saw.
        const replay: RecordedEvent[] = [];
        let after: bigint | undefined;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 1000, filter: { streamPrefix: prefix } });
          replay.push(...page.events);
          if (page.events.length === 0) break;
          after = page.position;
        }
        expect(replay.map((e) => e.id)).toEqual(seen.seen.map((e) => e.id));
      } finally {
        await subscription.stop();
        await Promise.all(writers.map((w) => w.close()));
      }
    });

    it('resumes from a stored checkpoint', async () => {
      const prefix = `resume${randomUUID().slice(0, 8)}-`;
      const subscriptionId = `resume-${randomUUID()}`;
      await store.appendToStream(`${prefix}a`, [event('One'), event('Two')]);
      const first = collector();
      const s1 = store.subscribe({ filter: { streamPrefix: prefix }, checkpoint: { subscriptionId, store: subject.checkpoints } }, first.handler);
      await first.until(() => first.seen.length >= 2);
      await s1.stop();
      expect(await subject.checkpoints.load(subscriptionId)).toBe(first.seen[1].globalPosition);

      await store.appendToStream(`${prefix}a`, [event('Three')]);
      const second = collector();
      const s2 = store.subscribe({ filter: { streamPrefix: prefix }, checkpoint: { subscriptionId, store: subject.checkpoints } }, second.handler);
      try {
        await second.until(() => second.seen.length >= 1);
        await new Promise((r) => setTimeout(r, 100));
        expect(second.seen.map((e) => e.type)).toEqual(['Three']);
      } finally {
        await s2.stop();
      }
    });

    it('stops with the error when the handler fails, and does not deliver past it', async () => {
      const prefix = `fail${randomUUID().slice(0, 8)}-`;
      await store.appendToStream(`${prefix}a`, [event('Ok'), event('Boom')]);
      const delivered: string[] = [];
      const subscription = store.subscribe({ filter: { streamPrefix: prefix }, batchSize: 1 }, async ([e]) => {
        if (e.type === 'Boom') throw new Error('handler failed');
        delivered.push(e.type);
      });
      await expect(subscription.done).rejects.toThrow('handler failed');
      expect(delivered).toEqual(['Ok']);
      expect(await subscription.waitFor(10n ** 18n, 10)).toBe(false);
    });
  });
}
