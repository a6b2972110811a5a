import { must, phoneClaim, withCast, type Account } from '@recours/testing';

type Fields = Array<{ field: string; code: string; message: string }>;
const ENTRY = `id name description national areas { code name } email phone website`;
type Entry = { id: string; name: string; description: string; national: boolean; areas: Array<{ code: string; name: string }>; email: string | null; phone: string | null; website: string | null };
type Member = { consumerId: string; displayName: string; since: string; disputes: Array<{ id: string; productName: string; merchantName: string | null; status: string; mandateGrantedAt: string }> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the association directory, profiles and members (issue 19 item 1)', () => {
  const cast = withCast('associations', {
    lyon: ['association', 'ufc-lyon-account'],
    national: ['association', 'Familles Rurales account'],
    bare: ['association', 'Association Sans Profil'],
    consumer: ['consumer', 'Claire Martin'],
    merchant: ['merchant', 'PhoneShop'],
  });

  const update = (input: Record<string, unknown>, as: Account, locale = 'en') =>
    fetch(cast.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${as.token}` },
      body: JSON.stringify({ query: `mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { ${ENTRY} } }`, variables: { input } }),
    }).then(async (r) => ({ status: r.status, ...((await r.json()) as { data?: { updateAssociationProfile: Entry }; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) }));
  /** As a visitor with no account. */
  const directory = async (args = '') => must(await cast.api.gql<{ associations: Entry[] }>(`{ associations${args} { ${ENTRY} } }`), 'directory').associations;
  const members = (as: Account) => cast.api.gql<{ associationMembers: Member[] }>(`{ associationMembers { consumerId displayName since disputes { id productName merchantName status mandateGrantedAt } } }`, {}, as.token);


  it('an association writes its profile, and anyone reads it in the public directory, searched without accents', async () => {
    const written = await update(
      { name: 'UFC-Que Choisir Lyon', description: 'Litiges de consommation : téléphonie, électroménager, garanties.', areas: ['69', '01', '2a'], email: 'contact@ufc-lyon.example', phone: '04 78 00 00 00', website: 'https://ufc-lyon.example' },
      cast.lyon,
    );
    expect(written.errors).toBeUndefined();
    expect(written.data!.updateAssociationProfile).toMatchObject({ id: cast.lyon.id, name: 'UFC-Que Choisir Lyon', national: false, areas: [{ code: '69', name: 'Rhône' }, { code: '01', name: 'Ain' }, { code: '2A', name: 'Corse-du-Sud' }] });
    expect((await update({ name: 'Familles Rurales', description: 'Défense des consommateurs partout en France.', national: true }, cast.national)).errors).toBeUndefined();

    const all = await directory();
    expect(all.map((a) => a.name)).toEqual(['Association Sans Profil', 'Familles Rurales', 'UFC-Que Choisir Lyon']);
    expect(all.find((a) => a.id === cast.bare.id)).toMatchObject({ description: '', areas: [], email: null });
    expect((await directory('(search: "electromenager")')).map((a) => a.id)).toEqual([cast.lyon.id]);
    expect((await directory('(search: "RHONE")')).map((a) => a.id)).toEqual([cast.lyon.id]); // an area's name
    expect((await directory('(search: "garantie  Rhône")')).map((a) => a.id)).toEqual([cast.lyon.id]); // each word, anywhere
    expect((await directory('(search: "sans profil")')).map((a) => a.id)).toEqual([cast.bare.id]);
    expect(await directory('(search: "100%_")')).toEqual([]); // wildcards taken literally
    expect((await directory('(area: "69")')).map((a) => a.id)).toEqual([cast.national.id, cast.lyon.id]); // national ones serve every département
    expect((await directory('(area: "75")')).map((a) => a.id)).toEqual([cast.national.id]);
    const one = must(await cast.api.gql<{ association: Entry }>(`query($id: ID!) { association(id: $id) { name website } }`, { id: cast.lyon.id }), 'one').association;
    expect(one).toEqual({ name: 'UFC-Que Choisir Lyon', website: 'https://ufc-lyon.example' });
    // Another role's account is not an association.
    expect((await cast.api.gql(`query($id: ID!) { association(id: $id) { name } }`, { id: cast.merchant.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A contact given as "" is cleared; fields left out stay.
    const cleared = must(await update({ phone: '' }, cast.lyon), 'clear').updateAssociationProfile;
    expect(cleared).toMatchObject({ phone: null, email: 'contact@ufc-lyon.example', name: 'UFC-Que Choisir Lyon' });
  });

  it('bad input is refused naming each field, in the reader’s language, and nothing is stored', async () => {
    const before = must(await cast.api.gql<{ association: Entry }>(`query($id: ID!) { association(id: $id) { ${ENTRY} } }`, { id: cast.lyon.id }), 'before').association;
    const refused = await update({ name: '   ', areas: ['69', '99'], phone: 'call me', website: 'javascript:alert(1)' }, cast.lyon, 'fr');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors![0]!.extensions!.fields as Fields;
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ['input.name', 'BLANK'],
      ['input.areas.1', 'UNKNOWN_AREA'],
      ['input.phone', 'NOT_A_PHONE_NUMBER'],
      ['input.website', 'NOT_A_WEB_ADDRESS'],
    ]);
    expect(refused.errors![0]!.message).toMatch(/^Saisie invalide\u202f: «\u202fNom\u202f» ne doit pas être vide/);
    expect(refused.errors![0]!.message).not.toMatch(/input\.|areas|website/);
    const email = await update({ email: 'not-an-address' }, cast.lyon);
    expect((email.errors?.[0]?.extensions?.fields as Fields).map((f) => f.field)).toEqual(['input.email']);
    expect((await update({}, cast.lyon)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = must(await cast.api.gql<{ association: Entry }>(`query($id: ID!) { association(id: $id) { ${ENTRY} } }`, { id: cast.lyon.id }), 'after').association;
    expect(after).toEqual(before);

    // Only an association writes a profile (its own).
    expect((await update({ name: 'Moi' }, cast.consumer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await cast.api.gql(`mutation { updateAssociationProfile(input: { name: "X" }) { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await cast.api.gql(`{ associations(area: "100") { id } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'area' }] });
  });

  it('a consumer mandates an association chosen from the directory; the dispute names it, and the association’s roster lists her and her disputes since the mandate — for it alone', async () => {
    const chosen = (await directory('(search: "que choisir")'))[0]!;
    const file = () => cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token);
    const [first, second] = [must(await file(), 'file').fileClaim.id, must(await file(), 'file').fileClaim.id];
    const grant = (disputeId: string) =>
      cast.api.gql<{ grantRepresentation: { mandate: { grantedAt: string; association: { name: string } } } }>(
        `mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { mandate { grantedAt association { name } } } }`,
        { input: { disputeId, associationId: chosen.id } },
        cast.consumer.token,
      );
    const granted = must(await grant(first), 'grant').grantRepresentation.mandate;
    expect(granted.association).toEqual({ name: 'UFC-Que Choisir Lyon' });
    must(await grant(second), 'grant');

    let roster = must(await members(cast.lyon), 'members').associationMembers;
    for (let i = 0; i < 100 && (roster[0]?.disputes.length ?? 0) < 2; i++) roster = (await sleep(50), must(await members(cast.lyon), 'members').associationMembers);
    expect(roster).toEqual([
      {
        consumerId: cast.consumer.id,
        displayName: 'Claire Martin',
        since: granted.grantedAt,
        disputes: [
          { id: first, productName: 'Galaxy A54', merchantName: expect.stringContaining('PhoneShop'), status: 'AWAITING_MERCHANT', mandateGrantedAt: granted.grantedAt },
          { id: second, productName: 'Galaxy A54', merchantName: expect.stringContaining('PhoneShop'), status: 'AWAITING_MERCHANT', mandateGrantedAt: expect.any(String) },
        ],
      },
    ]);
    // Another association has no members; no other role reads a roster.
    expect(must(await members(cast.national), 'other').associationMembers).toEqual([]);
    for (const other of [cast.consumer, cast.merchant]) expect((await members(other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cast.api.gql(`{ associationMembers { consumerId } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Revoked on both: she leaves the roster.
    for (const disputeId of [first, second]) must(await cast.api.gql(`mutation($input: RevokeRepresentationInput!) { revokeRepresentation(input: $input) { id } }`, { input: { disputeId } }, cast.consumer.token), 'revoke');
    for (let i = 0; i < 100 && must(await members(cast.lyon), 'members').associationMembers.length > 0; i++) await sleep(50);
    expect(must(await members(cast.lyon), 'members').associationMembers).toEqual([]);
  });
  it('the association holding the mandate renounces it with its reason (C. civ. art. 2007): it no longer reads nor acts, the consumer reads why in French and may mandate again; nobody else may renounce it', async () => {
    const disputeId = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token), 'file').fileClaim.id;
    const grant = (associationId: string) => cast.api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId } }, cast.consumer.token);
    must(await grant(cast.lyon.id), 'grant');
    type Read = { dispute: { version: number; availableActions: string[]; mandate: { association: { name: string } } | null; timeline: Array<{ text: string }> } };
    const read = (as: Account, locale = 'en') =>
      fetch(cast.api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${as.token}` },
        body: JSON.stringify({ query: `query($id: ID!) { dispute(id: $id) { version availableActions mandate { association { name } } timeline { text } } }`, variables: { id: disputeId } }),
      }).then(async (r) => ({ status: r.status, ...((await r.json()) as { data?: Read; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) }));
    const renounce = (as: Account, reason?: unknown, commandId?: string) =>
      cast.api.gql<{ renounceRepresentation: { version: number; availableActions: string[]; mandate: unknown } }>(
        `mutation($input: RenounceRepresentationInput!) { renounceRepresentation(input: $input) { version availableActions mandate { grantedAt } } }`,
        { input: { disputeId, ...(reason !== undefined && { reason }), ...(commandId && { commandId }) } },
        as.token,
      );
    const why = 'Notre association ne peut plus suivre ce dossier : nous vous conseillons de saisir le médiateur.';

    // Offered to the association holding it alone.
    expect(must(await read(cast.lyon), 'lyon').dispute.availableActions).toContain('renounceRepresentation');
    expect(must(await read(cast.consumer), 'consumer').dispute.availableActions).not.toContain('renounceRepresentation');
    const version = must(await read(cast.consumer), 'consumer').dispute.version;
    // The consumer revokes, she does not renounce; another association does not see the dispute; the merchant is no party to the mandate.
    expect((await renounce(cast.consumer, why)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await renounce(cast.national, why)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await renounce(cast.merchant, why)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A reason is owed: blank, missing or too long is refused naming the field, and nothing is stored.
    expect((await renounce(cast.lyon, '   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }] });
    expect((await renounce(cast.lyon, 'x'.repeat(2001))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }] });
    expect((await renounce(cast.lyon)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(must(await read(cast.consumer), 'consumer').dispute.version).toBe(version);

    // Its own act is answered: the mandate ended (the renunciation, and what every party reads of it), nothing left to do.
    const answered = must(await renounce(cast.lyon, why, 'renounce-once'), 'renounce').renounceRepresentation;
    expect(answered).toEqual({ version: version + 2, availableActions: [], mandate: null });
    // A retry after a lost answer gets the same answer, and records nothing more.
    expect(must(await renounce(cast.lyon, why, 'renounce-once'), 'retry').renounceRepresentation).toEqual(answered);
    // From then on it reads nothing of the dispute, as after a revocation, and may not renounce again.
    expect((await read(cast.lyon)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await renounce(cast.lyon, why)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (let i = 0; i < 100 && must(await members(cast.lyon), 'members').associationMembers.some((m) => m.disputes.some((d) => d.id === disputeId)); i++) await sleep(50);
    expect(must(await members(cast.lyon), 'members').associationMembers.flatMap((m) => m.disputes.map((d) => d.id))).not.toContain(disputeId);

    // The consumer reads, in French, who renounced and why; the merchant does not read the association's reason.
    const mine = must(await read(cast.consumer, 'fr'), 'consumer').dispute;
    expect(mine.mandate).toBeNull();
    // Named as the directory shows it (UFC-Que Choisir Lyon once its profile is written), never by an id.
    const name = (await directory()).find((a) => a.id === cast.lyon.id)!.name;
    expect(mine.timeline.at(-2)!.text).toBe(`L’association ${name} a renoncé au mandat\u202f: «\u202f${why}\u202f»`);
    expect(mine.timeline.at(-1)!.text).toBe(`L’association ${name} a mis fin à son mandat\u202f: elle ne représente plus le consommateur dans ce litige.`);
    expect(must(await read(cast.merchant), 'merchant').dispute.timeline.map((t) => t.text).join(' ')).not.toContain('médiateur');
    // She is told, with the article and what is hers to do now (French by default).
    const notices = async () =>
      must(await cast.api.gql<{ myNotifications: { edges: Array<{ node: { kind: string; disputeId: string; title: string; body: string } }> } }>(`{ myNotifications(first: 20) { edges { node { kind disputeId title body } } } }`, {}, cast.consumer.token), 'notices').myNotifications.edges.map((e) => e.node);
    let heard = await notices();
    for (let i = 0; i < 100 && !heard.some((n) => n.kind === 'MANDATE_RENOUNCED'); i++) heard = (await sleep(50), await notices());
    expect(heard.filter((n) => n.kind === 'MANDATE_RENOUNCED')).toEqual([
      { kind: 'MANDATE_RENOUNCED', disputeId, title: expect.stringMatching(/^Renonciation au mandat\u202f: Samsung Galaxy A54/), body: expect.stringContaining('(article 2007 du Code civil)') },
    ]);

    // Hers again: she acts herself, and may give a mandate anew (to another association, or the same).
    must(await cast.api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Je reprends le dossier.' } }, cast.consumer.token), 'post');
    must(await grant(cast.national.id), 'grant again');
    expect(must(await read(cast.national), 'national').dispute.availableActions).toContain('renounceRepresentation');
  });

  it('a consumer shares a dispute read-only with an association for advice: it reads but cannot act, another association sees nothing, and stopping ends it (issue 19 item 1)', async () => {
    const disputeId = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token), 'file').fileClaim.id;
    const read = (as: Account) => cast.api.gql<{ dispute: { id: string; version: number; availableActions: string[]; timeline: Array<{ text: string }> } }>(`query($id: ID!) { dispute(id: $id) { id version availableActions timeline { text } } }`, { id: disputeId }, as.token);
    const share = (name: string, associationId: string) => cast.api.gql(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { version } }`, { input: { disputeId, associationId } }, cast.consumer.token);

    expect((await read(cast.lyon)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Only an association: another account is refused on the field, and nothing is stored.
    expect((await share('shareDisputeForAdvice', cast.merchant.id)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.associationId' }] });
    must(await share('shareDisputeForAdvice', cast.lyon.id), 'share');
    expect((await share('shareDisputeForAdvice', cast.lyon.id)).errors?.[0]?.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ALREADY_SHARED' });

    const advisers = (as: Account) => cast.api.gql<{ dispute: { advisers: Array<{ association: { name: string } }> } }>(`query($id: ID!) { dispute(id: $id) { advisers { association { name } } } }`, { id: disputeId }, as.token);
    expect(must(await advisers(cast.consumer), 'advisers').dispute.advisers).toEqual([{ association: { name: 'UFC-Que Choisir Lyon' } }]);
    expect(must(await advisers(cast.lyon), 'advisers').dispute.advisers).toEqual([]); // hers to know
    // The lists: hers, of what she shares; the association's, of what is shared with it; nobody else's.
    const shared = (as: Account) => cast.api.gql<{ disputesSharedForAdvice: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> } }>(`{ disputesSharedForAdvice(first: 50) { totalCount edges { node { id status } } } }`, {}, as.token);
    const sharedIds = async (as: Account) => must(await shared(as), 'shared').disputesSharedForAdvice.edges.map((e) => e.node.id);
    expect(await sharedIds(cast.consumer)).toEqual([disputeId]);
    expect(await sharedIds(cast.lyon)).toEqual([disputeId]);
    expect(await sharedIds(cast.national)).toEqual([]);
    expect((await shared(cast.merchant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Its way in: a notice linking to the dispute, in its language (French by default).
    const notices = async () =>
      must(await cast.api.gql<{ myNotifications: { edges: Array<{ node: { kind: string; disputeId: string; title: string } }> } }>(`{ myNotifications(first: 20) { edges { node { kind disputeId title } } } }`, {}, cast.lyon.token), 'notices').myNotifications.edges.map((e) => e.node);
    let heard = await notices();
    for (let i = 0; i < 100 && !heard.some((n) => n.kind === 'SHARED_FOR_ADVICE'); i++) heard = (await sleep(50), await notices());
    expect(heard.filter((n) => n.kind === 'SHARED_FOR_ADVICE')).toEqual([{ kind: 'SHARED_FOR_ADVICE', disputeId, title: expect.stringMatching(/^Dossier partagé pour avis\u202f: Samsung Galaxy A54/) }]);
    const asAdviser = must(await read(cast.lyon), 'adviser reads').dispute;
    expect(asAdviser.availableActions).toEqual([]);
    // Named as the directory shows it (its profile's name), not by its account's name.
    expect(asAdviser.timeline.at(-1)!.text).toMatch(/shared the dispute with the association UFC-Que Choisir Lyon for advice/);
    expect(asAdviser.timeline.map((t) => t.text).join(' ')).not.toContain('ufc-lyon-account');
    // It may not act: told so (FORBIDDEN), and nothing is appended.
    const message = await cast.api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Notre avis' } }, cast.lyon.token);
    expect(message.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdraw = await cast.api.gql(`mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { id } }`, { input: { disputeId } }, cast.lyon.token);
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(must(await read(cast.consumer), 'consumer').dispute.version).toBe(asAdviser.version);
    // What is hers alone stays hers (and her mandated association's): who accessed her dispute,
    // the letter in her name. Nor does the merchant read whom she asked for advice.
    expect((await cast.api.gql(`query($id: ID!) { disputeAccessLog(id: $id) { at } }`, { id: disputeId }, cast.lyon.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const letter = (as: Account) => fetch(`${cast.api.url.replace(/\/graphql$/, '')}/disputes/${disputeId}/formal-notice.pdf`, { headers: { authorization: `Bearer ${as.token}` } });
    expect((await letter(cast.lyon)).status).toBe(404);
    expect((await letter(cast.consumer)).status).toBe(200);
    expect(must(await read(cast.merchant), 'merchant').dispute.timeline.map((t) => t.text).join(' ')).not.toMatch(/advice|avis|Lyon/);
    // Another association sees nothing of it, and no roster lists it (advice is not a mandate).
    expect((await read(cast.national)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(must(await members(cast.lyon), 'members').associationMembers.flatMap((m) => m.disputes.map((d) => d.id))).not.toContain(disputeId);

    must(await share('stopSharingDisputeForAdvice', cast.lyon.id), 'stop');
    expect((await read(cast.lyon)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await sharedIds(cast.lyon)).toEqual([]);
    expect(await sharedIds(cast.consumer)).toEqual([]);
    expect((await share('stopSharingDisputeForAdvice', cast.lyon.id)).errors?.[0]?.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'NOT_SHARED' });
  });
});
