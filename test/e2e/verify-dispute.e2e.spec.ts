import { Client } from 'pg';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

type Verification = { valid: boolean; events: number; brokenAtVersion: number | null; headHash: string };
const VERIFY = `query($id: ID!) { verifyDispute(id: $id) { valid events brokenAtVersion headHash } }`;

async function asSuperuser(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const results = await client.query(sql);
    return (Array.isArray(results) ? results.at(-1) : results).rows;
  } finally {
    await client.end();
  }
}

describe('verifyDispute: the hash chain of a dispute, for its parties', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let outsider: Account;
  let disputeId: string;

  beforeAll(async () => {
    api = await startTestApp('verify_dispute');
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire');
    merchant = await actors.merchant('PhoneShop');
    outsider = await actors.consumer('Eve');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    for (const body of ['Bonjour, la batterie a encore gonflé.', 'Nous regardons votre dossier.']) {
      const as = body.startsWith('Bonjour') ? consumer : merchant;
      must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body } }, as.token), 'message');
    }
  });
  afterAll(() => api?.close());

  const verify = async (as: Account) => api.gql<{ verifyDispute: Verification }>(VERIFY, { id: disputeId }, as.token);

  it('answers each party with a valid chain and its head, and an outsider NOT_FOUND', async () => {
    const asConsumer = must(await verify(consumer), 'verify').verifyDispute;
    expect(asConsumer).toEqual({ valid: true, events: 3, brokenAtVersion: null, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(must(await verify(merchant), 'verify').verifyDispute).toEqual(asConsumer);
    const refused = await verify(outsider);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('stores the personal fields of a filing as salted commitments, the text itself sealed with the consumer’s key', async () => {
    const [row] = await asSuperuser(api.database.url, `SELECT data->'problem'->>'description' AS description, personal::text AS personal FROM event_store.events WHERE stream_version = 0 AND stream_id = 'dispute-${disputeId}'`);
    expect(JSON.parse(row.description as string)).toEqual({ $commitment: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(row.personal).not.toContain('battery swells');
    expect(Object.keys(JSON.parse(row.personal as string)).sort()).toEqual(['/evidence/0/name', '/problem/chronology/0/what', '/problem/chronology/1/what', '/problem/description', '/product/serialNumber', '/purchase/orderReference']);
  });

  it('finds the message a superuser rewrote with the trigger disabled (its sealed text, all the database holds of it)', async () => {
    await asSuperuser(api.database.url, `BEGIN; ALTER TABLE event_store.events DISABLE TRIGGER events_append_only;
      UPDATE event_store.events SET personal = regexp_replace(personal::text, '"sealed":"(.)', '"sealed":"\\1\\1')::json WHERE stream_id = 'dispute-${disputeId}' AND stream_version = 1;
      ALTER TABLE event_store.events ENABLE TRIGGER events_append_only; COMMIT;`);
    expect(must(await verify(consumer), 'verify').verifyDispute).toMatchObject({ valid: false, events: 3, brokenAtVersion: 1 });
  });
});

describe('recordFormalNotice through the API', () => {
  let api: TestApp;
  afterAll(() => api?.close());

  it('records the notice on the dispute, and the timeline says so', async () => {
    api = await startTestApp('formal_notice');
    const actors = apiActors(api);
    const consumer = await actors.consumer('Claire');
    const merchant = await actors.merchant('PhoneShop');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    const today = new Date().toISOString().slice(0, 10);
    const recorded = must(
      await api.gql<{ recordFormalNotice: { availableActions: string[]; timeline: Array<{ type: string }> } }>(
        `mutation($input: RecordFormalNoticeInput!) { recordFormalNotice(input: $input) { availableActions timeline { type } } }`,
        { input: { disputeId, sentOn: today, channel: 'REGISTERED_MAIL' } },
        consumer.token,
      ),
      'record',
    ).recordFormalNotice;
    expect(recorded.timeline.map((t) => t.type)).toEqual(['ClaimFiled', 'FormalNoticeRecorded']);
    const refused = await api.gql(`mutation($input: RecordFormalNoticeInput!) { recordFormalNotice(input: $input) { id } }`, { input: { disputeId, sentOn: today, channel: 'REGISTERED_MAIL' } }, merchant.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badDate = await api.gql(`mutation($input: RecordFormalNoticeInput!) { recordFormalNotice(input: $input) { id } }`, { input: { disputeId, sentOn: '2025-02-30', channel: 'POST' } }, consumer.token);
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
