import { accountStreamId, dataSubjectOf, DISPUTE_STREAM_PREFIX, personalPointers, personalDataErased, type Actor, type DisputeEvent } from '@recours/disputes';
import { ERASED, MasterKey, PostgresEventStore, PostgresSubjectKeys, scopedSubject, type EventStore, type NewEvent } from '@recours/event-store';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import type { Projector } from '../runner/projector';
import { DisputeScript, dayAt } from '../testing/dispute-script';
import { agent, claimOf, consumer } from '../testing/parties';
import { catchUp, startTestKit, type TestKit } from '../testing/test-kit';

/**
 * Each read model's `erase` (issue 17): once a subject's key is destroyed and PersonalDataErased
 * recorded, no row of read_models holds her words, the other party's stay, an event after it
 * (the projector's cache held her words) brings none back, and a rebuild keeps her erased. The
 * same entry point erases a dispute as a whole (retention: a PersonalDataErased naming it).
 */
describe('erasure in the read models', () => {
  let kit: TestKit;
  let keys: PostgresSubjectKeys;
  let store: PostgresEventStore;
  let projector: Projector;
  const HERS = ['Ornithorynque', 'ZQX-SERIAL-991', 'her-own-words'];
  const AGENTS = 'Tamarillo stock arrives Monday';

  /** Appends as the command path does: personal fields named, sealed with their author's key for this dispute (scopedSubject). */
  const sealing = (inner: EventStore): EventStore =>
    ({
      appendToStream: (streamId: string, events: readonly NewEvent[], options?: Parameters<EventStore['appendToStream']>[2]) =>
        inner.appendToStream(
          streamId,
          events.map((event) => {
            const disputeEvent = event as unknown as DisputeEvent;
            const [kind, id] = String(event.metadata?.actor).split(':');
            const actor = { kind: kind.toUpperCase(), id, merchantId: 'merchant-1' } as Actor;
            const author = dataSubjectOf(disputeEvent, actor, undefined);
            return { ...event, personal: personalPointers(disputeEvent), subject: author === undefined ? undefined : scopedSubject(author, streamId.slice(DISPUTE_STREAM_PREFIX.length)) };
          }),
          options,
        ),
    }) as EventStore;

  /** Every row of every read-model table, as text. */
  const readModelText = async (): Promise<string> => {
    const { rows } = await kit.pool.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'read_models' AND table_type = 'BASE TABLE'`);
    let text = '';
    for (const { name } of rows) text += (await kit.pool.query<{ t: string }>(`SELECT string_agg(r::text, ' ') AS t FROM read_models."${name}" r`)).rows[0].t ?? '';
    return text;
  };

  const fileWithWords = async (disputeId: string, consumerId: string) => {
    const script = new DisputeScript(disputeId, sealing(store));
    const claim = claimOf('merchant-1');
    await script.do('FileClaim', dayAt('2026-11-02', 0), consumer(consumerId), {
      ...claim,
      product: { ...claim.product, serialNumber: 'ZQX-SERIAL-991' },
      problem: { ...claim.problem, description: `The Ornithorynque drum stops (${consumerId})`, chronology: [{ on: '2026-11-01', what: 'her-own-words first stop' }] },
    });
    await script.do('PostMessage', dayAt('2026-11-02', 1), agent(), { messageId: 'm-1', body: AGENTS });
    await script.do('PostMessage', dayAt('2026-11-02', 1, '11:00'), consumer(consumerId), { messageId: 'm-2', body: 'her-own-words about the Ornithorynque' });
    return script;
  };

  beforeAll(async () => {
    kit = await startTestKit('erasure');
    keys = await PostgresSubjectKeys.start({ connectionString: kit.database.url, master: new MasterKey('erasure-spec-master-key') });
    store = await PostgresEventStore.start({ connectionString: kit.database.url, poolSize: 4, keys });
    projector = kit.projector(ALL_PROJECTIONS, { store });
  }, 60_000);
  afterAll(async () => {
    await kit?.close();
    await store?.close();
  });

  it('drops her words from every read model, keeps the agent’s, and an event after it brings none back', async () => {
    const script = await fileWithWords('d-1', 'consumer-1');
    // The merchant team's own note: not the consumer's to count (dispute_summaries.consumer_version).
    await script.do('AddInternalNote', dayAt('2026-11-02', 2), agent(), { noteId: 'n-1', body: 'Call back on Monday' });
    await catchUp(projector, script.lastPosition);
    for (const words of HERS) expect(await readModelText()).toContain(words);

    expect(await keys.destroy('consumer-1')).toBe(true);
    const erased = await store.appendToStream(accountStreamId('consumer-1'), [personalDataErased({ subject: 'consumer-1', disputes: [], at: '2026-11-05T10:00:00.000Z' })]);
    await catchUp(projector, erased.lastPosition);
    let text = await readModelText();
    for (const words of HERS) expect(text).not.toContain(words);
    expect(text).toContain(AGENTS);

    // The projector's cache held her words: the next event must be folded on the erased state.
    await script.do('PostMessage', dayAt('2026-11-02', 3), agent(), { messageId: 'm-3', body: 'Second agent message' });
    await catchUp(projector, script.lastPosition);
    text = await readModelText();
    for (const words of HERS) expect(text).not.toContain(words);
    expect(text).toContain('Second agent message');
    // Folded again from the erased events, then on from the cache: the consumer's count still leaves the note out.
    const { rows } = await kit.pool.query(`SELECT version, consumer_version FROM read_models.dispute_summaries WHERE dispute_id = 'd-1'`);
    expect(rows).toEqual([{ version: script.events.length - 1, consumer_version: script.events.length - 2 }]);
  }, 60_000);

  it('erases a dispute as a whole when the erasure names it (retention: its scope destroyed), leaving the others, hers included', async () => {
    const kept = await fileWithWords('d-kept', 'consumer-3');
    const gone = await fileWithWords('d-gone', 'consumer-2');
    const hersKept = await fileWithWords('d-hers-kept', 'consumer-2');
    await catchUp(projector, hersKept.lastPosition);
    expect(await keys.destroyScope('d-gone')).toBeGreaterThanOrEqual(2);
    const erased = await store.appendToStream('retention-d-gone', [personalDataErased({ disputes: ['d-gone'], at: '2026-11-06T10:00:00.000Z' })]);
    await catchUp(projector, erased.lastPosition);
    const { rows } = await kit.pool.query<{ dispute_id: string; description: string }>(`SELECT dispute_id, description FROM read_models.dispute_search WHERE dispute_id IN ('d-kept', 'd-gone', 'd-hers-kept') ORDER BY dispute_id`);
    expect(rows).toEqual([
      { dispute_id: 'd-gone', description: ERASED },
      { dispute_id: 'd-hers-kept', description: 'The Ornithorynque drum stops (consumer-2)' },
      { dispute_id: 'd-kept', description: 'The Ornithorynque drum stops (consumer-3)' },
    ]);
    expect(gone.current.filed).toBe(true);
    expect(kept.current.filed).toBe(true);
  }, 60_000);

  it('keeps them erased through a rebuild', async () => {
    await rebuildProjections({ store, connectionString: kit.database.url, projections: ALL_PROJECTIONS });
    const text = await readModelText();
    expect(text).not.toContain('(consumer-1)');
    expect(text).toContain('(consumer-2)'); // her other dispute, d-hers-kept
    expect(text).toContain('(consumer-3)');
    const { rows } = await kit.pool.query<{ description: string }>(`SELECT description FROM read_models.dispute_search WHERE dispute_id = 'd-gone'`);
    expect(rows).toEqual([{ description: ERASED }]);
    expect(text).toContain(AGENTS);
  }, 60_000);
});
