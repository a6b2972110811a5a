import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { caseFileText, verifyCaseFile } from '@recours/case-file';
import { scopedSubject } from '@recours/event-store';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

/** The text a person would read in a PDF, through Debian's poppler-utils. */
function pdfText(pdf: Buffer, dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the formal notice and the case file', () => {
  let api: TestApp;
  let base: string;
  let dir: string;
  let consumer: Account;
  let merchant: Account;
  let outsider: Account;
  let disputeId: string;

  const get = async (path: string, as: Account | null, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${base}${path}`, { headers: { ...(as && { authorization: `Bearer ${as.token}` }), ...headers } });
    return { status: answer.status, headers: answer.headers, body: Buffer.from(await answer.arrayBuffer()) };
  };

  beforeAll(async () => {
    api = await startTestApp('documents');
    base = api.url.replace(/\/graphql$/, '');
    dir = mkdtempSync(join(tmpdir(), 'recours-documents-'));
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire Dupont');
    merchant = await actors.merchant('PhoneShop');
    outsider = await actors.consumer('Eve');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Dommage causé par un chargeur tiers' } }, merchant.token), 'reject');
  });
  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the consumer downloads a dated formal notice in French and in English, built from the facts and the rights engine', async () => {
    const fr = await get(`/disputes/${disputeId}/formal-notice.pdf?locale=fr`, consumer);
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toBe('application/pdf');
    expect(fr.headers.get('content-disposition')).toMatch(/^attachment; filename=mise-en-demeure-\d{4}-\d{2}-\d{2}\.pdf$/);
    const french = pdfText(fr.body, dir, 'fr.pdf');
    for (const expected of ['Objet : mise en demeure', 'Claire Dupont', 'Samsung Galaxy A54', '449,00 €', 'The battery swells', 'procéder au remplacement du bien', 'garantie légale de conformité', 'L612-2', '750-1', 'Lettre recommandée']) {
      expect({ expected, found: french.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(french).toMatch(/au plus tard le \d{1,2}(er)? \S+ \d{4}/);
    // The merchant refused it (beforeAll): the letter says when, and why in its words.
    expect(french).toMatch(/ma réclamation le \d{1,2}(er)? \S+ \d{4} ; vous l’avez refusée le \d{1,2}(er)? \S+ \d{4} \(« Dommage causé par un chargeur tiers »\)\./);
    expect(french).not.toMatch(/à le /);
    const en = pdfText((await get(`/disputes/${disputeId}/formal-notice.pdf?locale=en`, consumer)).body, dir, 'en.pdf');
    for (const expected of ['Subject: formal notice', 'the replacement of the goods', 'legal guarantee of conformity', '€449.00']) expect({ expected, found: en.includes(expected) }).toEqual({ expected, found: true });
    // Without ?locale=, the reader's Accept-Language.
    expect(pdfText((await get(`/disputes/${disputeId}/formal-notice.pdf`, consumer, { 'accept-language': 'en-GB' })).body, dir, 'al.pdf')).toContain('Subject: formal notice');
    // One page rendered to an image, to be looked at.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', '1', '-l', '1', join(dir, 'fr.pdf'), join(dir, 'page')]);
    expect(readFileSync(join(dir, 'page.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    // PDF_PAGE_OUT=docs/screenshots/formal-notice-fr.png keeps the page, to look at.
    if (process.env.PDF_PAGE_OUT) copyFileSync(join(dir, 'page.png'), process.env.PDF_PAGE_OUT);
  });

  it('erased words (her key destroyed by hand) read as such in the reader’s language in the letter and the case file, never as the store’s marker', async () => {
    const zoe = await apiActors(api).consumer('Zoé');
    const erased = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, zoe.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: erased, reason: 'Dommage causé par un chargeur tiers' } }, merchant.token), 'reject');
    // The documented manual erasure: her key for this dispute destroyed in keys.subject_keys.
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      const { rowCount } = await client.query(`UPDATE keys.subject_keys SET wrapped = NULL, master_key_id = NULL, destroyed_at = now() WHERE subject = $1`, [scopedSubject(zoe.id, erased)]);
      expect(rowCount).toBe(1);
    } finally {
      await client.end();
    }
    const letter = pdfText((await get(`/disputes/${erased}/formal-notice.pdf?locale=fr`, zoe)).body, dir, 'erased-letter.pdf');
    expect(letter).toContain('défaut suivant : effacé');
    expect(letter).not.toContain('erased');
    const caseFile = pdfText((await get(`/disputes/${erased}/case-file.pdf?locale=fr`, zoe)).body, dir, 'erased-case-file.pdf');
    expect(caseFile).toContain('effacé');
    expect(caseFile).not.toContain('erased');
  });

  it('her postcode is in her case file, not in the merchant’s: its commitment stands for it there, and both files verify', async () => {
    const yann = await apiActors(api).consumer('Yann');
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: { ...phoneClaim(merchant.merchantId as string), consumerPostcode: '97400' } }, yann.token), 'file').fileClaim.id;
    const claimOf = (body: Buffer) => (JSON.parse(body.toString('utf8')) as { chain: { events: Array<{ event?: { type: string; data: Record<string, unknown> } }> } }).chain.events[0].event!;
    const hers = await get(`/disputes/${filed}/case-file.json`, yann);
    expect(claimOf(hers.body).data.consumerPostcode).toBe('97400');
    const theirs = await get(`/disputes/${filed}/case-file.json`, merchant);
    expect(claimOf(theirs.body).type).toBe('ClaimFiled');
    expect(claimOf(theirs.body).data).not.toHaveProperty('consumerPostcode');
    expect(theirs.body.toString('utf8')).not.toContain('97400');
    for (const body of [hers.body, theirs.body]) expect(await verifyCaseFile(body)).toMatchObject({ intact: true, sealIntact: true });
  });

  it('her postcode reads on her own dispute view alone: null for the merchant, the association acting for her, one advising her and the admin, and in the merchant’s case file view', async () => {
    const actors = apiActors(api);
    const [ines, mandated, adviser, admin] = await Promise.all([actors.consumer('Inès'), actors.association('Association mandatée'), actors.association('Association conseil'), actors.admin()]);
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: { ...phoneClaim(merchant.merchantId as string), consumerPostcode: '97 133' } }, ines.token), 'file').fileClaim.id;
    for (const [name, associationId] of [['grantRepresentation', mandated.id], ['shareDisputeForAdvice', adviser.id]] as const) {
      const input = name === 'grantRepresentation' ? `GrantRepresentationInput` : `ShareDisputeForAdviceInput`;
      must(await api.gql(`mutation($input: ${input}!) { ${name}(input: $input) { id } }`, { input: { disputeId: filed, associationId } }, ines.token), name);
    }
    const postcodeAs = async (as: Account) => must(await api.gql<{ dispute: { consumerPostcode: string | null } }>(`query($id: ID!) { dispute(id: $id) { consumerPostcode } }`, { id: filed }, as.token), 'dispute').dispute.consumerPostcode;
    expect(await postcodeAs(ines)).toBe('97133');
    for (const reader of [merchant, mandated, adviser, admin]) expect(await postcodeAs(reader)).toBeNull();
    // A claim without one: null for her too.
    expect(must(await api.gql<{ dispute: { consumerPostcode: string | null } }>(`query($id: ID!) { dispute(id: $id) { consumerPostcode } }`, { id: disputeId }, consumer.token), 'hers').dispute.consumerPostcode).toBeNull();
    const viewOf = (body: Buffer) => (JSON.parse(body.toString('utf8')) as { dispute: { consumerPostcode?: string | null } }).dispute;
    expect(viewOf((await get(`/disputes/${filed}/case-file.json`, ines)).body).consumerPostcode).toBe('97133');
    expect((await get(`/disputes/${filed}/case-file.json`, merchant)).body.toString('utf8')).not.toContain('97133');
  });

  it('an association’s case file follows its view: her postcode is not in it, acting for her or advising her; its commitment stands for it, and the file verifies', async () => {
    const actors = apiActors(api);
    const [lea, mandated, adviser] = await Promise.all([actors.consumer('Léa'), actors.association('Association de Léa'), actors.association('Association qui conseille Léa')]);
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: { ...phoneClaim(merchant.merchantId as string), consumerPostcode: '67000' } }, lea.token), 'file').fileClaim.id;
    for (const [name, associationId] of [['grantRepresentation', mandated.id], ['shareDisputeForAdvice', adviser.id]] as const) {
      const input = name === 'grantRepresentation' ? `GrantRepresentationInput` : `ShareDisputeForAdviceInput`;
      must(await api.gql(`mutation($input: ${input}!) { ${name}(input: $input) { id } }`, { input: { disputeId: filed, associationId } }, lea.token), name);
    }
    type File = { dispute: { consumerPostcode?: string | null }; chain: { events: Array<{ event?: { type: string; data: Record<string, unknown>; personal?: Record<string, unknown> } }> } };
    for (const association of [mandated, adviser]) {
      const { status, body } = await get(`/disputes/${filed}/case-file.json`, association);
      expect(status).toBe(200);
      const file = JSON.parse(body.toString('utf8')) as File;
      expect(file.dispute.consumerPostcode ?? null).toBeNull();
      const claim = file.chain.events[0].event!;
      expect(claim.type).toBe('ClaimFiled');
      expect(claim.data).not.toHaveProperty('consumerPostcode');
      expect(claim.personal?.['/consumerPostcode']).toEqual({ commitment: expect.any(String) });
      expect(body.toString('utf8')).not.toContain('67000');
      expect(await verifyCaseFile(body)).toMatchObject({ intact: true, sealIntact: true });
    }
  });

  it('a legal hold’s reason is the admin’s alone in the case file too: every party’s file (JSON, the PDF’s, the archive’s) holds its commitment, the admin’s the words, and all verify', async () => {
    const actors = apiActors(api);
    const [nora, mandated, admin] = await Promise.all([actors.consumer('Nora'), actors.association('Association de Nora'), actors.admin()]);
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, nora.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId: filed, associationId: mandated.id } }, nora.token), 'grant');
    const placed = 'Assignation de M. Jacques Martin devant le tribunal judiciaire de Lyon';
    const lifted = 'Désistement de M. Jacques Martin';
    must(await api.gql(`mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id } }`, { input: { disputeId: filed, reason: placed } }, admin.token), 'placeLegalHold');
    must(await api.gql(`mutation($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { id } }`, { input: { disputeId: filed, reason: lifted } }, admin.token), 'liftLegalHold');
    type Link = { event?: { type: string; data: Record<string, unknown>; personal?: Record<string, unknown> } };
    const holds = (text: string) => (JSON.parse(text) as { chain: { events: Link[] } }).chain.events.flatMap((link) => (link.event && /^LegalHold/.test(link.event.type) ? [link.event] : []));
    for (const party of [nora, merchant, mandated]) {
      const json = await get(`/disputes/${filed}/case-file.json`, party);
      const pdf = await get(`/disputes/${filed}/case-file.pdf`, party);
      for (const file of [json.body, Buffer.from(caseFileText(pdf.body))]) {
        const text = file.toString('utf8');
        expect(text).not.toContain('Jacques Martin');
        // Both events stay on the record, each reason by its commitment: the chain still verifies.
        expect(holds(text).map((e) => [e.type, e.data.reason, e.personal?.['/reason']])).toEqual([
          ['LegalHoldPlaced', undefined, { commitment: expect.any(String) }],
          ['LegalHoldLifted', undefined, { commitment: expect.any(String) }],
        ]);
        expect(await verifyCaseFile(file)).toMatchObject({ intact: true, sealIntact: true });
      }
      expect(pdfText(pdf.body, dir, 'held.pdf')).not.toContain('Jacques Martin');
    }
    // Her archive, and her association's, carry their case files: the same.
    await api.projectionsCaughtUp();
    for (const party of [nora, mandated]) {
      const archive = must(await api.gql<{ myData: string }>(`{ myData }`, {}, party.token), 'myData').myData;
      expect(archive).toContain('LegalHoldPlaced');
      expect(archive).not.toContain('Jacques Martin');
    }
    // The admin's own file quotes them, and verifies.
    const hers = await get(`/disputes/${filed}/case-file.json`, admin);
    expect(holds(hers.body.toString('utf8')).map((e) => e.data.reason)).toEqual([placed, lifted]);
    expect(await verifyCaseFile(hers.body)).toMatchObject({ intact: true, sealIntact: true });
  });

  it('the letter is the consumer side’s only; the case file every party’s; anyone else gets 404', async () => {
    expect((await get(`/disputes/${disputeId}/formal-notice.pdf`, merchant)).status).toBe(404);
    for (const path of ['formal-notice.pdf', 'case-file.json', 'case-file.pdf']) {
      expect((await get(`/disputes/${disputeId}/${path}`, outsider)).status).toBe(404);
      expect((await get(`/disputes/${disputeId}/${path}`, null)).status).toBe(404);
      expect((await get(`/disputes/not-a-uuid/${path}`, consumer)).status).toBe(404);
    }
    expect((await get(`/disputes/${disputeId}/case-file.json`, merchant)).status).toBe(200);
  });

  it('the case file (JSON, and the PDF that embeds it) verifies; one changed character is found, in an event or elsewhere', async () => {
    const json = await get(`/disputes/${disputeId}/case-file.json?locale=fr`, consumer);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const file = JSON.parse(json.body.toString('utf8'));
    expect(file).toMatchObject({ format: 'recours-case-file', requester: 'CONSUMER', locale: 'fr', dispute: { id: disputeId } });
    expect(file.chain.events).toHaveLength(2);
    expect(await verifyCaseFile(json.body)).toMatchObject({ intact: true, events: 2, alteredEventVersion: null, sealIntact: true, headHash: file.chain.headHash });
    const verification = must(await api.gql<{ verifyDispute: { headHash: string } }>(`query($id: ID!) { verifyDispute(id: $id) { headHash } }`, { id: disputeId }, consumer.token), 'verify').verifyDispute;
    expect(file.chain.headHash).toBe(verification.headHash);

    const edited = JSON.parse(json.body.toString('utf8'));
    edited.chain.events[1].event.data.reason = 'Dommage causé par un chargeur tierz';
    const inEvent = Buffer.from(JSON.stringify(edited, null, 2));
    expect(await verifyCaseFile(inEvent)).toMatchObject({ intact: false, alteredEventVersion: 1, alteredEventType: 'ClaimRejected' });
    const elsewhere = Buffer.from(json.body.toString('utf8').replace('"requester": "CONSUMER"', '"requester": "CONSUMEr"'));
    expect(await verifyCaseFile(elsewhere)).toMatchObject({ intact: false, alteredEventVersion: null, sealIntact: false });

    const pdf = await get(`/disputes/${disputeId}/case-file.pdf?locale=en`, consumer);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body, dir, 'case-file.pdf');
    for (const expected of ['Case file', 'Timeline', 'Hash chain', file.chain.headHash.slice(0, 32)]) expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    expect(await verifyCaseFile(pdf.body)).toMatchObject({ intact: true, events: 2 });
    execFileSync('pdfdetach', ['-list', join(dir, 'case-file.pdf')], { encoding: 'utf8' });
  });

  it('the case file shows the dispute in its reader’s count (version, timeline), while its chain keeps every link by the stream’s version, an event kept from the reader by its digest', async () => {
    const id = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`, { input: { disputeId: id, body: 'Goodwill possible' } }, merchant.token), 'note');
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: id, body: 'Any news?' } }, consumer.token), 'message');
    const json = await get(`/disputes/${id}/case-file.json?locale=en`, consumer);
    const file = JSON.parse(json.body.toString('utf8'));
    expect(file.dispute.version).toBe(1);
    expect(file.dispute.timeline.map((entry: { version: number; type: string }) => [entry.version, entry.type])).toEqual([[0, 'ClaimFiled'], [1, 'MessagePosted']]);
    expect(file.chain.events.map((link: { streamVersion: number; event?: { type: string }; digest?: string }) => [link.streamVersion, link.event?.type ?? (link.digest ? 'digest' : null)])).toEqual([[0, 'ClaimFiled'], [1, 'digest'], [2, 'MessagePosted']]);
    expect(await verifyCaseFile(json.body)).toMatchObject({ intact: true, events: 3 });
  });

  it('a case file exported before later events verifies as the beginning of the current chain; a stored event changed by a superuser is found', async () => {
    const before = (await get(`/disputes/${disputeId}/case-file.json`, consumer)).body;
    must(await api.gql(`mutation($input: EscalateInput!) { escalate(input: $input) { id } }`, { input: { disputeId, reason: 'Chargeur d’origine uniquement' } }, consumer.token), 'escalate');
    const after = (await get(`/disputes/${disputeId}/case-file.json`, consumer)).body;
    expect(await verifyCaseFile(before, after)).toMatchObject({ intact: true, events: 2, prefixOfLater: true });

    // The CLI says the same, through its exit code.
    writeFileSync(join(dir, 'before.json'), before);
    writeFileSync(join(dir, 'after.json'), after);
    const cli = join(__dirname, '../../dist/apps/api/src/documents/verify-case-file.cli.js');
    expect(execFileSync('node', [cli, join(dir, 'before.json'), join(dir, 'after.json')], { encoding: 'utf8' })).toMatch(/^INTACT: .*\nPREFIX/);

    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await client.query(`BEGIN; ALTER TABLE event_store.events DISABLE TRIGGER events_append_only;
        UPDATE event_store.events SET personal = regexp_replace(personal::text, '"sealed":"(.)', '"sealed":"\\1\\1')::json WHERE stream_id = 'dispute-${disputeId}' AND stream_version = 1;
        ALTER TABLE event_store.events ENABLE TRIGGER events_append_only; COMMIT;`);
    } finally {
      await client.end();
    }
    const tampered = (await get(`/disputes/${disputeId}/case-file.json`, consumer)).body;
    expect(await verifyCaseFile(tampered)).toMatchObject({ intact: false, alteredEventVersion: 1 });
    writeFileSync(join(dir, 'tampered.json'), tampered);
    let exit = 0;
    let output = '';
    try {
      execFileSync('node', [cli, join(dir, 'tampered.json')], { encoding: 'utf8' });
    } catch (error) {
      exit = (error as { status: number }).status;
      output = (error as { stdout: string }).stdout;
    }
    expect({ exit, output }).toEqual({ exit: 1, output: expect.stringContaining('ALTERED: event 1 (ClaimRejected)') });
  });
});
