import { must, phoneClaim, withCast, type Account } from '@recours/testing';

/** searchDisputes (issue 19 item 3): each role finds what it may read, and nothing else. */
describe('searchDisputes', () => {
  const cast = withCast('search', {
    elodie: ['consumer', 'Élodie Lefèvre'],
    bruno: ['consumer', 'Bruno Martin'],
    shop: ['merchant', 'Boutique Éclair'],
    otherShop: ['merchant', 'Other Shop'],
    mediator: ['mediator', 'Médiatrice M'],
    otherMediator: ['mediator', 'Mediator N'],
    association: ['association', 'Association P'],
    chloe: ['consumer', 'Chloé Roux'],
    adviceShop: ['merchant', 'Maison Conseil'],
    adviser: ['association', 'Association Q'],
    admin: 'admin',
  });
  const ids: Record<string, string> = {};

  type Hit = { id: string; status: string; productName: string; orderReference: string | null; merchantName: string | null; consumerName: string | null; highlights: Array<{ field: string; parts: Array<{ text: string; match: boolean }> }> };
  type Answer = { searchDisputes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Hit }> } };
  const SEARCH = `query($query: String!, $first: Int, $after: String) { searchDisputes(query: $query, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status productName orderReference merchantName consumerName highlights { field parts { text match } } } } } }`;
  const search = (as: Account | null, query: string, paging: { first?: number; after?: string } = {}) => cast.api.gql<Answer>(SEARCH, { query, ...paging }, as?.token);
  const found = async (as: Account, query: string) => must(await search(as, query, { first: 100 }), `search "${query}"`).searchDisputes.edges.map((e) => e.node.id);

  const file = async (as: Account, merchant: Account, overrides: Record<string, unknown> = {}) =>
    must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string, overrides) }, as.token), 'file').fileClaim.id;
  const act = async (mutation: string, input: Record<string, unknown>, as: Account) =>
    must(await cast.api.gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`, { input }, as.token), mutation);

  beforeAll(async () => {

    ids.order = await file(cast.elodie, cast.shop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'CMD-2025-88412' } });
    ids.french = await file(cast.elodie, cast.shop, {
      product: { name: 'Lave-linge Séchant', category: 'Gros électroménager', brand: 'Laverte', model: 'WX-900', condition: 'NEW' },
      purchase: { ...phoneClaim('x').purchase, orderReference: 'FR-5512' },
      problem: { ...phoneClaim('x').problem, description: 'Le tambour ne tourne plus et l’écran affiche une erreur E21 après deux mois.' },
    });
    ids.mediated = await file(cast.bruno, cast.shop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'MED-3003' } });
    await act('rejectClaim', { disputeId: ids.mediated, reason: 'Not covered' }, cast.shop);
    await act('requestMediation', { disputeId: ids.mediated, summary: 'Refused without inspection' }, cast.bruno);
    await act('assignMediator', { disputeId: ids.mediated, mediatorId: cast.mediator.id }, cast.admin);
    ids.mandated = await file(cast.bruno, cast.otherShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'ASSO-4004' } });
    await act('grantRepresentation', { disputeId: ids.mandated, associationId: cast.association.id }, cast.bruno);
    ids.advised = await file(cast.chloe, cast.adviceShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'AVIS-5005' } });
    await act('shareDisputeForAdvice', { disputeId: ids.advised, associationId: cast.adviser.id }, cast.chloe);
    ids.adviceEnded = await file(cast.chloe, cast.adviceShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'AVIS-6006' } });
    await act('shareDisputeForAdvice', { disputeId: ids.adviceEnded, associationId: cast.adviser.id }, cast.chloe);
    await act('stopSharingDisputeForAdvice', { disputeId: ids.adviceEnded, associationId: cast.adviser.id }, cast.chloe);
  });

  it('a merchant finds a claim by its order reference; another merchant finds nothing', async () => {
    const answer = must(await search(cast.shop, 'CMD-2025-88412'), 'search').searchDisputes;
    expect(answer.edges.map((e) => e.node.id)).toEqual([ids.order]);
    expect(answer.totalCount).toBe(1);
    const hit = answer.edges[0].node;
    expect(hit).toMatchObject({ orderReference: 'CMD-2025-88412', consumerName: 'Élodie Lefèvre', merchantName: expect.stringMatching(/^Boutique Éclair/), status: 'AWAITING_MERCHANT' });
    expect(hit.highlights.find((h) => h.field === 'ORDER_REFERENCE')?.parts).toEqual([{ text: 'CMD-2025-88412', match: true }]);
    // Part of a reference finds it too.
    expect(await found(cast.shop, '88412')).toEqual([ids.order]);

    const elsewhere = must(await search(cast.otherShop, 'CMD-2025-88412'), 'other merchant').searchDisputes;
    expect(elsewhere).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('finds French and English words with or without accents, and the customer by name', async () => {
    expect(await found(cast.shop, 'ecran')).toEqual([ids.french]); // « l’écran » in the description
    expect(await found(cast.shop, 'ÉLECTROMÉNAGER')).toEqual([ids.french]);
    expect(await found(cast.shop, 'lave linge')).toEqual([ids.french]);
    expect(await found(cast.shop, 'batteries swelling')).toEqual(expect.arrayContaining([ids.order, ids.mediated])); // "The battery swells"
    const byName = must(await search(cast.shop, 'lefevre'), 'by name').searchDisputes.edges.map((e) => e.node);
    expect(byName.map((n) => n.id).sort()).toEqual([ids.order, ids.french].sort());
    expect(byName[0].highlights.find((h) => h.field === 'CONSUMER')?.parts).toEqual([
      { text: 'Élodie ', match: false },
      { text: 'Lefèvre', match: true },
    ]);
    const described = must(await search(cast.shop, 'tambour'), 'description').searchDisputes.edges[0].node;
    expect(described.highlights.find((h) => h.field === 'DESCRIPTION')?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['tambour']);
  });

  it('each role searches exactly what it may read', async () => {
    const everything = [ids.order, ids.french, ids.mediated, ids.mandated].sort();
    // Every claim here is a Galaxy A54 or a washing machine by Laverte/Samsung: "samsung OR laverte" finds them all, for whoever may read them.
    const all = 'samsung or laverte';
    expect((await found(cast.admin, all)).filter((id) => everything.includes(id)).sort()).toEqual(everything);
    expect((await found(cast.elodie, all)).sort()).toEqual([ids.order, ids.french].sort());
    expect((await found(cast.bruno, all)).sort()).toEqual([ids.mediated, ids.mandated].sort());
    expect((await found(cast.shop, all)).sort()).toEqual([ids.order, ids.french, ids.mediated].sort());
    expect(await found(cast.otherShop, all)).toEqual([ids.mandated]);
    expect(await found(cast.mediator, all)).toEqual([ids.mediated]);
    expect(await found(cast.otherMediator, all)).toEqual([]);
    expect(await found(cast.association, all)).toEqual([ids.mandated]);
    // By a party's name: the mediator finds her case by the consumer and by the merchant.
    expect(await found(cast.mediator, 'bruno martin')).toEqual([ids.mediated]);
    expect(await found(cast.mediator, 'boutique eclair')).toEqual([ids.mediated]);
    expect(await found(cast.association, 'other shop')).toEqual([ids.mandated]);
    expect((await search(null, 'samsung')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an association finds a dispute shared with it for advice while it is shared, as it reads it (shareDisputeForAdvice)', async () => {
    expect(await found(cast.adviser, 'samsung or laverte')).toEqual([ids.advised]);
    expect(await found(cast.adviser, 'AVIS-5005')).toEqual([ids.advised]);
    expect(await found(cast.adviser, 'chloe roux')).toEqual([ids.advised]);
    // Sharing stopped: found no more. Nor does advice reach another association.
    expect(await found(cast.adviser, 'AVIS-6006')).toEqual([]);
    expect(await found(cast.association, 'AVIS-5005')).toEqual([]);
  });

  it('the search’s reading rule, a copy in SQL, agrees with dispute(id) (readerOf) for every kind of reader', async () => {
    // Consumers, merchant agents, mediators, a mandated association, one advising, the admin; each against every dispute here.
    const readers = { elodie: cast.elodie, bruno: cast.bruno, chloe: cast.chloe, shop: cast.shop, otherShop: cast.otherShop, adviceShop: cast.adviceShop, mediator: cast.mediator, otherMediator: cast.otherMediator, association: cast.association, adviser: cast.adviser, admin: cast.admin };
    const READ = `query($id: ID!) { dispute(id: $id) { id } }`;
    for (const [name, reader] of Object.entries(readers)) {
      const hits = await found(reader, 'samsung or laverte');
      for (const [dispute, id] of Object.entries(ids)) {
        const answer = await cast.api.gql<{ dispute: { id: string } | null }>(READ, { id }, reader.token);
        const reads = answer.data?.dispute?.id === id;
        if (!reads) expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect({ reader: name, dispute, found: hits.includes(id) }).toEqual({ reader: name, dispute, found: reads });
      }
    }
  });

  it('a hit read by the admin, a mediator or an association is in the access log the consumer reads; the parties’ own searches are not', async () => {
    const LOG = `query($id: ID!) { disputeAccessLog(id: $id) { role name kind } }`;
    const log = async (id: string) => must(await cast.api.gql<{ disputeAccessLog: Array<{ role: string; name: string | null; kind: string }> }>(LOG, { id }, cast.bruno.token), 'disputeAccessLog').disputeAccessLog;
    // A dispute nobody but its parties has searched or read yet.
    const quiet = await file(cast.bruno, cast.otherShop, { purchase: { ...phoneClaim('x').purchase, orderReference: 'LOG-7007' } });
    expect(await found(cast.bruno, 'LOG-7007')).toEqual([quiet]);
    expect(await found(cast.otherShop, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([]);
    expect(await found(cast.admin, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([{ role: 'ADMIN', name: expect.any(String), kind: 'DISPUTE_READ' }]);
    // The association's hits on the disputes it holds a mandate for.
    await act('grantRepresentation', { disputeId: quiet, associationId: cast.association.id }, cast.bruno);
    expect(await found(cast.association, 'LOG-7007')).toEqual([quiet]);
    expect(await log(quiet)).toEqual([
      { role: 'ADMIN', name: expect.any(String), kind: 'DISPUTE_READ' },
      { role: 'ASSOCIATION', name: 'Association P', kind: 'DISPUTE_READ' },
    ]);
  });

  it('pages by relevance with cursors, and refuses a bad query or cursor naming the argument', async () => {
    const first = must(await search(cast.shop, 'samsung', { first: 1 }), 'page 1').searchDisputes;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = must(await search(cast.shop, 'samsung', { first: 1, after: first.pageInfo.endCursor! }), 'page 2').searchDisputes;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.edges, ...second.edges].map((e) => e.node.id))).toEqual(new Set([ids.order, ids.mediated]));
    // An exact order reference comes first.
    expect((await found(cast.shop, 'MED-3003'))[0]).toBe(ids.mediated);

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
      const answer = await cast.api.gql(SEARCH, variables, cast.shop.token);
      expect({ name, code: answer.errors?.[0].extensions?.code, fields: (answer.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field) }).toEqual({ name, code: 'BAD_USER_INPUT', fields: [field] });
    }
    // Words the full text ignores (French stop words, operators alone) are no error; LIKE's own characters are plain characters.
    expect(must(await search(cast.shop, 'les des aux'), 'stop words').searchDisputes.edges).toBeDefined();
    expect(must(await search(cast.shop, 'or -'), 'operators').searchDisputes.edges).toBeDefined();
    expect(must(await search(cast.shop, '%_\\'), 'like characters').searchDisputes.totalCount).toBe(0);
  });
});
