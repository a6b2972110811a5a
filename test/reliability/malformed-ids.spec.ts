import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf, type HttpAnswer } from './support/http';

/**
 * Malformed cursors and ids (issue 12, item 8): a cursor or an id that is not what it must be is
 * the caller's mistake, answered BAD_USER_INPUT naming the argument, never a database error.
 */
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const A_UUID = '3f2b8c1e-9d4a-4e7b-8a6c-1d2e3f4a5b6c';
const BAD_CURSORS: Record<string, string> = {
  'the issue’s ["nope","x"]': b64(['nope', 'x']),
  'a date that does not exist': b64(['2025-02-30T10:00:00.000Z', A_UUID]),
  'a good date, a number for the id': b64(['2025-03-01T10:00:00.000Z', 42]),
  'a good date, no id': b64(['2025-03-01T10:00:00.000Z', null]),
  'a number for the date': b64([1740823200000, A_UUID]),
  'three parts': b64(['2025-03-01T10:00:00.000Z', A_UUID, 'extra']),
  'an object': b64({ filedAt: '2025-03-01T10:00:00.000Z', id: A_UUID }),
  'not base64 JSON': '%%%not-a-cursor%%%',
  'SQL in the key': b64(["2025-03-01T10:00:00Z' OR 1=1 --", A_UUID]),
  // A date of the calendar, but no year PostgreSQL has (it counts 1 BC, then AD 1): it reached the query, an internal error.
  'the year 0000': b64(['0000-01-01T00:00:00.000Z', A_UUID]),
  'the year 0000, written with an offset': b64(['0000-06-01T00:00:00+02:00', A_UUID]),
  'a year before any PostgreSQL holds': b64(['-100000-01-01T00:00:00.000Z', A_UUID]),
  // PostgreSQL refuses a NUL in any text: it reached the query, an internal error.
  'a NUL in the id': b64(['2025-03-01T10:00:00.000Z', 'a\u0000b']),
  'no due date, and a NUL for the id': b64([null, '\u0000']),
};
const BAD_IDS: Record<string, string> = {
  'the issue’s 36 dashes': '-'.repeat(36),
  '36 hexadecimal digits and dashes in the wrong places': '3f2b8c1e9d4a-4e7b-8a6c-1d2e-3f4a5b6c',
  'no version nibble': '3f2b8c1e-9d4a-0e7b-8a6c-1d2e3f4a5b6c',
  'a wrong variant': '3f2b8c1e-9d4a-4e7b-ca6c-1d2e3f4a5b6c',
  'letters beyond f': '3f2b8c1e-9d4a-4e7b-8a6c-1d2e3f4a5bzz',
  'braces': `{${A_UUID}}`,
  'trailing space': `${A_UUID} `,
  empty: '',
  'SQL': "' OR 1=1 --",
};

