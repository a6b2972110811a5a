import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

describe('each audience’s lists (read models, read-your-writes)', () => {
  let api: TestApp;
  let actors: ReturnType<typeof apiActors>;
  let consumer: Account;
  let merchant: Account;

  const file = async (as: Account, overrides: Record<string, unknown> = {}) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, overrides) }, as.token), 'file').fileClaim.id;
  const act = async (mutation: string, input: Record<string, unknown>, as: Account, inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`) =>
    must(await api.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input }, as.token), mutation);

  beforeAll(async () => {
    api = await startTestApp('lists');
    actors = apiActors(api);
    consumer = await actors.consumer();
    merchant = await actors.merchant();
  });
  afterAll(() => api.close());

  it('myDisputes pages through the consumer’s disputes right after she files them, filters by status, and shows nobody else’s', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await file(consumer));
    await file(await actors.consumer('Other'));
    await act('rejectClaim', { disputeId: ids[0], reason: 'Out of warranty' }, merchant);

    const LIST = `query($first: Int, $after: String, $status: DisputeStatus) { myDisputes(first: $first, after: $after, status: $status) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status merchant { id name } product { name } nextDeadline { kind } } } } }`;
    type List = { myDisputes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ cursor: string; node: { id: string; status: string; merchant: { id: string } } }> } };
    const first = must(await api.gql<List>(LIST, { first: 3 }, consumer.token), 'page 1').myDisputes;
    expect(first.totalCount).toBe(5);
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.at(-1)?.cursor).toBe(first.pageInfo.endCursor);
    const second = must(await api.gql<List>(LIST, { first: 3, after: first.pageInfo.endCursor }, consumer.token), 'page 2').myDisputes;
    expect(second.edges).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toEqual([...ids].reverse()); // newest filed first
    expect(first.edges[0].node.merchant.id).toBe(merchant.merchantId);

    const rejected = must(await api.gql<List>(LIST, { status: 'REJECTED' }, consumer.token), 'filtered').myDisputes;
    expect(rejected.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    const bad = await api.gql(LIST, { first: 3, after: 'not-a-cursor' }, consumer.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const asMerchant = await api.gql(LIST, {}, merchant.token);
    expect(asMerchant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the merchant inbox lists what waits for the merchant, soonest due first', async () => {
    const shop = await actors.merchant('Inbox Shop');
    const a = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string) }, consumer.token), 'a').fileClaim.id;
    const b = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string) }, consumer.token), 'b').fileClaim.id;
    await act('makeOffer', { disputeId: b, remedy: 'REPAIR', terms: 'Repair' }, shop); // now the consumer's turn
    const inbox = must(
      await api.gql<{ merchantInbox: { totalCount: number; overdueCount: number; edges: Array<{ node: { id: string; overdue: boolean; due: { kind: string } } }> } }>(
        `{ merchantInbox { totalCount overdueCount edges { node { id overdue due { kind } } } } }`,
        {},
        shop.token,
      ),
      'inbox',
    ).merchantInbox;
    expect(inbox.edges.map((e) => e.node.id)).toEqual([a]);
    expect(inbox.edges[0].node).toMatchObject({ overdue: false, due: { kind: 'MERCHANT_RESPONSE' } });
    expect(inbox.overdueCount).toBe(0);
  });

  it('the mediator caseload and the association cases show assigned and mandated cases only', async () => {
    const mediator = await actors.mediator();
    const association = await actors.association();
    const admin = await actors.admin();
    const id = await file(consumer);
    await act('rejectClaim', { disputeId: id, reason: 'Not covered' }, merchant);
    await act('grantRepresentation', { disputeId: id, associationId: association.id }, consumer);
    await act('requestMediation', { disputeId: id }, association);
    await act('assignMediator', { disputeId: id, mediatorId: mediator.id }, admin);
    const caseload = must(
      await api.gql<{ mediatorCaseload: { totalCount: number; edges: Array<{ node: { id: string; stage: string; admissibilityDueAt: string } }> } }>(
        `{ mediatorCaseload { totalCount edges { node { id stage admissibilityDueAt outcomeDaysLeft } } } }`,
        {},
        mediator.token,
      ),
      'caseload',
    ).mediatorCaseload;
    expect(caseload.totalCount).toBe(1);
    expect(caseload.edges[0].node).toMatchObject({ id, stage: 'REQUESTED' });
    const cases = must(
      await api.gql<{ associationCases: { edges: Array<{ node: { id: string; merchant: { name: string } } }> } }>(`{ associationCases { edges { node { id merchant { name } } } } }`, {}, association.token),
      'cases',
    ).associationCases;
    expect(cases.edges.map((e) => e.node.id)).toEqual([id]);
    const other = await actors.mediator('Another');
    const empty = must(await api.gql<{ mediatorCaseload: { totalCount: number } }>(`{ mediatorCaseload { totalCount } }`, {}, other.token), 'empty').mediatorCaseload;
    expect(empty.totalCount).toBe(0);
  });

  it('the merchant scorecard is public', async () => {
    const card = must(
      await api.gql<{ merchantScorecard: { merchantId: string; claimsReceived: number } }>(`query($id: ID!) { merchantScorecard(merchantId: $id) { merchantId claimsReceived answeredInTimeShare resolutionRate averageRating } }`, {
        id: merchant.merchantId,
      }),
      'scorecard',
    ).merchantScorecard;
    expect(card.merchantId).toBe(merchant.merchantId);
    expect(card.claimsReceived).toBeGreaterThanOrEqual(6);
    const missing = await api.gql(`{ merchantScorecard(merchantId: "00000000-0000-4000-8000-000000000000") { claimsReceived } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
