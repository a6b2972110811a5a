import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { apiActors, multipartBody, must, phoneClaim, samples, startWithCast, type Account, type TestApp } from '@recours/testing';
import { UploadPurge } from '../../apps/api/src/files/upload-purge';

const MAX = 64 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Uploaded {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  name: string;
}

describe('evidence files: upload, attach, download to those entitled', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let outsider: Account;

  const upload = async (as: Account | null, filename: string | undefined, content: Buffer, headers: Record<string, string> = {}) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename, content }]);
    const answer = await fetch(`${api.origin}/files`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(as && { authorization: `Bearer ${as.token}` }), ...headers },
      body: headers['content-encoding'] === 'gzip' ? gzipSync(body) : body,
    });
    return { status: answer.status, body: (await answer.json()) as Uploaded & { error?: { code: string; reason: string; field: string; message: string } } };
  };
  const download = (id: string, as: Account | null) => fetch(`${api.origin}/files/${id}`, { headers: as ? { authorization: `Bearer ${as.token}` } : {} });
  /** Counts, by the names the statement gives them. */
  const rows = (sql: string) => api.database.query<Record<string, number>>(sql);

  beforeAll(async () => {
    ({ api, consumer, merchant, outsider } = await startWithCast('evidence_files', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'], outsider: ['consumer', 'Eve'] }, { MAX_UPLOAD_BYTES: String(MAX) }));
  });
  afterAll(() => api?.close());

  it('a consumer uploads her invoice and a photo, attaches them; the merchant downloads them, the mediator once assigned, an outsider gets 404', async () => {
    const invoice = await upload(consumer, 'facture.pdf', samples.pdf());
    expect(invoice).toEqual({ status: 201, body: { id: expect.any(String), sha256: sha256(samples.pdf()), size: samples.pdf().length, contentType: 'application/pdf', name: 'facture.pdf' } });
    const photo = await upload(consumer, 'batterie.png', samples.png());
    expect(photo.body).toMatchObject({ contentType: 'image/png', sha256: sha256(samples.png()) });

    const claim = phoneClaim(merchant.merchantId as string, { evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: invoice.body.sha256, fileId: invoice.body.id }] });
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: claim }, consumer.token), 'file').fileClaim;
    const attached = must(
      await api.gql<{ attachEvidence: { evidence: Array<{ name: string; file: { id: string; contentType: string; size: number } | null }> } }>(
        `mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { name file { id contentType size } } } }`,
        { input: { disputeId: filed.id, kind: 'PHOTO', name: 'batterie.png', sha256: photo.body.sha256, fileId: photo.body.id } },
        consumer.token,
      ),
      'attach',
    ).attachEvidence;
    expect(attached.evidence).toEqual([
      { name: 'facture.pdf', file: { id: invoice.body.id, contentType: 'application/pdf', size: samples.pdf().length } },
      { name: 'batterie.png', file: { id: photo.body.id, contentType: 'image/png', size: samples.png().length } },
    ]);

    const asMerchant = await download(invoice.body.id, merchant);
    expect(asMerchant.status).toBe(200);
    expect(asMerchant.headers.get('content-type')).toBe('application/pdf');
    expect(asMerchant.headers.get('content-disposition')).toBe('attachment; filename=facture.pdf');
    expect(asMerchant.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asMerchant.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await asMerchant.arrayBuffer()).equals(samples.pdf())).toBe(true);
    expect(Buffer.from(await (await download(photo.body.id, merchant)).arrayBuffer()).equals(samples.png())).toBe(true);

    for (const who of [outsider, null]) expect((await download(invoice.body.id, who)).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000', consumer)).status).toBe(404);
    expect((await download('../../etc/passwd', consumer)).status).toBe(404);

    // The mediator: nothing before the case is assigned to it, the files once it is.
    const actors = apiActors(api);
    const mediator = await actors.mediator();
    const admin = await actors.admin();
    const send = async (name: string, input: Record<string, unknown>, as: Account) =>
      must(await api.gql(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input }, as.token), name);
    await send('rejectClaim', { disputeId: filed.id, reason: 'Damage caused by a third-party charger' }, merchant);
    await send('escalate', { disputeId: filed.id, reason: 'I only used the original charger' }, consumer);
    await send('rejectClaim', { disputeId: filed.id, reason: 'The supervisor confirms the refusal' }, merchant);
    await send('requestMediation', { disputeId: filed.id }, consumer);
    expect((await download(photo.body.id, mediator)).status).toBe(404);
    await send('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    expect((await download(photo.body.id, mediator)).status).toBe(200);
  });

  it('checks a fileId against the upload: another name, another fingerprint or another person’s file is refused, naming the field, and nothing is recorded', async () => {
    const mine = (await upload(consumer, 'ticket.txt', samples.text())).body;
    const theirs = (await upload(outsider, 'autre.txt', samples.text(300))).body;
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, { evidence: [] }) }, consumer.token), 'file').fileClaim;
    for (const [input, message] of [
      [{ name: 'ticket.txt', sha256: 'b'.repeat(64), fileId: mine.id }, /sha256/],
      [{ name: 'autre-nom.txt', sha256: mine.sha256, fileId: mine.id }, /named “ticket.txt”/],
      [{ name: 'autre.txt', sha256: theirs.sha256, fileId: theirs.id }, /not a file you uploaded/],
    ] as const) {
      const answer = await api.gql(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id } }`, { input: { disputeId: filed.id, kind: 'OTHER', ...input } }, consumer.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.fileId', message: expect.stringMatching(message) }] });
    }
    const dispute = must(await api.gql<{ dispute: { evidence: unknown[]; version: number } }>(`query($id: ID!) { dispute(id: $id) { version evidence { name } } }`, { id: filed.id }, consumer.token), 'read').dispute;
    expect(dispute).toEqual({ version: 0, evidence: [] });
    // Without a fileId, evidence kept elsewhere is still recorded by name and fingerprint alone.
    const kept = must(await api.gql<{ attachEvidence: { evidence: Array<{ file: unknown }> } }>(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { file { id } } } }`, { input: { disputeId: filed.id, kind: 'OTHER', name: 'papier.pdf', sha256: 'c'.repeat(64) } }, consumer.token), 'attach').attachEvidence;
    expect(kept.evidence).toEqual([{ file: null }]);
  });

  it('refuses hostile files with a reason and keeps nothing of them; never serves anything inline', async () => {
    const before = await rows(`SELECT count(*)::int AS n FROM evidence.uploads`);
    const refused = [
      ['a PDF carrying JavaScript', 'facture.pdf', samples.pdfWithJavaScript(), 415, 'ACTIVE_CONTENT'],
      ['a PDF hiding /JavaScript behind #xx escapes', 'facture.pdf', samples.pdfWithHiddenJavaScript(), 415, 'ACTIVE_CONTENT'],
      ['an SVG with a script', 'photo.svg', samples.svg(), 415, 'MARKUP'],
      ['an HTML page', 'facture.txt', samples.html(), 415, 'MARKUP'],
      ['a zip bomb', 'archive.zip', samples.zipBomb(), 415, 'TYPE_NOT_ACCEPTED'],
      ['a PNG whose name says PDF', 'facture.pdf', samples.png(), 415, 'EXTENSION_MISMATCH'],
      ['a text whose name says .exe', 'lisez-moi.txt.exe', samples.text(), 415, 'EXTENSION_MISMATCH'],
      ['one byte over the limit', 'long.txt', samples.text(MAX + 1), 413, 'TOO_LARGE'],
      ['an empty file', 'vide.txt', Buffer.alloc(0), 400, 'EMPTY'],
      ['binary that is no accepted type', 'data.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), 415, 'NOT_TEXT'],
    ] as const;
    for (const [label, name, content, status, reason] of refused) {
      const answer = await upload(consumer, name, content);
      expect({ label, status: answer.status, reason: answer.body.error?.reason, field: answer.body.error?.field }).toEqual({ label, status, reason, field: 'file' });
    }
    expect((await upload(consumer, 're\u0007çu.txt', samples.text())).body.error?.reason).toBe('MALFORMED'); // a control character breaks the part's header
    const french = await upload(consumer, 'photo.svg', samples.svg(), { 'accept-language': 'fr' });
    expect(french.body.error?.message).toMatch(/images SVG ne sont pas acceptées|ne sont pas acceptés/);
    const gzipped = await upload(consumer, 'facture.pdf', samples.pdf(), { 'content-encoding': 'gzip' });
    expect(gzipped).toMatchObject({ status: 415, body: { error: { reason: 'ENCODED_BODY' } } });
    expect((await upload(null, 'facture.pdf', samples.pdf())).status).toBe(401);

    // Exactly at the limit is accepted; an e-mail is recognised as one.
    expect((await upload(consumer, 'long.txt', samples.text(MAX))).body).toMatchObject({ size: MAX, contentType: 'text/plain' });
    expect((await upload(consumer, 'reponse.eml', samples.email())).body).toMatchObject({ contentType: 'message/rfc822' });

    // A name with path separators, control and bidirectional characters is stored harmlessly.
    const named = await upload(consumer, '..\\..\\windows/re\u202Eçu\t\t1.txt', samples.text());
    expect(named.body).toMatchObject({ name: 'reçu 1.txt' });
    const served = await download(named.body.id, consumer);
    expect(served.headers.get('content-disposition')).toBe(`attachment; filename="re?u 1.txt"; filename*=UTF-8''re%C3%A7u%201.txt`);
    expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');

    const after = await rows(`SELECT count(*)::int AS n FROM evidence.uploads`);
    expect(after[0].n - before[0].n).toBe(3); // the three accepted above, nothing of the refused ones
    expect(await rows(`SELECT count(*)::int AS n FROM evidence.uploads WHERE state <> 'STORED'`)).toEqual([{ n: 0 }]);
    expect(await rows(`SELECT count(*)::int AS n FROM files.chunks c WHERE NOT EXISTS (SELECT 1 FROM files.blobs b WHERE b.file_id = c.file_id)`)).toEqual([{ n: 0 }]);
  });

  it('refuses two files in one upload, naming the field, and keeps neither (the first is not kept while the second is dropped)', async () => {
    const before = await rows(`SELECT count(*)::int AS n FROM evidence.uploads`);
    const { body, contentType } = multipartBody([
      { field: 'file', filename: 'facture.pdf', content: samples.pdf() },
      { field: 'file', filename: 'photo.png', content: samples.png() },
    ]);
    const answer = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}`, 'accept-language': 'fr' }, body });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: unknown }).error).toMatchObject({ reason: 'TOO_MANY_FILES', field: 'file', message: 'Un seul fichier par envoi.' });
    expect(await rows(`SELECT count(*)::int AS n FROM evidence.uploads`)).toEqual(before);
    expect(await rows(`SELECT count(*)::int AS n FROM files.chunks c WHERE NOT EXISTS (SELECT 1 FROM files.blobs b WHERE b.file_id = c.file_id)`)).toEqual([{ n: 0 }]);
  });

  it('keeps nothing of an upload cut off midway', async () => {
    const before = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'coupe.txt', content: samples.text(MAX - 100) }]);
    await new Promise<void>((resolve) => {
      const url = new URL(`${api.origin}/files`);
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/files', method: 'POST', headers: { 'content-type': contentType, 'content-length': body.length, authorization: `Bearer ${consumer.token}` } });
      req.on('error', () => resolve());
      req.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => {
        req.destroy();
        resolve();
      }, 300));
    });
    // The server notices the end of the connection: wait until it has cleaned up, at most 10 s.
    let after = before;
    for (let i = 0; i < 50; i++) {
      after = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
      if (after[0].uploads === before[0].uploads) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(after).toEqual(before);
  });

  it('a whole request whose form ends midway through the file (no closing boundary) is refused as cut off, in the reader’s language, keeping nothing; it was a 500 (crash probe)', async () => {
    const before = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'tronque.pdf', content: samples.pdf() }]);
    for (const [language, message] of [['fr', 'L’envoi a été interrompu avant la fin : rien n’a été gardé, recommencez.'], ['en', 'The upload stopped before its end: nothing was kept, try again.']] as const) {
      const answer = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}`, 'accept-language': language }, body: body.subarray(0, body.length - 60) });
      expect({ status: answer.status, error: ((await answer.json()) as { error: unknown }).error }).toEqual({ status: 400, error: { code: 'BAD_USER_INPUT', reason: 'CUT_OFF', field: 'file', message: expect.stringMatching(new RegExp(`^${message.slice(0, 20)}`)) } });
    }
    expect(await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`)).toEqual(before);
  });

  it('a form cut short while a part the upload does not read (a second file, another field’s file) is still coming is refused, and the server lives on (crash probe: that part’s stream failed with nobody listening)', async () => {
    const before = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
    for (const parts of [
      [{ field: 'file', filename: 'facture.pdf', content: samples.pdf() }, { field: 'file', filename: 'photo.png', content: samples.png() }],
      [{ field: 'other', filename: 'autre.png', content: samples.png() }],
    ]) {
      const { body, contentType } = multipartBody(parts);
      const answer = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}`, 'accept-language': 'fr' }, body: body.subarray(0, body.length - 60) });
      expect(answer.status).toBe(400);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await upload(consumer, 'facture.pdf', samples.pdf())).status).toBe(201);
    expect((await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads`))[0].uploads).toBe(before[0].uploads + 1);
  });

  it('keeps nothing of an upload cut off after its file, before the request ended (nobody is told its id)', async () => {
    const before = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'presque.txt', content: samples.text(1000) }]);
    let answered = false;
    await new Promise<void>((resolve) => {
      const url = new URL(`${api.origin}/files`);
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/files', method: 'POST', headers: { 'content-type': contentType, 'content-length': body.length, authorization: `Bearer ${consumer.token}` } });
      req.on('error', () => resolve());
      req.on('response', () => (answered = true));
      // The whole file and its part's end, not the closing "--\r\n": then the client goes.
      req.write(body.subarray(0, body.length - 4), () => setTimeout(() => {
        req.destroy();
        resolve();
      }, 500));
    });
    expect(answered).toBe(false);
    // The server stores the file, then hears that the request ended: wait until it has cleaned up, at most 10 s.
    let after: Array<Record<string, number>> = [];
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
      if (after[0].uploads === before[0].uploads) break;
    }
    expect(after).toEqual(before);
  });

  /** A form written byte by byte: parts whose Content-Disposition no client library would write. */
  const rawForm = async (as: Account, parts: Array<{ disposition: Buffer | string; content: Buffer; type?: string }>, language: 'fr' | 'en' = 'fr') => {
    const boundary = '----recoursraw';
    const body = Buffer.concat([
      ...parts.flatMap((part) => [Buffer.from(`--${boundary}\r\nContent-Disposition: `), Buffer.from(part.disposition), Buffer.from(part.type ? `\r\nContent-Type: ${part.type}\r\n\r\n` : '\r\n\r\n'), part.content, Buffer.from('\r\n')]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const answer = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${as.token}`, 'accept-language': language }, body });
    return { status: answer.status, body: (await answer.json()) as Uploaded & { error?: { code: string; reason: string; field: string; message: string } } };
  };
  const kept = () => rows(`SELECT (SELECT count(*) FROM evidence.uploads)::int AS uploads, (SELECT count(*) FROM files.chunks)::int AS chunks`);
  const field = (name: string, value = 'x') => ({ disposition: `form-data; name="${name}"`, content: Buffer.from(value) });

  it('a form of more than 10 fields is refused as such, saying the limit, in French and English, and nothing is kept; it was « Aucun fichier reçu » when they came before the file', async () => {
    const before = await kept();
    const file = { disposition: 'form-data; name="file"; filename="facture.pdf"', content: samples.pdf() };
    const thousandFirst = [...Array.from({ length: 1000 }, (_, i) => field(`note${i}`)), file];
    expect(await rawForm(consumer, thousandFirst, 'fr')).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_FIELDS', field: 'file', message: 'Le formulaire compte trop de champs\u202f: 10 au plus, en plus du fichier.' } } });
    expect((await rawForm(consumer, thousandFirst, 'en')).body.error?.message).toBe('The form has too many fields: 10 at most, besides the file.');
    // After the file as well: the file read first is not kept.
    expect((await rawForm(consumer, [file, ...Array.from({ length: 11 }, (_, i) => field(`note${i}`))])).body.error?.reason).toBe('TOO_MANY_FIELDS');
    expect(await kept()).toEqual(before);
    // Ten fields and the file: accepted.
    expect((await rawForm(consumer, [...Array.from({ length: 10 }, (_, i) => field(`note${i}`)), file])).body).toMatchObject({ name: 'facture.pdf', contentType: 'application/pdf' });
  });

  it('a field whose value is over 1 KiB is refused as such, naming the field and saying the limit, in French and English, and nothing is kept; busboy cut it without a word', async () => {
    const before = await kept();
    const file = { disposition: 'form-data; name="file"; filename="facture.pdf"', content: samples.pdf() };
    const long = field('note', 'x'.repeat(1025));
    expect(await rawForm(consumer, [long, file], 'fr')).toEqual({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', reason: 'FIELD_TOO_LONG', field: 'note', message: 'La valeur du champ «\u202fnote\u202f» dépasse 1\u202f024 octets, la longueur maximale.' } },
    });
    expect((await rawForm(consumer, [long, file], 'en')).body.error?.message).toBe('The value of the field “note” is longer than 1,024 bytes, the longest accepted.');
    // The field's name as its sender wrote it (UTF-8, its own « ? » not typeset); after the file as well: the file read first is not kept.
    expect((await rawForm(consumer, [file, field('référence ?', 'x'.repeat(5000))], 'fr')).body.error).toMatchObject({ reason: 'FIELD_TOO_LONG', field: 'référence ?', message: expect.stringMatching(/^La valeur du champ «\u202fréférence \?\u202f» dépasse/) });
    expect(await kept()).toEqual(before);
    // Exactly 1 KiB: accepted.
    expect((await rawForm(consumer, [field('note', 'x'.repeat(1024)), file])).body).toMatchObject({ name: 'facture.pdf', contentType: 'application/pdf' });
  });

  it('a file whose name header cannot be read is refused as such, in French and English, and nothing is kept; it was « Aucun fichier reçu »', async () => {
    const before = await kept();
    for (const disposition of [
      `form-data; name="file"; filename*=UTF-8''facture%ZZ.pdf`, // a broken percent escape
      `form-data; name="file"; filename*=ISO-8859-15''r%E9sum%E9.pdf`, // a character set the parser does not read
      `form-data; name="file"; filename*=facture.pdf`, // no character set
      `form-data; name="file"; filename="facture.pdf`, // no closing quote
    ]) {
      expect({ disposition, ...(await rawForm(consumer, [field('note'), { disposition, content: samples.pdf() }])) }).toEqual({
        disposition,
        status: 400,
        body: { error: { code: 'BAD_USER_INPUT', reason: 'UNREADABLE_NAME', field: 'file', message: 'Le nom du fichier est illisible\u202f: renommez le fichier puis envoyez-le à nouveau.' } },
      });
    }
    expect((await rawForm(consumer, [{ disposition: `form-data; name="file"; filename*=UTF-8''%ZZ.pdf`, content: samples.pdf() }], 'en')).body.error?.message).toBe('The file’s name cannot be read: rename the file and send it again.');
    // A part whose header is unreadable without naming a file: the form is malformed, not empty.
    expect((await rawForm(consumer, [{ disposition: 'form-data; name="file', content: samples.pdf() }])).body.error?.reason).toBe('MALFORMED');
    expect(await kept()).toEqual(before);
  });

  it('a file whose name header cannot be read, past the first 64 KiB of the form (after another field’s file), is still refused as such; it was « Aucun fichier reçu »; a line of a part’s content is never read as a header', async () => {
    const before = await kept();
    const annexe = { disposition: 'form-data; name="annexe"; filename="annexe.txt"', content: samples.text(90 * 1024) };
    const broken = { disposition: `form-data; name="file"; filename*=UTF-8''facture%ZZ.pdf`, content: samples.pdf() };
    expect((await rawForm(consumer, [annexe, broken])).body.error).toMatchObject({ reason: 'UNREADABLE_NAME', field: 'file' });
    // An e-mail quoting a form, sent under another field and no file: nothing was sent in « file ».
    const quoting = { disposition: 'form-data; name="annexe"; filename="copie.eml"', content: Buffer.from('Objet : envoi\r\nContent-Disposition: form-data; name="file"; filename="facture.pdf\r\n\r\nfin\r\n') };
    expect((await rawForm(consumer, [quoting])).body.error).toMatchObject({ reason: 'NO_FILE', field: 'file' });
    expect(await kept()).toEqual(before);
  });

  it('a file name not in UTF-8 is read as the Latin-1 of older Windows programs; a name with characters that cannot be read keeps what can be, never « � »', async () => {
    const named = async (disposition: Buffer | string) => {
      const answer = await rawForm(consumer, [{ disposition, content: samples.pdf() }]);
      expect(answer.status).toBe(201);
      const served = await download(answer.body.id, consumer);
      return { stored: answer.body.name, served: served.headers.get('content-disposition') };
    };
    // Windows-1252: « é » and « ° » as in Latin-1, the apostrophe « ’ » as the byte 0x92.
    const latin1 = Buffer.from('form-data; name="file"; filename="relevé d\u0092achat n°12.pdf"', 'latin1');
    expect(await named(latin1)).toEqual({ stored: 'relevé d’achat n°12.pdf', served: `attachment; filename="relev? d?achat n?12.pdf"; filename*=UTF-8''relev%C3%A9%20d%E2%80%99achat%20n%C2%B012.pdf` });
    expect((await named(Buffer.from('form-data; name="file"; filename="relevé d’achat.pdf"', 'utf8'))).stored).toBe('relevé d’achat.pdf'); // UTF-8, as browsers send it
    expect((await named(`form-data; name="file"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%82%AC.pdf`)).stored).toBe('résumé €.pdf');
    // Bytes that are not in the character set the header names.
    expect((await named(`form-data; name="file"; filename*=UTF-8''Facture%20n%FF12.pdf`)).stored).toBe('Facture n_12.pdf');
    expect((await named(`form-data; name="file"; filename*=UTF-8''%E9%E8%FF.pdf`)).stored).toBe('document.pdf');
  });

  it('deletes uploads not attached within 24 hours, and keeps attached ones', async () => {
    const loose = (await upload(consumer, 'oublie.txt', samples.text(120))).body;
    expect(loose).toMatchObject({ name: 'oublie.txt' });
    const purge = api.app.get(UploadPurge);
    expect(await purge.purge(new Date(Date.now() + 23 * 3600_000))).toBe(0);
    expect((await download(loose.id, consumer)).status).toBe(200);
    const attachedBefore = await rows(`SELECT count(*)::int AS n FROM evidence.uploads WHERE attached_at IS NOT NULL`);
    expect(await purge.purge(new Date(Date.now() + 25 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect((await download(loose.id, consumer)).status).toBe(404);
    expect(await rows(`SELECT count(*)::int AS n FROM files.chunks WHERE file_id = '${loose.id}'`)).toEqual([{ n: 0 }]);
    expect(await rows(`SELECT count(*)::int AS n FROM evidence.uploads WHERE attached_at IS NOT NULL`)).toEqual(attachedBefore);
    const attached = await rows(`SELECT count(*)::int AS n FROM evidence.uploads WHERE attached_at IS NULL`);
    expect(attached).toEqual([{ n: 0 }]);
  });
});
