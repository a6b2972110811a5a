import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { ACCOUNTS_DATA_SOURCE } from '../../apps/api/src/accounts/accounts-data-source';
import { DisputeAccessLog } from '../../apps/api/src/privacy/dispute-access-log';
import { codeOf, mailedToken, multipartBody, must, phoneClaim, samples, startWithCast, type Account, type TestApp } from '@recours/testing';

const LOG = `query($id: ID!) { disputeAccessLog(id: $id) { at role name kind fileName what } }`;
const READ = `query($id: ID!) { dispute(id: $id) { id } }`;

interface Entry {
  at: string;
  role: string;
  name: string | null;
  kind: string;
  fileName: string | null;
  what: string;
}

/** Issue 17 item 5: who read a dispute, or downloaded its files, told to its consumer. */
describe('disputeAccessLog', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let association: Account;
  let admin: Account;
  let outsider: Account;
  let disputeId: string;
  let invoiceId: string;
  const download = (path: string, as: Account) => fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${as.token}` } });
  const logIn = async (as: Account | null, language = 'en') => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language, ...(as ? { authorization: `Bearer ${as.token}` } : {}) },
      body: JSON.stringify({ query: LOG, variables: { id: disputeId } }),
    });
    return (await response.json()) as { data?: { disputeAccessLog: Entry[] }; errors?: Array<{ extensions?: Record<string, unknown> }> };
  };

  beforeAll(async () => {
    ({ api, consumer, merchant, association, admin, outsider } = await startWithCast('access_log', {
      consumer: ['consumer', 'Claire Journal'],
      merchant: ['merchant', 'Journal Shop'],
      association: ['association', 'UFC Journal'],
      admin: 'admin',
      outsider: ['consumer', 'Eve'],
    }));
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'facture.pdf', content: samples.pdf() }]);
    const uploaded = (await (await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}` }, body })).json()) as { id: string; sha256: string };
    invoiceId = uploaded.id;
    const claim = phoneClaim(merchant.merchantId as string, { evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: uploaded.sha256, fileId: uploaded.id }] });
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: claim }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId: association.id } }, consumer.token), 'grant');
  }, 120_000);
  afterAll(async () => api?.close());

  it('records reads by the association and the admin (not the parties’ own), and every file download, with who, when and what', async () => {
    const started = Date.now();
    for (const [name, reader] of Object.entries({ consumer, merchant, association, admin, again: admin })) expect([name, codeOf(await api.gql(READ, { id: disputeId }, reader.token))]).toEqual([name, 'OK']);
    expect((await download(`/files/${invoiceId}`, merchant)).status).toBe(200);
    expect((await download(`/disputes/${disputeId}/case-file.json`, consumer)).status).toBe(200);
    expect((await download(`/disputes/${disputeId}/formal-notice.pdf?locale=fr`, association)).status).toBe(200);
    // Refused reads are not accesses.
    expect(codeOf(await api.gql(READ, { id: disputeId }, outsider.token))).toBe('NOT_FOUND');
    expect((await download(`/files/${invoiceId}`, outsider)).status).toBe(404);

    const answer = await logIn(consumer);
    expect(codeOf(answer)).toBe('OK');
    const log = answer.data!.disputeAccessLog;
    expect(log.map(({ role, name, kind, fileName, what }) => ({ role, name, kind, fileName, what }))).toEqual([
      { role: 'ASSOCIATION', name: 'UFC Journal', kind: 'DISPUTE_READ', fileName: null, what: 'Read the dispute' },
      // The admin read twice within a minute: one entry.
      { role: 'ADMIN', name: 'Administrator', kind: 'DISPUTE_READ', fileName: null, what: 'Read the dispute' },
      { role: 'MERCHANT', name: 'Journal Shop', kind: 'EVIDENCE_FILE', fileName: 'facture.pdf', what: 'Downloaded a piece of evidence' },
      { role: 'CONSUMER', name: 'Claire Journal', kind: 'CASE_FILE', fileName: null, what: 'Downloaded the case file' },
      { role: 'ASSOCIATION', name: 'UFC Journal', kind: 'FORMAL_NOTICE', fileName: null, what: 'Downloaded the formal notice' },
    ]);
    for (const entry of log) expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1_000);
    // In French for a French reader.
    expect((await logIn(consumer, 'fr')).data!.disputeAccessLog[0].what).toBe('A consulté le litige');
  });

  it('is read by the consumer and the association acting for her only', async () => {
    expect(codeOf(await logIn(association))).toBe('OK');
    expect(codeOf(await logIn(merchant))).toBe('FORBIDDEN');
    expect(codeOf(await logIn(admin))).toBe('FORBIDDEN');
    expect(codeOf(await logIn(outsider))).toBe('NOT_FOUND');
    expect(codeOf(await logIn(null))).toBe('NOT_FOUND');
  });

  it('a watch over the live socket and a personal data archive are accesses too, logged as a read and as a case file', async () => {
    const watched = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId: watched, associationId: association.id } }, consumer.token), 'grant');
    const logOf = async () =>
      must(await api.gql<{ disputeAccessLog: Entry[] }>(LOG, { id: watched }, consumer.token), 'log').disputeAccessLog.map(({ role, kind }) => `${role} ${kind}`);
    expect(await logOf()).toEqual([]);
    // The admin watches it, reading nothing by dispute(id).
    const client = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${admin.token}` }, retryAttempts: 0, lazy: true });
    const received: unknown[] = [];
    const stop = client.subscribe({ query: `subscription($id: ID!) { disputeUpdated(id: $id) { id } }`, variables: { id: watched } }, { next: (value) => received.push(value), error: () => undefined, complete: () => undefined });
    try {
      for (const deadline = Date.now() + 5_000; !(await logOf()).includes('ADMIN DISPUTE_READ') && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await logOf()).toEqual(['ADMIN DISPUTE_READ']);
    } finally {
      stop();
      await client.dispose();
    }
    // The association's archive carries the dispute's case file.
    must(await api.gql<{ myData: string }>(`{ myData }`, {}, association.token), 'myData');
    expect(await logOf()).toEqual(['ADMIN DISPUTE_READ', 'ASSOCIATION CASE_FILE']);
    // Her own archive is not an access to her dispute.
    must(await api.gql<{ myData: string }>(`{ myData }`, {}, consumer.token), 'myData');
    expect(await logOf()).toEqual(['ADMIN DISPUTE_READ', 'ASSOCIATION CASE_FILE']);
  });

  it('an agent removed from the team who downloads the evidence she attached is in the log, by name, as any other download of it (it was not logged)', async () => {
    const gql = async <T>(query: string, input: Record<string, unknown>, token: string | undefined, what: string) => must(await api.gql<T>(query, { input }, token), what);
    const own = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    // An agent of the shop attaches a piece of evidence she uploaded, then leaves the team.
    const email = `agent-${randomUUID().slice(0, 8)}@example.test`;
    await gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { email, displayName: 'Agnès Partie' }, merchant.token, 'addMerchantAgent');
    const agentToken = (
      await gql<{ acceptAgentInvitation: { token: string } }>(
        `mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token user { id } } }`,
        { token: (await mailedToken(api.database.url, email, 'AGENT_INVITATION')) as string, password: 'Correct-Horse-42' },
        undefined,
        'accept',
      )
    ).acceptAgentInvitation.token;
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'bon-de-livraison.pdf', content: samples.pdf() }]);
    const slip = (await (await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${agentToken}` }, body })).json()) as { id: string; sha256: string };
    await gql(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id } }`, { disputeId: own, kind: 'OTHER', name: 'bon-de-livraison.pdf', sha256: slip.sha256, fileId: slip.id }, agentToken, 'attach');
    const agentId = (await gql<{ login: { token: string; user: { id: string } } }>(`mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`, { email, password: 'Correct-Horse-42' }, undefined, 'login')).login.user.id;
    await gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { agentId }, merchant.token, 'remove');
    const removed: Account = { id: agentId, merchantId: null, token: (await gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { email, password: 'Correct-Horse-42' }, undefined, 'login again')).login.token };
    // She reads the dispute no more, and keeps her own file.
    expect(codeOf(await api.gql(READ, { id: own }, removed.token))).toBe('NOT_FOUND');
    expect((await download(`/files/${slip.id}`, removed)).status).toBe(200);

    const logOf = async (language: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `Bearer ${consumer.token}` },
        body: JSON.stringify({ query: LOG, variables: { id: own } }),
      });
      return ((await response.json()) as { data: { disputeAccessLog: Entry[] } }).data.disputeAccessLog.map(({ role, name, kind, fileName, what }) => ({ role, name, kind, fileName, what }));
    };
    expect(await logOf('en')).toEqual([{ role: 'MERCHANT', name: 'Agnès Partie', kind: 'EVIDENCE_FILE', fileName: 'bon-de-livraison.pdf', what: 'Downloaded a piece of evidence' }]);
    expect(await logOf('fr')).toEqual([{ role: 'MERCHANT', name: 'Agnès Partie', kind: 'EVIDENCE_FILE', fileName: 'bon-de-livraison.pdf', what: 'A téléchargé une pièce' }]);
    // The entry is one of the dispute's like any other: the same row, kept and trimmed with them.
    const rows: Array<{ account_id: string; role: string; kind: string; file_id: string }> = await api.app
      .get<DataSource>(ACCOUNTS_DATA_SOURCE)
      .query(`SELECT account_id, role, kind, file_id FROM accounts.access_log WHERE dispute_id = $1`, [own]);
    expect(rows).toEqual([{ account_id: agentId, role: 'MERCHANT', kind: 'EVIDENCE_FILE', file_id: slip.id }]);
  });

  it('costs a read no round trip: reads are queued and written together, in one statement', async () => {
    const dataSource = api.app.get<DataSource>(ACCOUNTS_DATA_SOURCE);
    const log = api.app.get(DisputeAccessLog);
    const before = (await log.entries(disputeId)).length;
    const statements: string[] = [];
    const original = dataSource.query.bind(dataSource);
    // The real database answers; the spy only counts the statements sent to it.
    const query = jest.spyOn(dataSource, 'query').mockImplementation((...args: Parameters<DataSource['query']>) => {
      statements.push(String(args[0]));
      return original(...args);
    });
    try {
      const readers = Array.from({ length: 30 }, () => randomUUID());
      for (const reader of readers) log.read(disputeId, reader, 'ADMIN');
      expect(statements).toEqual([]); // nothing written while the reads are answered
      expect((await log.entries(disputeId)).length).toBe(before + 30);
      expect(statements.filter((s) => /INSERT INTO accounts.access_log/.test(s))).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
