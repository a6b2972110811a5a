import { verifyCaseFile } from '@recours/case-file';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { DocumentBuilds } from '../../apps/api/src/documents/document-builds';

/** A place in the documents' turns, taken by someone else until the test lets it go. */
function hold(renderings: DocumentBuilds, accountId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const done = renderings.run(accountId, () => released);
  return { release: async () => (release(), await done) };
}

/** Until the documents' turns say so (each check after every waiting callback has run): a count, not a time. */
async function until(check: () => boolean): Promise<void> {
  for (let turns = 0; !check(); turns++) {
    if (turns > 100_000) throw new Error('never came');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('downloads of documents: their turns to be built, and each account’s hour budget', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;

  const get = async (path: string, as: Account, language = 'fr') => {
    const answer = await fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${as.token}`, 'accept-language': language } });
    const body = Buffer.from(await answer.arrayBuffer());
    const json = answer.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(body.toString('utf8')) : null;
    return { status: answer.status, retryAfter: answer.headers.get('retry-after'), body, error: json?.error };
  };
  const fileClaim = async (by: Account) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, by.token), 'file').fileClaim.id;

  beforeAll(async () => {
    api = await startTestApp('document_limits', { PDF_RENDER_CONCURRENCY: '1', PDF_RENDER_QUEUE: '1', DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR: '1000' });
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire Dupont');
    merchant = await actors.merchant('PhoneShop');
    disputeId = await fileClaim(consumer);
  });
  afterAll(async () => {
    for (const name of ['PDF_RENDER_CONCURRENCY', 'PDF_RENDER_QUEUE', 'DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR']) delete process.env[name];
    await api?.close();
  });

  it('with every place taken (1 building, 1 waiting), the next document is refused at once, the PDFs, the JSON and the personal-data archive alike: 503 with Retry-After (over GraphQL, UNAVAILABLE with retryAfterSeconds), in the reader’s language; the rest still answers; a download that waits for its turn gets the same case file', async () => {
    const renderings = api.app.get(DocumentBuilds);
    const rendering = hold(renderings, 'someone');
    const waiting = hold(renderings, 'someone else');
    expect(renderings.load).toEqual({ running: 1, waiting: 1 });

    const refused = await get(`/disputes/${disputeId}/case-file.pdf`, consumer, 'fr');
    expect({ status: refused.status, retryAfter: refused.retryAfter, error: refused.error }).toEqual({
      status: 503,
      retryAfter: '5',
      error: { code: 'UNAVAILABLE', message: 'recours produit beaucoup de documents en ce moment\u202f; réessayez dans quelques secondes', retryable: true, retryAfterSeconds: 5 },
    });
    const letter = await get(`/disputes/${disputeId}/formal-notice.pdf`, consumer, 'en-GB');
    expect({ status: letter.status, retryAfter: letter.retryAfter, message: letter.error?.message }).toEqual({ status: 503, retryAfter: '5', message: 'recours is producing many documents right now; try again in a few seconds' });
    // A colleague of the merchant's, so that the merchant's hour budget is the last test's.
    const colleague = await apiActors(api).agent(merchant, 'Hugo Martin');
    const json = await get(`/disputes/${disputeId}/case-file.json`, colleague, 'fr');
    expect({ status: json.status, retryAfter: json.retryAfter, error: json.error }).toEqual({ status: 503, retryAfter: '5', error: refused.error });
    // The archive, over GraphQL: the same refusal, by its code and when to try again.
    const archive = (await (
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${consumer.token}` }, body: JSON.stringify({ query: '{ myData }' }) })
    ).json()) as { errors?: Array<{ message: string; extensions: unknown }> };
    expect(archive.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([{ message: 'recours produit beaucoup de documents en ce moment\u202f; réessayez dans quelques secondes', extensions: { code: 'UNAVAILABLE', retryable: true, retryAfterSeconds: 5 } }]);
    // Nothing else waits for the documents.
    expect((await fetch(`${api.origin}/health/live`)).status).toBe(200);
    expect(must(await api.gql<{ dispute: { id: string } }>(`query($id: ID!) { dispute(id: $id) { id } }`, { id: disputeId }, consumer.token), 'read').dispute.id).toBe(disputeId);

    // One place free in the queue: the download waits for its turn there, then renders.
    await rendering.release();
    expect(renderings.load).toEqual({ running: 1, waiting: 0 });
    const queued = get(`/disputes/${disputeId}/case-file.pdf?locale=en`, merchant);
    await until(() => renderings.load.waiting === 1);
    await waiting.release();
    const pdf = await queued;
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await verifyCaseFile(pdf.body)).toMatchObject({ intact: true, events: 1 });
    expect(renderings.load).toEqual({ running: 0, waiting: 0 });
    // The JSON and the archive, in their turns once places are free.
    expect((await get(`/disputes/${disputeId}/case-file.json`, colleague)).status).toBe(200);
    expect(JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, consumer.token), 'myData').myData).disputes).toHaveLength(1);
  });

  it('a download waiting for its turn whose client goes leaves the queue at once, the JSON and the archive (GraphQL) as the PDF: its place is the next download’s, not refused', async () => {
    const renderings = api.app.get(DocumentBuilds);
    const yann = await apiActors(api).consumer('Yann');
    const his = await fileClaim(yann);
    const rendering = hold(renderings, 'someone');
    const asks: Array<[string, (signal: AbortSignal) => Promise<Response>]> = [
      ['case-file.pdf', (signal) => fetch(`${api.origin}/disputes/${his}/case-file.pdf`, { headers: { authorization: `Bearer ${yann.token}` }, signal })],
      ['case-file.json', (signal) => fetch(`${api.origin}/disputes/${his}/case-file.json`, { headers: { authorization: `Bearer ${yann.token}` }, signal })],
      ['myData', (signal) => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${yann.token}` }, body: JSON.stringify({ query: '{ myData }' }), signal })],
    ];
    for (const [what, ask] of asks) {
      const client = new AbortController();
      const abandoned = ask(client.signal).catch((error: Error) => error.name);
      await until(() => renderings.load.waiting === 1);
      client.abort();
      expect([what, await abandoned]).toEqual([what, 'AbortError']);
      // Out of the queue while the render before it still runs.
      await until(() => renderings.load.waiting === 0);
    }
    const queued = get(`/disputes/${his}/case-file.pdf`, yann);
    await until(() => renderings.load.waiting === 1);
    await rendering.release();
    expect((await queued).status).toBe(200);
    expect(renderings.load).toEqual({ running: 0, waiting: 0 });
  });

  it('the personal-data archive builds each case file in a turn of its own (after one to be let in): a long archive never holds the turn other downloads wait for', async () => {
    const renderings = api.app.get(DocumentBuilds);
    const zoe = await apiActors(api).consumer('Zoé');
    await fileClaim(zoe);
    await fileClaim(zoe);
    const turns: string[] = [];
    const run = renderings.run.bind(renderings);
    const spy = jest.spyOn(renderings, 'run').mockImplementation((accountId, work, gone, options) => {
      turns.push(options?.admitted ? 'case file' : 'let in');
      return run(accountId, work, gone, options);
    });
    try {
      expect(JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, zoe.token), 'myData').myData).disputes).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
    expect(turns).toEqual(['let in', 'case file', 'case file']);
  });

  it('the (limit + 1)th download of an account in the hour is refused 429, with Retry-After and what is limited in the reader’s language; the other party and the rest of the API are not affected', async () => {
    process.env.DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR = '3';
    const zoe = await apiActors(api).consumer('Zoé');
    const hers = await fileClaim(zoe);
    for (const path of ['case-file.json', 'case-file.pdf', 'formal-notice.pdf']) expect([path, (await get(`/disputes/${hers}/${path}`, zoe)).status]).toEqual([path, 200]);

    const refused = await get(`/disputes/${hers}/case-file.pdf`, zoe, 'fr');
    expect(refused.status).toBe(429);
    expect(refused.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Vous avez téléchargé beaucoup de documents \(mises en demeure, dossiers\) depuis une heure\u202f; vous pourrez en télécharger un autre dans (60|59) minutes$/) });
    const seconds = Number(refused.retryAfter);
    expect(seconds).toBeGreaterThan(3_000);
    expect(seconds).toBeLessThanOrEqual(3_600);
    expect(refused.error.retryAfterSeconds).toBe(seconds);
    expect((await get(`/disputes/${hers}/case-file.json`, zoe, 'en')).error?.message).toMatch(/^You have downloaded many documents \(formal notices, case files\) in the last hour; you can download another in \d+ minutes$/);

    // The merchant of the same dispute, and Zoé everywhere else, are not held back.
    expect((await get(`/disputes/${hers}/case-file.pdf`, merchant)).status).toBe(200);
    expect(must(await api.gql<{ dispute: { id: string } }>(`query($id: ID!) { dispute(id: $id) { id } }`, { id: hers }, zoe.token), 'read').dispute.id).toBe(hers);
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: hers, body: 'Je ne peux plus télécharger le dossier.' } }, zoe.token), 'message');
  });
});
