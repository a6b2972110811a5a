import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

/** searchDisputes (issue 19 item 3): each role finds what it may read, and nothing else. */
describe('searchDisputes', () => {
  let api: TestApp;
  let actors: ReturnType<typeof apiActors>;
  let elodie: Account;
  let bruno: Account;
  let shop: Account;
  let otherShop: Account;
  let mediator: Account;
  let otherMediator: Account;
  let association: Account;
  let admin: Account;
  const ids: Record<string, string> = {};

  type Hit = { id: string; status: string; productName: string; orderReference: string | null; merchantName: string | null; consumerName: string | null; highlights: Array<{ field: string; parts: Array<{ text: string; match: boolean }> }> };
  type Answer = { searchDisputes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Hit }> } };
  const SEARCH = `query($query: String!, $first: Int, $after: String) { searchDisputes(query: $query, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status productName orderReference merchantName consumerName highlights { field parts { text match } } } } } }`;
  const search = (as: Account | null, query: string, paging: { first?: number; after?: string } = {}) => api.gql<Answer>(SEARCH, { query, ...paging }, as?.token);
  const found = async (as: Account, query: string) => must(await search(as, query, { first: 100 }), `search "${query}"`).searchDisputes.edges.map((e) => e.node.id);

  const file = async (as: Account, merchant: Account, overrides: Record<string, unknown> = {}) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, overrides) }, as.token), 'file').fileClaim.id;
  const act = async (mutation: string, input: Record<string, unknown>, as: Account) =>
    must(await api.gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`, { input }, as.token), mutation);

  beforeAll(async () => {
    api = await startTestApp('search');
    actors = apiActors(api);
    elodie = await actors.consumer('Élodie Lefèvre');
    bruno = await actors.consumer('Bruno Martin');
    shop = await actors.merchant('Boutique Éclair');
    otherShop = await actors.merchant('Other Shop');
    mediator = await actors.mediator('Médiatrice M');
    otherMediator = await actors.mediator('Mediator N');
    association = await actors.association('Association P');
    admin = await actors.admin();

    ids.order = await file(elodie, shop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'CMD-2025-88412' } });
    ids.french = await file(elodie, shop, {
      product: { name: 'Lave-linge Séchant', category: 'Gros électroménager', brand: 'Laverte', model: 'WX-900', condition: 'NEW' },
      purchase: { ...phoneClaim('x').purchase, orderReference: 'FR-5512' },
      problem: { ...phoneClaim('x').problem, description: 'Le tambour ne tourne plus et l’écran affiche une erreur E21 après deux mois.' },
    });
    ids.mediated = await file(bruno, shop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'MED-3003' } });
    await act('rejectClaim', { disputeId: ids.mediated, reason: 'Not covered' }, shop);
    await act('requestMediation', { disputeId: ids.mediated, summary: 'Refused without inspection' }, bruno);
    await act('assignMediator', { disputeId: ids.mediated, mediatorId: mediator.id }, admin);
    ids.mandated = await file(bruno, otherShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'ASSO-4004' } });
    await act('grantRepresentation', { disputeId: ids.mandated, associationId: association.id }, bruno);
  });
  afterAll(() => api?.close());

  it('a merchant finds a claim by its order reference; another merchant finds nothing', async () => {
    const answer = must(await search(shop, 'CMD-2025-88412'), 'search').searchDisputes;
    expect(answer.edges.map((e) => e.node.id)).toEqual([ids.order]);
    expect(answer.totalCount).toBe(1);
    const hit = answer.edges[0].node;
    expect(hit).toMatchObject({ orderReference: 'CMD-2025-88412', consumerName: 'Élodie Lefèvre', merchantName: expect.stringMatching(/^Boutique Éclair/), status: 'AWAITING_MERCHANT' });
    expect(hit.highlights.find((h) => h.field === 'ORDER_REFERENCE')?.parts).toEqual([{ text: 'CMD-2025-88412', match: true }]);
    // Part of a reference finds it too.
    expect(await found(shop, '88412')).toEqual([ids.order]);

    const elsewhere = must(await search(otherShop, 'CMD-2025-88412'), 'other merchant').searchDisputes;
    expect(elsewhere).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('finds French and English words with or without accents, and the customer by name', async () => {
    expect(await found(shop, 'ecran')).toEqual([ids.french]); // « l’écran » in the description
    expect(await found(shop, 'ÉLECTROMÉNAGER')).toEqual([ids.french]);
    expect(await found(shop, 'lave linge')).toEqual([ids.french]);
    expect(await found(shop, 'batteries swelling')).toEqual(expect.arrayContaining([ids.order, ids.mediated])); // "The battery swells"
    const byName = must(await search(shop, 'lefevre'), 'by name').searchDisputes.edges.map((e) => e.node);
    expect(byName.map((n) => n.id).sort()).toEqual([ids.order, ids.french].sort());
    expect(byName[0].highlights.find((h) => h.field === 'CONSUMER')?.parts).toEqual([
      { text: 'Élodie ', match: false },
      { text: 'Lefèvre', match: true },
    ]);
    const described = must(await search(shop, 'tambour'), 'description').searchDisputes.edges[0].node;
    expect(described.highlights.find((h) => h.field === 'DESCRIPTION')?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['tambour']);
  });

  it('each role searches exactly what it may read', async () => {
    const everything = [ids.order, ids.french, ids.mediated, ids.mandated].sort();
    // Every claim here is a Galaxy A54 or a washing machine by Laverte/Samsung: "samsung OR laverte" finds them all, for whoever may read them.
    const all = 'samsung or laverte';
    expect((await found(admin, all)).filter((id) => everything.includes(id)).sort()).toEqual(everything);
    expect((await found(elodie, all)).sort()).toEqual([ids.order, ids.french].sort());
    expect((await found(bruno, all)).sort()).toEqual([ids.mediated, ids.mandated].sort());
    expect((await found(shop, all)).sort()).toEqual([ids.order, ids.french, ids.mediated].sort());
    expect(await found(otherShop, all)).toEqual([ids.mandated]);
    expect(await found(mediator, all)).toEqual([ids.mediated]);
    expect(await found(otherMediator, all)).toEqual([]);
    expect(await found(association, all)).toEqual([ids.mandated]);
    // By a party's name: the mediator finds her case by the consumer and by the merchant.
    expect(await found(mediator, 'bruno martin')).toEqual([ids.mediated]);
    expect(await found(mediator, 'boutique eclair')).toEqual([ids.mediated]);
    expect(await found(association, 'other shop')).toEqual([ids.mandated]);
    expect((await search(null, 'samsung')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a hit read by the admin, a mediator or an association is in the access log the consumer reads; the parties’ own searches are not', async () => {
    const LOG = `query($id: ID!) { disputeAccessLog(id: $id) { role name kind } }`;
    const log = async (id: string) => must(await api.gql<{ disputeAccessLog: Array<{ role: string; name: string | null; kind: string }> }>(LOG, { id }, bruno.token), 'disputeAccessLog').disputeAccessLog;
    // A dispute nobody but its parties has searched or read yet.
    const quiet = await file(bruno, otherShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'LOG-7007' } });
    expect(await found(bruno, 'LOG-7007')).toEqual([quiet]);
    expect(await found(otherShop, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([]);
    expect(await found(admin, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([{ role: 'ADMIN', name: expect.any(String), kind: 'DISPUTE_READ' }]);
    // The association's hits on the disputes it holds a mandate for.
    await act('grantRepresentation', { disputeId: quiet, associationId: association.id }, bruno);
    expect(await found(association, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([
      { role: 'ADMIN', name: expect.any(String), kind: 'DISPUTE_READ' },
      { role: 'ASSOCIATION', name: 'Association P', kind: 'DISPUTE_READ' },
    ]);
  });

  it('pages by relevance with cursors, and refuses a bad query or cursor naming the argument', async () => {
    const first = must(await search(shop, 'samsung', { first: 1 }), 'page 1').searchDisputes;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = must(await search(shop, 'samsung', { first: 1, after: first.pageInfo.endCursor! }), 'page 2').searchDisputes;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.edges, ...second.edges].map((e) => e.node.id))).toEqual(new Set([ids.order, ids.mediated]));
    // An exact order reference comes first.
    expect((await found(shop, 'MED-3003'))[0]).toBe(ids.mediated);

    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['empty', { query: '' }, 'query'],
      ['blank', { query: '   ' }, 'query'],
      ['huge', { query: 'x'.repeat(201) }, 'query'],
      ['NUL', { query: 'a\u0000b' }, 'query'],
      ['malformed cursor', { query: 'samsung', after: 'not-a-cursor' }, 'after'],
      ['cursor of another list', { query: 'samsung', after: Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000Z', 'x'])).toString('base64url') }, 'after'],
      ['first 0', { query: 'samsung', first: 0 }, 'first'],
    ];
    for (const [name, variables, field] of refusals) {
      const answer = await api.gql(SEARCH, variables, shop.token);
      expect({ name, code: answer.errors?.[0].extensions?.code, fields: (answer.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field) }).toEqual({ name, code: 'BAD_USER_INPUT', fields: [field] });
    }
    // Words the full text ignores (French stop words, operators alone) are no error; LIKE's own characters are plain characters.
    expect(must(await search(shop, 'les des aux'), 'stop words').searchDisputes.edges).toBeDefined();
    expect(must(await search(shop, 'or -'), 'operators').searchDisputes.edges).toBeDefined();
    expect(must(await search(shop, '%_\\'), 'like characters').searchDisputes.totalCount).toBe(0);
  });
});
