import { createHash, randomUUID } from 'node:crypto';
import { verifyCaseFile } from '@recours/case-file';
import { SUBJECT_KEYS, type PostgresSubjectKeys } from '@recours/event-store';
import { FILE_STORAGE, SEALED_FILES, SealedFileStorage, type FileStorage } from '@recours/file-storage';
import { apiActors, multipartBody, must, phoneClaim, samples, startWithCast, type Account, type TestApp } from '@recours/testing';
import { killedWhileReplacing } from '../../libs/file-storage/src/contract/storage-pieces';
import { encryptStoredFiles } from '../../apps/api/src/files/encrypt-stored-files';
import { UPLOADS, type Uploads } from '../../apps/api/src/files/uploads';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SEALED = Buffer.concat([Buffer.from([0xff]), Buffer.from('recours')]);

/** A letter in clear that names a person: what must never be found in the stored bytes. */
const letter = (who: string) => Buffer.from(`Objet : facture\n${who}, 12 rue des Lilas, 69003 Lyon. IBAN FR76 3000 6000 0112 3456 7890 189.\n`.repeat(40));

describe('evidence files sealed with their uploader’s key (issue 17 item 1)', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let outsider: Account;

  const upload = async (as: Account, filename: string, content: Buffer) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename, content }]);
    const answer = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${as.token}` }, body });
    expect(answer.status).toBe(201);
    return (await answer.json()) as { id: string; sha256: string; name: string };
  };
  const get = async (path: string, as: Account | null | string, language = 'fr') => {
    const token = typeof as === 'string' ? as : as?.token;
    const answer = await fetch(`${api.origin}${path}`, { headers: { 'accept-language': language, ...(token && { authorization: `Bearer ${token}` }) } });
    const body = Buffer.from(await answer.arrayBuffer());
    return { status: answer.status, body, headers: answer.headers, json: () => JSON.parse(body.toString('utf8')) as { error: { code: string; message: string } } };
  };
  const query = (sql: string, params: unknown[] = []) => api.database.query(sql, params);
  /** The bytes the storage holds for a file (PostgreSQL, the default adapter). */
  const stored = async (id: string) => Buffer.concat((await query('SELECT bytes FROM files.chunks WHERE file_id = $1 ORDER BY seq', [id])).map((r) => r.bytes as Buffer));
  const fileClaim = async (as: Account, evidence: Array<{ kind: string; name: string; sha256: string; fileId: string }>) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, { evidence }) }, as.token), 'file').fileClaim.id;

  beforeAll(async () => {
    ({ api, consumer, merchant, outsider } = await startWithCast('sealed_evidence_files', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'], outsider: ['consumer', 'Eve'] }));
  });
  afterAll(() => api?.close());

  it('stores the upload sealed; the parties download it in clear; the fingerprint is the plain file’s and the exported case file verifies', async () => {
    const plain = letter('Claire Dupont');
    const sent = await upload(consumer, 'facture.txt', plain);
    expect(sent.sha256).toBe(sha256(plain));
    const bytes = await stored(sent.id);
    expect(bytes.subarray(0, SEALED.length).equals(SEALED)).toBe(true);
    expect(bytes.includes('Claire Dupont')).toBe(false);
    expect(bytes.includes('rue des Lilas')).toBe(false);

    const disputeId = await fileClaim(consumer, [{ kind: 'INVOICE', name: 'facture.txt', sha256: sent.sha256, fileId: sent.id }]);
    const downloaded = await get(`/files/${sent.id}`, merchant);
    expect(downloaded.status).toBe(200);
    expect(downloaded.body.equals(plain)).toBe(true);
    expect(downloaded.headers.get('content-length')).toBe(String(plain.length));
    expect(downloaded.headers.get('x-evidence-sha256')).toBe(sha256(plain));

    const caseFile = await get(`/disputes/${disputeId}/case-file.json`, merchant);
    expect(caseFile.status).toBe(200);
    expect(caseFile.body.toString('utf8')).toContain(sha256(plain));
    expect(await verifyCaseFile(caseFile.body)).toMatchObject({ intact: true, sealIntact: true });
    expect(sha256(downloaded.body)).toBe(sha256(plain)); // the file downloaded is the one the case file names
  });

  it('once the uploader’s key is destroyed, the download answers 410 in the reader’s language and the stored bytes stay unreadable; 401 and 404 are in her language too', async () => {
    const zoe = await apiActors(api).consumer('Zoé');
    const plain = letter('Zoé Martin');
    const sent = await upload(zoe, 'facture.txt', plain);
    const disputeId = await fileClaim(zoe, [{ kind: 'INVOICE', name: 'facture.txt', sha256: sent.sha256, fileId: sent.id }]);
    expect((await get(`/files/${sent.id}`, merchant)).status).toBe(200);
    // The documented manual erasure: her key destroyed in keys.subject_keys.
    await query(`UPDATE keys.subject_keys SET wrapped = NULL, master_key_id = NULL, destroyed_at = now() WHERE subject = $1`, [zoe.id]);

    const fr = await get(`/files/${sent.id}`, merchant, 'fr');
    expect({ status: fr.status, error: fr.json().error }).toEqual({ status: 410, error: { code: 'GONE', message: 'Ce fichier a été effacé\u202f; il ne peut plus être téléchargé' } });
    const en = await get(`/files/${sent.id}`, zoe, 'en');
    expect({ status: en.status, error: en.json().error }).toEqual({ status: 410, error: { code: 'GONE', message: 'This file was erased; it can no longer be downloaded' } });
    // Those who could not read it before learn nothing more now.
    expect((await get(`/files/${sent.id}`, outsider)).status).toBe(404);
    const bytes = await stored(sent.id);
    expect(bytes.length).toBeGreaterThan(plain.length);
    expect(bytes.includes('Zoé Martin')).toBe(false);

    expect(await get(`/files/${sent.id}`, outsider, 'fr').then((a) => ({ status: a.status, error: a.json().error }))).toEqual({ status: 404, error: { code: 'NOT_FOUND', message: 'Fichier introuvable' } });
    expect(await get(`/files/${randomUUID()}`, merchant, 'en').then((a) => a.json().error.message)).toBe('File not found');
    expect(await get(`/disputes/${disputeId}/case-file.json`, outsider, 'fr').then((a) => ({ status: a.status, error: a.json().error }))).toEqual({ status: 404, error: { code: 'NOT_FOUND', message: 'Litige introuvable' } });
    expect(await get(`/disputes/${disputeId}/formal-notice.pdf`, null, 'en').then((a) => ({ status: a.status, error: a.json().error }))).toEqual({ status: 404, error: { code: 'NOT_FOUND', message: 'Dispute not found' } });
    for (const path of [`/files/${sent.id}`, `/disputes/${disputeId}/case-file.json`]) {
      const refused = await get(path, 'not-a-token', 'fr');
      expect(refused.status).toBe(401);
      expect(refused.json().error.code).toBe('UNAUTHENTICATED');
      expect(refused.json().error.message).not.toMatch(/\b(the|token|sign)\b/i);
    }
  });

  it('files:encrypt seals the files stored in clear before, in place; stopped midway it lost nothing and carries on; run again it seals nothing', async () => {
    const raw = api.app.get<FileStorage>(FILE_STORAGE);
    const uploads = api.app.get<Uploads>(UPLOADS);
    const sealed = api.app.get<SealedFileStorage>(SEALED_FILES);
    const sealedNow = await upload(consumer, 'recu.txt', letter('Claire Dupont'));
    // Three files stored as the release before stored them: in clear, with their catalogue rows.
    const clear = await Promise.all(
      ['Claire Dupont', 'Claire D.', 'C. Dupont'].map(async (who) => {
        const id = randomUUID();
        const plain = letter(who);
        await raw.put(id, (async function* () { yield plain; })());
        await query(`INSERT INTO evidence.uploads (id, owner_id, state, name, sha256, size, content_type) VALUES ($1, $2, 'STORED', 'ancien.txt', $3, $4, 'text/plain')`, [id, consumer.id, sha256(plain), plain.length]);
        return { id, plain };
      }),
    );
    const lost = randomUUID();
    await query(`INSERT INTO evidence.uploads (id, owner_id, state, name, sha256, size, content_type) VALUES ($1, $2, 'STORED', 'perdu.txt', $3, 1, 'text/plain')`, [lost, consumer.id, 'a'.repeat(64)]);
    // During the transition a file in clear is served as it is.
    for (const { id, plain } of clear) expect((await get(`/files/${id}`, consumer)).body.equals(plain)).toBe(true);

    // Killed while writing the second sealed copy: the switch never happens.
    const keys = api.app.get<PostgresSubjectKeys>(SUBJECT_KEYS);
    await expect(encryptStoredFiles(uploads, new SealedFileStorage(killedWhileReplacing(raw, 1), keys))).rejects.toThrow('killed midway');
    for (const { id, plain } of clear) expect((await get(`/files/${id}`, consumer)).body.equals(plain)).toBe(true);

    const ours = new Set([...clear.map((c) => c.id), lost, sealedNow.id]);
    const resumed = await encryptStoredFiles(uploads, sealed);
    expect(resumed).toMatchObject({ sealed: 2, resealed: 0, missing: 1, subjectErased: [] });
    expect(resumed.alreadySealed).toBe(resumed.files - 3);
    expect(resumed.files).toBeGreaterThanOrEqual(ours.size);
    for (const { id, plain } of clear) {
      const bytes = await stored(id);
      expect(bytes.subarray(0, SEALED.length).equals(SEALED)).toBe(true);
      expect(bytes.includes('Dupont')).toBe(false);
      expect((await get(`/files/${id}`, consumer)).body.equals(plain)).toBe(true);
    }
    expect(await encryptStoredFiles(uploads, sealed)).toMatchObject({ sealed: 0, alreadySealed: resumed.files - 1, missing: 1 });
    // No chunk left behind by the run that was stopped.
    expect(await query(`SELECT count(*)::int AS n FROM files.chunks c WHERE NOT EXISTS (SELECT 1 FROM files.blobs b WHERE b.file_id = c.file_id)`)).toEqual([{ n: 0 }]);
  });
});
