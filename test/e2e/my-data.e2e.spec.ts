import { apiActors, mailedToken, multipartBody, must, phoneClaim, samples, startTestApp, type Account, type TestApp } from '@recours/testing';
import { PersonalDataArchive } from '../../apps/api/src/privacy/personal-data-archive';

const MY_DATA = `{ myData }`;

/** Issue 17 item 3: everything recours holds about the viewer, as one JSON archive. */
describe('myData', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;
  const archiveOf = async (as: Account) => JSON.parse(must(await api.gql<{ myData: string }>(MY_DATA, {}, as.token), 'myData').myData) as Record<string, any>;
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (const started = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() - started > 15_000) throw new Error(`still not ${what}`);
    }
  };

  beforeAll(async () => {
    api = await startTestApp('my_data');
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire Archive');
    merchant = await actors.merchant('Archive Shop');
    const base = api.url.replace(/\/graphql$/, '');
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'facture.pdf', content: samples.pdf() }]);
    const uploaded = (await (await fetch(`${base}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}` }, body })).json()) as { id: string; sha256: string };
    const claim = phoneClaim(merchant.merchantId as string, { evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: uploaded.sha256, fileId: uploaded.id }] });
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: claim }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Damage caused by a third-party charger' } }, merchant.token), 'reject');
    expect((await fetch(`${base}/files/${uploaded.id}`, { headers: { authorization: `Bearer ${merchant.token}` } })).status).toBe(200);
    // The lists and notifications are projections: wait until they hold the dispute and the refusal.
    await until(async () => (await api.gql<{ myDisputes: { edges: unknown[] } }>(`{ myDisputes { edges { cursor } } }`, {}, consumer.token)).data?.myDisputes.edges.length === 1, 'listed');
    await until(async () => ((await api.gql<{ myNotifications: { edges: unknown[] } }>(`{ myNotifications { edges { cursor } } }`, {}, consumer.token)).data?.myNotifications.edges.length ?? 0) > 0, 'notified');
  }, 120_000);
  afterAll(async () => api?.close());

  it('holds the account, its sessions, its disputes as it reads them, uploads, notifications, e-mails and the access log', async () => {
    const archive = await archiveOf(consumer);
    expect(archive.account).toMatchObject({ id: consumer.id, displayName: 'Claire Archive', role: 'CONSUMER', locale: 'fr', twoFactor: { enabled: false } });
    expect(archive.account.email).toMatch(/^clairearchive-.*@example\.test$/);
    expect(archive.sessions.length).toBeGreaterThanOrEqual(1);
    expect(archive.disputes).toHaveLength(1);
    const [caseFile] = archive.disputes;
    const text = JSON.stringify(caseFile);
    // Her claim in her own words, the merchant's reason, the evidence's metadata: as she reads the dispute.
    for (const words of ['The battery swells and the back cover lifts', 'Damage caused by a third-party charger', 'facture.pdf', 'CMD-2025-0310-77']) expect(text).toContain(words);
    expect(archive.uploads).toEqual([expect.objectContaining({ name: 'facture.pdf', contentType: 'application/pdf', disputeId })]);
    expect(archive.notifications.length).toBeGreaterThan(0);
    expect(archive.notifications.every((n: { disputeId: string }) => n.disputeId === disputeId)).toBe(true);
    expect(archive.emails.map((e: { kind: string | null }) => e)).toEqual(expect.arrayContaining([expect.objectContaining({ state: expect.any(String) })]));
    expect(archive.emailLinks).toEqual([expect.objectContaining({ purpose: 'VERIFY_EMAIL' })]);
    // The e-mail that carried that link is hers too (addressed to the link's row, not to her account id).
    expect(archive.emails).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'ACCOUNT_EMAIL', purpose: 'VERIFY_EMAIL', state: expect.any(String) })]));
    expect(archive.accessLog.toMyDisputes).toEqual([expect.objectContaining({ disputeId, role: 'MERCHANT', kind: 'EVIDENCE_FILE' })]);
  });

  it('holds her ended sessions too: their rows, user agent and all, are kept as the account’s history', async () => {
    const { email } = (await archiveOf(consumer)).account as { email: string };
    const USER_AGENT = 'Archivist-Browser/7.3 (ended-session probe)';
    const login = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body: JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { token } }`, variables: { input: { email, password: 'Correct-Horse-42' } } }),
    });
    expect(login.status).toBe(200);
    const { mySessions } = must(await api.gql<{ mySessions: Array<{ id: string; userAgent: string }> }>(`{ mySessions { id userAgent } }`, {}, consumer.token), 'mySessions');
    const other = mySessions.find((session) => session.userAgent === USER_AGENT)!;
    must(await api.gql(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: other.id } }, consumer.token), 'revokeSession');
    const { sessions } = await archiveOf(consumer);
    expect(sessions).toEqual(expect.arrayContaining([expect.objectContaining({ id: other.id, userAgent: USER_AGENT, endedAt: expect.any(String) })]));
  });

  it('holds the invitation an agent joined by: a link sent to her address, which names no account', async () => {
    const agent = await apiActors(api).agent(merchant, 'Agathe Invitée');
    const archive = await archiveOf(agent);
    expect(archive.account.merchant).toEqual({ id: merchant.merchantId, name: expect.any(String), owner: false, teamRole: 'AGENT' });
    expect(archive.emailLinks).toEqual([expect.objectContaining({ purpose: 'AGENT_INVITATION', email: archive.account.email, usedAt: expect.any(String) })]);
    expect(archive.emails).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'ACCOUNT_EMAIL', purpose: 'AGENT_INVITATION' })]));
  });

  it('holds no secret: no password hash, token, session token or link token', async () => {
    const raw = must(await api.gql<{ myData: string }>(MY_DATA, {}, consumer.token), 'myData').myData;
    expect(raw).not.toMatch(/argon2|password|token_hash|tokenHash/i);
    expect(raw).not.toContain(consumer.token.split('.')[2]);
  });

  it('is the viewer’s own: the merchant’s archive holds her own acts in the dispute, not its case file, the consumer’s account or uploads; anonymous is refused', async () => {
    await api.projectionsCaughtUp(); // her acts are found by the timeline's actor
    const archive = await archiveOf(merchant);
    expect(archive.account).toMatchObject({ id: merchant.id, role: 'MERCHANT', merchant: { id: merchant.merchantId, owner: true } });
    // Her refusal, whole; not the consumer's claim, which is her merchant's record, not data about her (GDPR art. 15(4)).
    expect(archive.disputes).toEqual([]);
    expect(archive.agentWork).toEqual([
      {
        disputeId,
        product: expect.any(String),
        filedAt: expect.any(String),
        assignedToHer: false,
        acts: [expect.objectContaining({ type: 'ClaimRejected', at: expect.any(String), data: expect.objectContaining({ reason: 'Damage caused by a third-party charger' }) })],
      },
    ]);
    for (const words of ['The battery swells and the back cover lifts', 'facture.pdf', 'CMD-2025-0310-77']) expect(JSON.stringify(archive)).not.toContain(words);
    expect(archive.uploads).toEqual([]);
    expect(archive.accessLog.mine).toEqual([expect.objectContaining({ disputeId, kind: 'EVIDENCE_FILE' })]);
    expect(JSON.stringify(archive)).not.toContain('clairearchive-');
    expect((await api.gql(MY_DATA)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('holds for an agent the disputes assigned to her, and none of her merchant’s others: the owner’s assignment is the owner’s act', async () => {
    const assigned = await apiActors(api).agent(merchant, 'Jade Archive');
    const bystander = await apiActors(api).agent(merchant, 'Léon Archive');
    must(await api.gql(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { disputeId, agentId: assigned.id } }, merchant.token), 'assign');
    await api.projectionsCaughtUp();
    const hers = await archiveOf(assigned);
    expect(hers.disputes).toEqual([]);
    expect(hers.agentWork).toEqual([expect.objectContaining({ disputeId, assignedToHer: true, acts: [] })]);
    expect(JSON.stringify(hers)).not.toContain('Damage caused by a third-party charger');
    const owners = await archiveOf(merchant);
    expect(owners.agentWork[0].acts.map((act: { type: string }) => act.type)).toEqual(expect.arrayContaining(['ClaimRejected', 'CaseAssigned']));
    const his = await archiveOf(bystander);
    expect(his.agentWork).toEqual([]);
    expect(his.disputes).toEqual([]);
    expect(his.disputesListedOnly).toEqual([]);
  });

  it("holds an agent's own internal notes, not her colleagues', and the consumer's archive none", async () => {
    const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`;
    const colleague = await apiActors(api).agent(merchant, 'Hugo Archive');
    must(await api.gql(NOTE, { input: { disputeId, body: 'Called the customer back; goodwill possible' } }, merchant.token), 'note');
    must(await api.gql(NOTE, { input: { disputeId, body: 'A colleague’s own note' } }, colleague.token), 'colleague note');
    const archive = await archiveOf(merchant);
    expect(archive.internalNotes).toEqual([{ disputeId, noteId: expect.any(String), at: expect.any(String), body: 'Called the customer back; goodwill possible' }]);
    expect(JSON.stringify(archive)).not.toContain('A colleague’s own note');
    const consumers = await archiveOf(consumer);
    expect(consumers.internalNotes).toEqual([]);
    expect(JSON.stringify(consumers)).not.toContain('goodwill possible');
  });

  it("holds an agent's internal notes in the disputes listed by id only, which no case file she downloads carries", async () => {
    const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`;
    const later = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    const colleague = await apiActors(api).agent(merchant, 'Irène Archive');
    must(await api.gql(NOTE, { input: { disputeId: later, body: 'Past the archive’s case files: still hers' } }, merchant.token), 'note');
    must(await api.gql(NOTE, { input: { disputeId: later, body: 'Irène’s own note, not hers' } }, colleague.token), 'colleague note');
    await api.projectionsCaughtUp();
    // One dispute in full, the later one listed by id only (an agent of thousands of disputes past 200).
    const archive = await api.app.get(PersonalDataArchive).of({ accountId: merchant.id, role: 'MERCHANT', merchantId: merchant.merchantId }, 'en', new Date(), undefined, 1);
    expect(archive.disputesListedOnly).toEqual([later]);
    expect(archive.internalNotes).toEqual(expect.arrayContaining([{ disputeId: later, noteId: expect.any(String), at: expect.any(String), body: 'Past the archive’s case files: still hers' }]));
    expect(JSON.stringify(archive)).not.toContain('Irène’s own note');
  });

  /** The claim's own words (the consumer's), which only her side's and the mediation's readers' case files carry. */
  const CLAIMS_WORDS = ['The battery swells and the back cover lifts', 'Phone shut down at 40% for the first time', 'CMD-2025-0310-77', 'R58T90ABCDE'];
  const gqlMutation = async (name: string, input: Record<string, unknown>, as: Account, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    must(await api.gql<Record<string, { id: string }>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { id } }`, { input }, as.token), name)[name];
  const fileAgainst = async (shop: Account, by = consumer) => (await gqlMutation('fileClaim', phoneClaim(shop.merchantId as string), by)).id;
  const signIn = async (email: string) => {
    const { login } = must(await api.gql<{ login: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: LoginInput!) { login(input: $input) { token user { id merchantId } } }`, { input: { email, password: 'Correct-Horse-42' } }), 'login');
    return { token: login.token, id: login.user.id, merchantId: login.user.merchantId };
  };

  describe('an agent who left her team', () => {
    let agent: Account;
    let email: string;
    let offeredIn: string;
    let rejectedIn: string;
    const TERMS = 'Repair at our workshop within ten days, courier paid by us';
    const NOTE = 'Former agent’s note: the customer sounded sincere';

    it('takes nothing of her former team’s disputes once removed from it, her own acts there included (the operator weighs those on request)', async () => {
      agent = await apiActors(api).agent(merchant, 'Romane Partie');
      email = (await archiveOf(agent)).account.email;
      offeredIn = await fileAgainst(merchant);
      await gqlMutation('makeOffer', { disputeId: offeredIn, remedy: 'REPAIR', daysToCarryOut: 10, terms: TERMS }, agent);
      must(await api.gql(`mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`, { input: { disputeId: offeredIn, body: NOTE } }, agent.token), 'note');
      await api.projectionsCaughtUp();
      // While in the team: her offer and her note, whole.
      expect((await archiveOf(agent)).agentWork).toEqual([
        expect.objectContaining({ disputeId: offeredIn, acts: [expect.objectContaining({ type: 'OfferMade', data: expect.objectContaining({ terms: TERMS }) }), expect.objectContaining({ type: 'InternalNoteAdded' })] }),
      ]);
      must(await api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, merchant.token), 'remove');
      agent = await signIn(email);
      expect(agent.merchantId).toBeNull();
      // She reads the dispute no more, and her archive holds nothing of it: her words there quote
      // the merchant's customer, whose rights the operator weighs when she asks (art. 15(4)).
      expect((await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: offeredIn }, agent.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const archive = await archiveOf(agent);
      expect(archive.account.merchant).toBeNull();
      expect({ disputes: archive.disputes, agentWork: archive.agentWork, internalNotes: archive.internalNotes }).toEqual({ disputes: [], agentWork: [], internalNotes: [] });
      const text = JSON.stringify(archive);
      for (const words of [...CLAIMS_WORDS, TERMS, NOTE]) expect(text).not.toContain(words);
      expect(archive.format).toBe('recours personal data archive, version 3');
    });

    it('gets, moved to another merchant, her acts in her new merchant’s disputes only', async () => {
      const other = await apiActors(api).merchant('Second Shop');
      must(await api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email, displayName: 'Romane Partie' } }, other.token), 'invite');
      const token = await mailedToken(api.database.url, email, 'AGENT_INVITATION');
      const joined = must(
        await api.gql<{ acceptAgentInvitation: { token: string; user: { id: string; merchantId: string } } }>(
          `mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token user { id merchantId } } }`,
          { input: { token, password: 'Correct-Horse-42' } },
        ),
        'accept',
      ).acceptAgentInvitation;
      expect({ id: joined.user.id, merchantId: joined.user.merchantId }).toEqual({ id: agent.id, merchantId: other.merchantId });
      agent = { token: joined.token, id: joined.user.id, merchantId: joined.user.merchantId };
      rejectedIn = await fileAgainst(other);
      await gqlMutation('rejectClaim', { disputeId: rejectedIn, reason: 'Outside the commercial warranty we give' }, agent);
      await api.projectionsCaughtUp();
      const archive = await archiveOf(agent);
      expect(archive.account.merchant).toEqual(expect.objectContaining({ id: other.merchantId }));
      expect(archive.agentWork).toEqual([
        expect.objectContaining({ disputeId: rejectedIn, acts: [expect.objectContaining({ type: 'ClaimRejected', data: expect.objectContaining({ reason: 'Outside the commercial warranty we give' }) })] }),
      ]);
      expect(archive.disputes).toEqual([]);
      for (const words of [...CLAIMS_WORDS, TERMS]) expect(JSON.stringify(archive)).not.toContain(words);
    });
  });

  it('gives a mediator her own part of the disputes she mediates (her decision and proposal whole), not their case files, and logs no download of them', async () => {
    const actors = apiActors(api);
    const [admin, mediator, claimant] = [await actors.admin(), await actors.mediator('Maud Médiation'), await actors.consumer('Mila Archive')];
    const mediated = await fileAgainst(merchant, claimant);
    const TERMS = 'Battery replaced free of charge, shipping paid by the merchant';
    await gqlMutation('rejectClaim', { disputeId: mediated, reason: 'Damage caused by a third-party charger' }, merchant);
    await gqlMutation('escalate', { disputeId: mediated, reason: 'I only used the original charger' }, claimant);
    await gqlMutation('rejectClaim', { disputeId: mediated, reason: 'The supervisor confirms the refusal' }, merchant);
    await gqlMutation('requestMediation', { disputeId: mediated, summary: 'Battery swelling within the legal guarantee' }, claimant);
    await gqlMutation('assignMediator', { disputeId: mediated, mediatorId: mediator.id }, admin);
    await gqlMutation('decideAdmissibility', { disputeId: mediated, admissible: true, reason: 'The merchant refused in writing twice' }, mediator);
    await gqlMutation('proposeSettlement', { disputeId: mediated, remedy: 'REPAIR', daysToCarryOut: 20, terms: TERMS }, mediator);
    // Her read of the dispute is logged, as every read of hers is.
    must(await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: mediated }, mediator.token), 'read');
    await api.projectionsCaughtUp();
    const archive = await archiveOf(mediator);
    expect(archive.disputes).toEqual([]);
    expect(archive.mediationWork).toEqual([
      {
        disputeId: mediated,
        product: 'Galaxy A54',
        filedAt: expect.any(String),
        acts: [
          expect.objectContaining({ type: 'MediationAdmissibilityDecided', data: expect.objectContaining({ admissible: true, reason: 'The merchant refused in writing twice' }) }),
          expect.objectContaining({ type: 'SettlementProposed', data: expect.objectContaining({ terms: TERMS, remedy: 'REPAIR' }) }),
        ],
      },
    ]);
    const text = JSON.stringify(archive);
    // Not the consumer's claim, her escalation, nor the merchant's refusals.
    for (const words of [...CLAIMS_WORDS, 'I only used the original charger', 'Battery swelling within the legal guarantee', 'Damage caused by a third-party charger', 'milaarchive-']) expect(text).not.toContain(words);
    // No case file left with her archive: the consumer's access log records no download of it.
    const { disputeAccessLog } = must(
      await api.gql<{ disputeAccessLog: Array<{ kind: string }> }>(`query($id: ID!) { disputeAccessLog(id: $id) { kind } }`, { id: mediated }, claimant.token),
      'disputeAccessLog',
    );
    expect(disputeAccessLog.map((entry) => entry.kind)).toContain('DISPUTE_READ');
    expect(disputeAccessLog.map((entry) => entry.kind)).not.toContain('CASE_FILE');
    expect((await archiveOf(claimant)).accessLog.toMyDisputes.filter((entry: { kind: string }) => entry.kind === 'CASE_FILE')).toEqual([]);
  });

  it("holds a mediator's bodies, conflicts of interest and absences, and an association's directory entry; nobody else's", async () => {
    const actors = apiActors(api);
    const [admin, mediator, association] = [await actors.admin(), await actors.mediator('Inès Archive'), await actors.association('Association Archive')];
    const body = must(await api.gql<{ createMediationBody: { id: string } }>(`mutation($input: CreateMediationBodyInput!) { createMediationBody(input: $input) { id } }`, { input: { name: 'Médiation Archive' } }, admin.token), 'body').createMediationBody;
    must(await api.gql(`mutation($input: AddBodyMediatorInput!) { addBodyMediator(input: $input) { id } }`, { input: { bodyId: body.id, mediatorId: mediator.id } }, admin.token), 'addBodyMediator');
    must(await api.gql(`mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) }`, { input: { merchantId: merchant.merchantId } }, mediator.token), 'conflict');
    must(await api.gql(`mutation($input: DeclareMediatorAbsenceInput!) { declareMediatorAbsence(input: $input) { id } }`, { input: { firstDay: '2099-08-01', lastDay: '2099-08-15' } }, mediator.token), 'absence');
    must(await api.gql(`mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { id } }`, { input: { phone: '04 72 00 00 00', email: 'benevole.archive@example.test' } }, association.token), 'profile');
    const mine = await archiveOf(mediator);
    expect(mine.mediator).toEqual({
      bodies: [expect.objectContaining({ name: 'Médiation Archive' })],
      conflictsOfInterest: [expect.objectContaining({ merchant: expect.stringMatching(/^Archive Shop/) })],
      absences: [expect.objectContaining({ firstDay: '2099-08-01', lastDay: '2099-08-15' })],
    });
    expect((await archiveOf(association)).associationProfile).toMatchObject({ phone: '04 72 00 00 00', email: 'benevole.archive@example.test' });
    const consumers = await archiveOf(consumer);
    expect([consumers.mediator, consumers.associationProfile]).toEqual([null, null]);
  });
});
