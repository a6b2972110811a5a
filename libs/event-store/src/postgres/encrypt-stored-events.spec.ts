import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { MasterKey } from '../encryption/master-key';
import { PostgresSubjectKeys } from '../encryption/subject-keys';
import { verifyStream } from '../verify-stream';
import { encryptStoredEvents, type StoredEventView } from './encrypt-stored-events';
import { PostgresEventStore } from './postgres-event-store';

const master = new MasterKey('the-master-key-of-the-migration-spec-0123');
/** As the CLI does for disputes: the author named by the actor tag, undefined for the system. */
const subjectOf = (event: StoredEventView) => {
  const actor = String(event.metadata.actor ?? '');
  return actor.startsWith('system') || !actor.includes(':') ? undefined : actor.slice(actor.indexOf(':') + 1);
};

describe('encrypting the personal fields of events stored before (one-off migration)', () => {
  let database: TestDatabase;
  let plain: PostgresEventStore;
  let keys: PostgresSubjectKeys;

  beforeEach(async () => {
    database = await createTestDatabase('encrypt_stored');
    plain = await PostgresEventStore.start({ connectionString: database.url }); // as before issue 17: no key ring
    keys = await PostgresSubjectKeys.start({ connectionString: database.url, master });
  });
  afterEach(async () => {
    await plain.close();
    await keys.close();
    await database.drop();
  });

  const rawText = async (streamId: string) =>
    (await plain.pool.query<{ t: string }>(`SELECT string_agg(data::text || coalesce(personal::text, ''), ' ') AS t FROM event_store.events WHERE stream_id = $1`, [streamId])).rows[0].t;

  it('seals them with their subjects’ keys, keeps every chain valid and the words readable with the keys, and puts the trigger back', async () => {
    const claire = randomUUID();
    const agent = randomUUID();
    const dispute = `dispute-${randomUUID()}`;
    await plain.appendToStream(dispute, [
      { type: 'ClaimFiled', data: { consumerId: claire, problem: { description: 'La batterie de Claire gonfle' } }, personal: ['/problem/description'], metadata: { actor: `consumer:${claire}` } },
      { type: 'MessagePosted', data: { body: 'Envoyez-la à Lyon, Marc' }, personal: ['/body'], metadata: { actor: `merchant_agent:${agent}` } },
      { type: 'DisputeClosed', data: { summary: 'Clos par le système' }, personal: ['/summary'], metadata: { actor: 'system' } },
    ]);
    const other = `other-${randomUUID()}`;
    await plain.appendToStream(other, [{ type: 'X', data: { n: 1 } }]);
    const before = await plain.readStream(dispute);

    const report = await encryptStoredEvents({ pool: plain.pool, keys, subjectOf });
    expect(report).toMatchObject({ eventsEncrypted: 2, fieldsEncrypted: 2, eventsLeftInClear: 1 });
    expect(report.streamsVerified).toBeGreaterThanOrEqual(2);

    const raw = await rawText(dispute);
    expect(raw).not.toContain('Claire gonfle');
    expect(raw).not.toContain('Marc');
    expect(raw).toContain('Clos par le système'); // no subject named: left as it was, and counted

    const keyed = await PostgresEventStore.start({ connectionString: database.url, keys: await PostgresSubjectKeys.start({ connectionString: database.url, master }) });
    try {
      const after = await keyed.readStream(dispute);
      expect(after.map((e) => e.data)).toEqual(before.map((e) => e.data));
      expect(after.map((e) => e.hash)).toEqual(before.map((e) => e.hash));
      expect(await verifyStream(keyed, dispute)).toMatchObject({ valid: true, events: 3 });
      expect(await verifyStream(keyed, other)).toMatchObject({ valid: true, events: 1 });
      await keys.destroy(agent);
      expect((await keyed.readStream(dispute))[1].data).toEqual({ body: '⟦erased⟧' });
      expect(await verifyStream(keyed, dispute)).toMatchObject({ valid: true, events: 3 });
    } finally {
      await keyed.close();
    }

    await expect(plain.pool.query(`UPDATE event_store.events SET data = '{}'::json WHERE stream_id = $1`, [dispute])).rejects.toThrow(/append-only/);
    expect(await encryptStoredEvents({ pool: plain.pool, keys, subjectOf })).toMatchObject({ eventsEncrypted: 0, eventsLeftInClear: 1 });
  });

  it("seals again, per dispute, the words sealed with their author's plain key before keys were scoped: then one dispute can be erased alone", async () => {
    const claire = randomUUID();
    const agent = randomUUID();
    const keyed = await PostgresEventStore.start({ connectionString: database.url, keys: await PostgresSubjectKeys.start({ connectionString: database.url, master }) });
    try {
      const [first, second, erased] = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of [first, second, erased]) {
        await keyed.appendToStream(`dispute-${id}`, [
          { type: 'ClaimFiled', data: { consumerId: claire, problem: { description: `Claire, litige ${id}` } }, personal: ['/problem/description'], subject: claire, metadata: { actor: `consumer:${claire}` } },
          { type: 'MessagePosted', data: { body: `Marc répond ${id}` }, personal: ['/body'], subject: id === erased ? randomUUID() : agent, metadata: { actor: `merchant_agent:${agent}` } },
        ]);
      }
      const erasedAuthor = JSON.parse((await plain.pool.query<{ p: string }>(`SELECT personal::text AS p FROM event_store.events WHERE stream_id = $1 AND stream_version = 1`, [`dispute-${erased}`])).rows[0].p)['/body'].subject as string;
      await keys.destroy(erasedAuthor); // its words are gone: left as they are
      const before = await keyed.readStream(`dispute-${first}`);
      const perDispute = (event: StoredEventView) => {
        const author = subjectOf(event);
        return author && `${author}@${event.streamId.slice('dispute-'.length)}`;
      };

      const report = await encryptStoredEvents({ pool: plain.pool, keys, subjectOf: perDispute });
      expect(report).toMatchObject({ fieldsEncrypted: 0, fieldsResealed: 5, streams: 3 });
      expect((await keyed.readStream(`dispute-${first}`)).map((e) => [e.data, e.hash])).toEqual(before.map((e) => [e.data, e.hash]));
      expect((await keyed.readStream(`dispute-${erased}`))[1].data).toEqual({ body: '⟦erased⟧' });
      expect(await verifyStream(keyed, `dispute-${erased}`)).toMatchObject({ valid: true, events: 2 });

      expect(await keys.destroyScope(first)).toBe(2);
      expect((await keyed.readStream(`dispute-${first}`)).map((e) => e.data)).toEqual([{ consumerId: claire, problem: { description: '⟦erased⟧' } }, { body: '⟦erased⟧' }]);
      expect((await keyed.readStream(`dispute-${second}`))[0].data).toEqual({ consumerId: claire, problem: { description: `Claire, litige ${second}` } });
      expect(await verifyStream(keyed, `dispute-${first}`)).toMatchObject({ valid: true, events: 2 });
      expect(await encryptStoredEvents({ pool: plain.pool, keys, subjectOf: perDispute })).toMatchObject({ fieldsEncrypted: 0, fieldsResealed: 0, streams: 0 });
    } finally {
      await keyed.close();
    }
  });

  it('changes nothing when a stream no longer verifies, and names it', async () => {
    const claire = randomUUID();
    const dispute = `dispute-${randomUUID()}`;
    await plain.appendToStream(dispute, [
      { type: 'ClaimFiled', data: { consumerId: claire, problem: { description: 'Écran cassé' } }, personal: ['/problem/description'], metadata: { actor: `consumer:${claire}` } },
      { type: 'Other', data: { n: 1 }, metadata: { actor: `consumer:${claire}` } },
    ]);
    await plain.pool.query(`BEGIN; ALTER TABLE event_store.events DISABLE TRIGGER events_append_only;
      UPDATE event_store.events SET data = '{"n":2}'::json WHERE stream_id = '${dispute}' AND stream_version = 1;
      ALTER TABLE event_store.events ENABLE TRIGGER events_append_only; COMMIT;`);
    await expect(encryptStoredEvents({ pool: plain.pool, keys, subjectOf })).rejects.toThrow(`stream ${dispute} no longer verifies at version 1`);
    expect(await rawText(dispute)).toContain('Écran cassé');
    await expect(plain.pool.query(`UPDATE event_store.events SET data = '{}'::json WHERE stream_id = $1`, [dispute])).rejects.toThrow(/append-only/);
  });
});
