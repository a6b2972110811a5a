import type { Dispute } from '@recours/disputes';
import { MasterKey, PostgresEventStore, PostgresSubjectKeys, scopedSubject } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { TEST_DATA_KEY } from '../../../../../test/support/test-database';
import { DisputeErasure, retentionStreamId } from './dispute-erasure';

/**
 * The retention job's erasure of one dispute, on a real store and key ring: it is complete only
 * once the dispute's words no longer open. Words sealed under a key its scope does not cover (an
 * account's own key, as before per-dispute keys) or stored in clear make it throw, so that the
 * job does not record it as completed.
 */
describe('DisputeErasure (retention)', () => {
  let database: TestDatabase;
  let keys: PostgresSubjectKeys;
  let store: PostgresEventStore;
  const noFiles = { ofDispute: async () => [], forget: async () => undefined };
  const noStorage = { delete: async () => undefined };
  const dispute = (disputeId: string) => ({ disputeId, evidence: [], mandate: undefined }) as unknown as Dispute;
  const message = (body: string, subject?: string) => ({ type: 'MessagePosted', data: { body }, personal: ['/body'], ...(subject && { subject }) });

  beforeAll(async () => {
    database = await createTestDatabase('dispute_erasure');
    keys = await PostgresSubjectKeys.start({ connectionString: database.url, master: new MasterKey(TEST_DATA_KEY), poolSize: 2 });
    store = await PostgresEventStore.start({ connectionString: database.url, poolSize: 2, keys });
  });
  afterAll(async () => {
    await store?.close();
    await keys?.close();
    await database?.drop();
  });

  it('completes when every word of the dispute was sealed with a key of its scope', async () => {
    await store.appendToStream('dispute-d1', [message('her words', scopedSubject('claire', 'd1')), message('his words', scopedSubject('marc', 'd1'))]);
    await new DisputeErasure(keys, noFiles, noStorage, store).carryOut(dispute('d1'), new Date());
    expect((await store.readStream('dispute-d1')).map((e) => (e.data as { body: string }).body)).not.toContain('her words');
    expect(await store.readStream(retentionStreamId('d1'))).toHaveLength(1);
  });

  it.each([
    ['under an account’s own key, outside the scope', 'claire'],
    ['in clear, before encryption', undefined],
  ])('refuses to complete while a word stored %s still opens', async (_, subject) => {
    const id = `d-${subject ?? 'clear'}`;
    await store.appendToStream(`dispute-${id}`, [message('sealed in scope', scopedSubject('claire', id)), message('still readable', subject)]);
    await expect(new DisputeErasure(keys, noFiles, noStorage, store).carryOut(dispute(id), new Date())).rejects.toThrow(/1 event\(s\) still open .* version 1/);
  });
});
