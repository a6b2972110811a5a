import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { MasterKey } from './master-key';
import { PostgresSubjectKeys, scopedSubject, SubjectErased } from './subject-keys';

describe('subject keys (keys.subject_keys)', () => {
  let database: TestDatabase;
  const opened: PostgresSubjectKeys[] = [];
  const open = async (master: MasterKey, previous?: MasterKey) => {
    const keys = await PostgresSubjectKeys.start({ connectionString: database.url, master, previous });
    opened.push(keys);
    return keys;
  };
  const oldMaster = new MasterKey('the-old-master-key-of-this-test-0123456789');
  const newMaster = new MasterKey('the-new-master-key-of-this-test-9876543210');

  beforeAll(async () => {
    database = await createTestDatabase('subject_keys');
  });
  afterAll(async () => {
    await Promise.all(opened.map((k) => k.close()));
    await database.drop();
  });

  it('makes one key per subject on first write, keeps it wrapped, and gives the same one back', async () => {
    const keys = await open(oldMaster);
    const subject = randomUUID();
    const key = await keys.keyForWriting(subject);
    expect(key).toHaveLength(32);
    const again = await open(oldMaster); // another process: nothing cached
    expect((await again.keyForWriting(subject)).equals(key)).toBe(true);
    expect((await again.keysForReading([subject, randomUUID()])).get(subject)?.equals(key)).toBe(true);
    const { rows } = await keys.pool.query<{ wrapped: Buffer; master_key_id: string }>('SELECT wrapped, master_key_id FROM keys.subject_keys WHERE subject = $1', [subject]);
    expect(rows[0].master_key_id).toBe(oldMaster.id);
    expect(rows[0].wrapped.includes(key)).toBe(false);
    expect(rows[0].wrapped.length).toBe(12 + 32 + 16);
  });

  it('makes one key, in one transaction, when the events of one append ask for it at once', async () => {
    const keys = await open(oldMaster);
    const subject = `${randomUUID()}@${randomUUID()}`; // scoped to a dispute: made in a transaction
    const transactions = jest.spyOn(keys.pool, 'connect');
    const asked = await Promise.all(Array.from({ length: 8 }, () => keys.keyForWriting(subject)));
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(asked.every((key) => key.equals(asked[0]))).toBe(true);
    transactions.mockRestore();
    // Once made, it is held: an erasure still makes the next write ask the table (and be refused).
    await keys.destroy(subject.split('@')[0]);
    await expect(keys.keyForWriting(subject)).rejects.toThrow(SubjectErased);
  });

  it('makes a key within a scope in one round trip, its name sent as it is whatever it holds', async () => {
    const keys = await open(oldMaster);
    // Names are account and dispute ids; the statement inlines them, so quotes and backslashes must stay text.
    const subject = scopedSubject(`o'brien\\'); DROP TABLE keys.subject_keys; --`, `dispute "1" \\x00`);
    const sent = jest.spyOn(Client.prototype, 'query');
    const made = await keys.keyForWriting(subject);
    expect(sent).toHaveBeenCalledTimes(1);
    sent.mockRestore();
    const other = await open(oldMaster);
    expect((await other.keysForReading([subject])).get(subject)?.equals(made)).toBe(true);
    expect((await other.keyForWriting(subject)).equals(made)).toBe(true); // found, not made again
    expect(await other.destroyScope(`dispute "1" \\x00`)).toBe(1);
    await expect(open(oldMaster).then((fresh) => fresh.keyForWriting(subject))).rejects.toBeInstanceOf(SubjectErased);
  });

  it('holds at most writeCacheSize keys for writing, the least recently used forgotten and read again from the ring', async () => {
    const keys = await PostgresSubjectKeys.start({ connectionString: database.url, master: oldMaster, writeCacheSize: 3 });
    opened.push(keys);
    const dispute = randomUUID();
    const subjects = Array.from({ length: 5 }, () => scopedSubject(randomUUID(), dispute));
    const made = [];
    for (const subject of subjects) made.push(await keys.keyForWriting(subject));
    expect(keys.keysHeldForWriting).toBe(3);
    // The first two were forgotten: written again, they come back from the ring, the same keys (no new row).
    expect((await keys.keyForWriting(subjects[0])).equals(made[0])).toBe(true);
    const { rows } = await keys.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM keys.subject_keys WHERE subject = ANY($1)', [subjects]);
    expect(rows[0].n).toBe(5);
    expect(keys.keysHeldForWriting).toBe(3);
    // What is held is served from memory: with the rows gone, a held key is still given, a forgotten one is made anew.
    await keys.pool.query('DELETE FROM keys.subject_keys WHERE subject = ANY($1)', [subjects]);
    expect((await keys.keyForWriting(subjects[4])).equals(made[4])).toBe(true);
    expect((await keys.keyForWriting(subjects[1])).equals(made[1])).toBe(false);
  });

  it('destroys a key for good: no longer read, never made again, and said once', async () => {
    const keys = await open(oldMaster);
    const subject = randomUUID();
    await keys.keyForWriting(subject);
    expect(await keys.destroy(subject)).toBe(true);
    expect(await keys.destroy(subject)).toBe(false);
    expect((await keys.keysForReading([subject])).has(subject)).toBe(false);
    await expect(keys.keyForWriting(subject)).rejects.toBeInstanceOf(SubjectErased);
    const other = await open(oldMaster);
    await expect(other.keyForWriting(subject)).rejects.toBeInstanceOf(SubjectErased);
    const { rows } = await keys.pool.query('SELECT wrapped, master_key_id, destroyed_at FROM keys.subject_keys WHERE subject = $1', [subject]);
    expect(rows[0]).toEqual({ wrapped: null, master_key_id: null, destroyed_at: expect.any(Date) });
  });

  it('keys per (subject, dispute): one per pair, destroyed by the dispute or by the subject, and never made again under either', async () => {
    const keys = await open(oldMaster);
    const [claire, marc] = [randomUUID(), randomUUID()];
    const [first, second] = [randomUUID(), randomUUID()];
    const plain = await keys.keyForWriting(claire);
    const mine = await keys.keyForWriting(scopedSubject(claire, first));
    expect(mine.equals(plain)).toBe(false);
    await keys.keyForWriting(scopedSubject(claire, second));
    await keys.keyForWriting(scopedSubject(marc, first));
    await keys.keyForWriting(scopedSubject(marc, second));

    const other = await open(oldMaster); // another process, whose writing cache still holds nothing
    expect(await other.destroyScope(first)).toBe(2);
    expect(await other.destroyScope(first)).toBe(0);
    const read = await keys.keysForReading([claire, scopedSubject(claire, first), scopedSubject(claire, second), scopedSubject(marc, first), scopedSubject(marc, second)]);
    expect([...read.keys()].sort()).toEqual([claire, scopedSubject(claire, second), scopedSubject(marc, second)].sort());
    // Nobody new gets a key in the erased dispute; the other dispute goes on.
    await expect(other.keyForWriting(scopedSubject(randomUUID(), first))).rejects.toBeInstanceOf(SubjectErased);
    await other.keyForWriting(scopedSubject(randomUUID(), second));

    expect(await keys.destroy(claire)).toBe(true);
    expect([...(await keys.keysForReading([claire, scopedSubject(claire, second), scopedSubject(marc, second)])).keys()]).toEqual([scopedSubject(marc, second)]);
    await expect(keys.keyForWriting(scopedSubject(claire, second))).rejects.toBeInstanceOf(SubjectErased); // cached before: forgotten
    await expect(other.keyForWriting(scopedSubject(claire, randomUUID()))).rejects.toBeInstanceOf(SubjectErased);
    expect(() => scopedSubject('a@b', first)).toThrow();
  });

  it('destroys a subject who only ever had keys scoped to disputes, and a subject erased while its first key is being made keeps none', async () => {
    const keys = await open(oldMaster);
    const lea = randomUUID();
    const disputes = Array.from({ length: 6 }, () => randomUUID());
    await keys.keyForWriting(scopedSubject(lea, disputes[0]));
    const racing = await open(oldMaster);
    const writes = disputes.slice(1).map((d) => racing.keyForWriting(scopedSubject(lea, d)).then(() => 'made', (e: unknown) => (e instanceof SubjectErased ? 'refused' : Promise.reject(e))));
    expect(await keys.destroy(lea)).toBe(true);
    await Promise.all(writes);
    const { rows } = await keys.pool.query<{ n: string }>(`SELECT count(*) AS n FROM keys.subject_keys WHERE data_subject = $1 AND wrapped IS NOT NULL`, [lea]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('refuses a key wrapped by a master key it does not hold, naming DATA_KEY', async () => {
    const keys = await open(oldMaster);
    const subject = randomUUID();
    await keys.keyForWriting(subject);
    const stranger = await open(new MasterKey('some-other-master-key-entirely-0123456789'));
    await expect(stranger.keysForReading([subject])).rejects.toThrow(/DATA_KEY/);
  });

  it('rotates the master key: every live key re-wrapped with the new one, the data keys unchanged, destroyed keys left destroyed', async () => {
    const before = await open(oldMaster);
    const subjects = [randomUUID(), randomUUID(), scopedSubject(randomUUID(), randomUUID())]; // keys per dispute too
    const dataKeys = await Promise.all(subjects.map((s) => before.keyForWriting(s)));
    const erased = randomUUID();
    await before.keyForWriting(erased);
    await before.destroy(erased);

    const rotating = await open(newMaster, oldMaster);
    const { rewrapped } = await rotating.rotate();
    expect(rewrapped).toBeGreaterThanOrEqual(subjects.length);
    expect((await rotating.rotate()).rewrapped).toBe(0);

    const after = await open(newMaster); // DATA_KEY_PREVIOUS gone
    const read = await after.keysForReading([...subjects, erased]);
    subjects.forEach((s, i) => expect(read.get(s)?.equals(dataKeys[i])).toBe(true));
    expect(read.has(erased)).toBe(false);
    const { rows } = await after.pool.query<{ n: string }>('SELECT count(*) AS n FROM keys.subject_keys WHERE wrapped IS NOT NULL AND master_key_id <> $1', [newMaster.id]);
    expect(Number(rows[0].n)).toBe(0);
    await expect((await open(oldMaster)).keysForReading(subjects)).rejects.toThrow(/DATA_KEY/);
  });
});
