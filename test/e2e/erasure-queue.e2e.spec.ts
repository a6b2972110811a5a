import { FILE_STORAGE, type FileStorage } from '@recours/file-storage';
import { multipartBody, withCast } from '@recours/testing';
import { Client } from 'pg';
import { AccountErasure } from '../../apps/api/src/privacy/erasure/account-erasure';

/*
 * Erasures left pending (a process died midway, a step failed) are finished by every API process
 * in rounds (AccountErasure.resume). One that keeps failing must not hold the others: each person
 * erased after her waited, round after round, for as long as her step failed.
 */
describe('pending erasures', () => {
  // No round of its own during the test: the test runs them.
  const cast = withCast('erasure_queue', { anne: ['consumer', 'Anne Lorrain'], bruno: ['consumer', 'Bruno Vasseur'] }, { ERASURE_RESUME_INTERVAL_MS: '3600000' });
  let db: Client;

  // Connected once the app runs; closed before it closes (it drops its database, ending every connection).
  beforeEach(async () => {
    db = new Client({ connectionString: cast.api.database.url });
    await db.connect();
  });
  afterEach(() => db.end());

  const completed = async (accountId: string) =>
    (await db.query<{ completed_at: Date | null }>(`SELECT completed_at FROM accounts.erasures WHERE account_id = $1`, [accountId])).rows[0]?.completed_at ?? null;

  it('one whose file the storage keeps refusing to delete stays pending, and the one requested after it is finished all the same; it is finished once the storage deletes it', async () => {
    const { api, anne, bruno } = cast;
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'facture-anne.txt', content: Buffer.from('Facture d’Anne Lorrain.\n') }]);
    const uploaded = (await (await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${anne.token}` }, body })).json()) as { id: string };
    expect(uploaded.id).toEqual(expect.any(String));

    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    const remove = storage.delete.bind(storage);
    const refusing = jest.spyOn(storage, 'delete').mockImplementation(async (id) => {
      if (id === uploaded.id) throw new Error('the storage refused to delete the object');
      return remove(id);
    });
    // Anne's request first, Bruno's a minute later: both left pending.
    await db.query(`INSERT INTO accounts.erasures (account_id, requested_by, requested_at) VALUES ($1, $1, now() - interval '2 minutes'), ($2, $2, now() - interval '1 minute')`, [anne.id, bruno.id]);

    const erasure = api.app.get(AccountErasure);
    try {
      expect(await erasure.resume()).toBe(1);
      expect(await completed(anne.id)).toBeNull();
      expect(await completed(bruno.id)).toBeInstanceOf(Date);
      const { rows } = await db.query<{ display_name: string }>(`SELECT display_name FROM accounts.accounts WHERE id = $1`, [bruno.id]);
      expect(rows[0].display_name).not.toContain('Bruno');
      // Still refused: still pending, tried again at every round.
      expect(await erasure.resume()).toBe(0);
      expect(await completed(anne.id)).toBeNull();
    } finally {
      refusing.mockRestore();
    }
    expect(await erasure.resume()).toBe(1);
    expect(await completed(anne.id)).toBeInstanceOf(Date);
    expect((await db.query(`SELECT 1 FROM evidence.uploads WHERE id = $1`, [uploaded.id])).rowCount).toBe(0);
  });
});