describe('malformed cursors and ids: BAD_USER_INPUT naming the argument', () => {
  let api: TestApp;
  let as: Record<'consumer' | 'merchant' | 'mediator' | 'association', Account>;
  const codes = new Tally();
  let cases = 0;

  const check = (answer: HttpAnswer, field: string, what: string) => {
    cases++;
    codes.add(outcomeOf(answer));
    const fields = ((answer.errors?.[0].extensions?.fields ?? []) as Array<{ field: string }>).map((f) => f.field);
    expect({ what, code: outcomeOf(answer), fields }).toEqual({ what, code: 'BAD_USER_INPUT', fields: [field] });
  };

  beforeAll(async () => {
    api = await startTestApp('malformed_ids');
    const actors = apiActors(api);
    as = { consumer: await actors.consumer(), merchant: await actors.merchant(), mediator: await actors.mediator(), association: await actors.association() };
    for (let i = 0; i < 3; i++) must(await api.gql(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(as.merchant.merchantId as string) }, as.consumer.token), 'file');
  });
  afterAll(async () => {
    reportFigures('malformed cursors and ids', { 'requests (each answered BAD_USER_INPUT naming the argument)': cases, 'answers by code': codes.counts });
    await api?.close();
  });

  const LISTS = [
    ['myDisputes', 'consumer'],
    ['merchantInbox', 'merchant'],
    ['mediatorCaseload', 'mediator'],
    ['associationCases', 'association'],
    ['disputesSharedForAdvice', 'association'],
  ] as const;

  it.each(LISTS)('%s: a cursor that is not one of the list’s is refused naming `after`', async (list, role) => {
    for (const [what, after] of Object.entries(BAD_CURSORS)) {
      const answer = await gql(api.url, `query($after: String) { ${list}(first: 1, after: $after) { totalCount } }`, { after }, { token: as[role].token });
      check(answer, 'after', `${list}: ${what}`);
    }
  });

  it('the lists whose cursors hold something else (a score, the intake’s order, a notification) refuse one forged for them too', async () => {
    const forged: Array<[string, 'consumer' | 'mediator', string, Record<string, string>]> = [
      ['searchDisputes', 'consumer', `query($after: String) { searchDisputes(query: "samsung", first: 1, after: $after) { totalCount } }`, { 'a score, then a NUL for the id': b64([1, 'x\u0000']) }],
      [
        'mediationIntake',
        'mediator',
        `query($after: String) { mediationIntake(first: 1, after: $after) { totalCount } }`,
        { 'the year 0000': b64(['0', '0000-01-01T00:00:00.000Z', A_UUID]), 'a NUL for the order': b64(['\u0000', '2025-03-01T10:00:00.000Z', A_UUID]), 'a NUL for the id': b64(['0', '2025-03-01T10:00:00.000Z', '\u0000']) },
      ],
      [
        'myNotifications',
        'consumer',
        `query($after: String) { myNotifications(first: 1, after: $after) { unreadCount } }`,
        { ...BAD_CURSORS, '36 dashes for the id': b64(['2025-03-01T10:00:00.000Z', '-'.repeat(36)]), 'a number of milliseconds for the date': b64(['0', A_UUID]) },
      ],
    ];
    for (const [list, role, query, cursors] of forged) {
      for (const [what, after] of Object.entries(cursors)) check(await gql(api.url, query, { after }, { token: as[role].token }), 'after', `${list}: ${what}`);
    }
    const seen = await gql<{ myNotifications: { pageInfo: { endCursor: string | null } } }>(api.url, `{ myNotifications(first: 1) { pageInfo { endCursor } } }`, undefined, { token: as.merchant.token });
    expect(seen.data?.myNotifications.pageInfo.endCursor).toEqual(expect.any(String));
    const next = await gql(api.url, `query($after: String) { myNotifications(first: 1, after: $after) { unreadCount } }`, { after: seen.data!.myNotifications.pageInfo.endCursor }, { token: as.merchant.token });
    expect(outcomeOf(next)).toBe('OK');
  });

  it('a cursor the list gave still pages on', async () => {
    const first = await gql<{ myDisputes: { edges: Array<{ node: { id: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      api.url,
      `{ myDisputes(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
      undefined,
      { token: as.consumer.token },
    );
    expect(first.data?.myDisputes.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ myDisputes: { edges: Array<{ node: { id: string } }> } }>(api.url, `query($after: String) { myDisputes(first: 2, after: $after) { edges { node { id } } } }`, { after: first.data!.myDisputes.pageInfo.endCursor }, { token: as.consumer.token });
    expect(outcomeOf(next)).toBe('OK');
    expect(next.data!.myDisputes.edges).toHaveLength(1);
    const inbox = await gql<{ merchantInbox: { pageInfo: { endCursor: string } } }>(api.url, `{ merchantInbox(first: 1) { pageInfo { endCursor } } }`, undefined, { token: as.merchant.token });
    const inboxNext = await gql(api.url, `query($after: String) { merchantInbox(first: 1, after: $after) { totalCount } }`, { after: inbox.data!.merchantInbox.pageInfo.endCursor }, { token: as.merchant.token });
    expect(outcomeOf(inboxNext)).toBe('OK');
  });

  it('merchantScorecard, merchant, dispute and disputeAsOf: an id that is not a UUID is refused naming it; a well-formed unknown one is NOT_FOUND (merchant: null)', async () => {
    for (const [what, id] of Object.entries(BAD_IDS)) {
      check(await gql(api.url, `query($id: ID!) { merchantScorecard(merchantId: $id) { claimsReceived } }`, { id }), 'merchantId', `merchantScorecard: ${what}`);
      check(await gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id }, { token: as.consumer.token }), 'id', `dispute: ${what}`);
      check(await gql(api.url, `query($id: ID!) { merchant(id: $id) { name } }`, { id }), 'id', `merchant: ${what}`);
      check(await gql(api.url, `query($id: ID!) { disputeAsOf(id: $id, at: "2026-01-01") { id } }`, { id }, { token: as.consumer.token }), 'id', `disputeAsOf: ${what}`);
    }
    // Written inline, as the issue sent it.
    check(await gql(api.url, `{ merchantScorecard(merchantId: "------------------------------------") { claimsReceived } }`), 'merchantId', 'merchantScorecard inline');
    expect(outcomeOf(await gql(api.url, `query($id: ID!) { merchantScorecard(merchantId: $id) { claimsReceived } }`, { id: A_UUID }))).toBe('NOT_FOUND');
    expect(outcomeOf(await gql(api.url, `query($id: ID!) { merchantScorecard(merchantId: $id) { claimsReceived } }`, { id: (as.merchant.merchantId as string).toUpperCase() }))).toBe('OK');
    expect(outcomeOf(await gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: A_UUID }, { token: as.consumer.token }))).toBe('NOT_FOUND');
    const unknownMerchant = await gql<{ merchant: unknown }>(api.url, `query($id: ID!) { merchant(id: $id) { name } }`, { id: A_UUID });
    expect(outcomeOf(unknownMerchant)).toBe('OK');
    expect(unknownMerchant.data?.merchant).toBeNull();
  });
});
