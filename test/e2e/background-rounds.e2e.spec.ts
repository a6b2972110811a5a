import { FILE_STORAGE, type FileStorage } from '@recours/file-storage';
import { multipartBody, withCast } from '@recours/testing';
import { Client } from 'pg';
import { PURGE_PAGE, UploadPurge } from '../../apps/api/src/files/upload-purge';
import { AccountErasure } from '../../apps/api/src/privacy/erasure/account-erasure';

/*
 * The rounds each API process runs in the background over what is due, oldest first: erasures
 * left pending (a process died midway, a step failed) and uploads never attached. One item that
 * keeps failing must not hold the others: those after it waited, round after round, for as long
 * as it failed (a person's erasure, a file kept past its day).
 */
describe('background rounds: one item that keeps failing holds none after it', () => {
  // No round of their own during the tests: the tests run them.
  const cast = withCast(
    'background_rounds',
    { anne: ['consumer', 'Anne Lorrain'], bruno: ['consumer', 'Bruno Vasseur'], claire: ['consumer', 'Claire Dumas'] },
    { ERASURE_RESUME_INTERVAL_MS: '3600000', UPLOADS_PURGE_INTERVAL_MS: '3600000' },
  );
  let db: Client;

  // Connected once the app runs; closed before it closes (it drops its database, ending every connection).
  beforeEach(async () => {
    db = new Client({ connectionString: cast.api.database.url });
    await db.connect();
  });
  afterEach(() => db.end());

  const completed = async (accountId: string) =>
    (await db.query<{ completed_at: Date | null }>(`SELECT completed_at FROM accounts.erasures WHERE account_id = $1`, [accountId])).rows[0]?.completed_at ?? null;

  const upload = async (token: string, filename: string) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename, content: Buffer.from(`${filename}\n`) }]);
    const answer = await fetch(`${cast.api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}` }, body });
    const { id } = (await answer.json()) as { id: string };
    expect(id).toEqual(expect.any(String));
    return id;
  };
  const uploadKept = async (id: string) => (await db.query(`SELECT 1 FROM evidence.uploads WHERE id = $1`, [id])).rowCount === 1;

  it('an erasure whose file the storage keeps refusing to delete stays pending, and the one requested after it is finished all the same; it is finished once the storage deletes it', async () => {
    const { api, anne, bruno } = cast;
    const file = await upload(anne.token, 'facture-anne.txt');

    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    const remove = storage.delete.bind(storage);
    const refusing = jest.spyOn(storage, 'delete').mockImplementation(async (id) => {
      if (id === file) throw new Error('the storage refused to delete the object');
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
    expect(await uploadKept(file)).toBe(false);
  });

  it('an upload never attached whose file the storage keeps refusing to delete stays, and the one after it goes at its day all the same; it goes once the storage deletes it', async () => {
    const { api, claire } = cast;
    const first = await upload(claire.token, 'devis.txt');
    const second = await upload(claire.token, 'photo-ecran.txt');
    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    const remove = storage.delete.bind(storage);
    const refusing = jest.spyOn(storage, 'delete').mockImplementation(async (id) => {
      if (id === first) throw new Error('the storage refused to delete the object');
      return remove(id);
    });
    const purge = api.app.get(UploadPurge);
    const dayAfter = new Date(Date.now() + 25 * 3600_000);
    try {
      expect(await purge.purge(dayAfter)).toBe(1);
      expect(await uploadKept(first)).toBe(true);
      expect(await uploadKept(second)).toBe(false);
    } finally {
      refusing.mockRestore();
    }
    expect(await purge.purge(dayAfter)).toBe(1);
    expect(await uploadKept(first)).toBe(false);
  });

  it('more than a page of uploads the storage keeps refusing to delete, older than the rest, keep none after them', async () => {
    const { api, claire } = cast;
    // Older than any upload of the spec, left by sends that died midway: the storage refuses to delete each.
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO evidence.uploads (id, owner_id, state, name, created_at)
       SELECT gen_random_uuid(), $1, 'RECEIVING', 'envoi-interrompu.txt', now() - interval '1 hour' + g * interval '1 millisecond' FROM generate_series(1, $2::int) g
       RETURNING id::text`,
      [claire.id, PURGE_PAGE + 1],
    );
    const stuck = new Set(rows.map((r) => r.id));
    const later = await upload(claire.token, 'bon-de-commande.txt');
    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    const remove = storage.delete.bind(storage);
    const refusing = jest.spyOn(storage, 'delete').mockImplementation(async (id) => {
      if (stuck.has(id)) throw new Error('the storage refused to delete the object');
      return remove(id);
    });
    const purge = api.app.get(UploadPurge);
    const dayAfter = new Date(Date.now() + 25 * 3600_000);
    try {
      expect(await purge.purge(dayAfter)).toBe(1);
      expect(await uploadKept(later)).toBe(false);
      expect((await db.query(`SELECT 1 FROM evidence.uploads WHERE id = ANY($1::uuid[])`, [[...stuck]])).rowCount).toBe(stuck.size);
    } finally {
      refusing.mockRestore();
    }
    expect(await purge.purge(dayAfter)).toBe(stuck.size);
  });
});
