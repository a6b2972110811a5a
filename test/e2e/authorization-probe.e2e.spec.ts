import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { baselineOf, codeOf, leavesOf, mailedToken, multipartBody, must, phoneClaim, samples, withCast, type Account } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

/**
 * An attacker's walk through every door that takes a dispute's id, a file's id or an account's
 * list: for each kind of stranger, and for each way access ends (an agent removed from her team,
 * a mediator replaced, a mandate revoked, a sharing stopped, an account erased, a session ended),
 * the door answers exactly what it answers for an id that does not exist, and the lists, counts
 * and searches hold nothing of the dispute any more.
 */

type Answer = Record<string, unknown>;
const MISSING = () => randomUUID();

describe('authorization probe: every door, every stranger, every ended access', () => {
  const cast = withCast('authz_probe', {
    claire: ['consumer', 'Claire Probe'],
    shop: ['merchant', 'ProbeShop'],
    otherShop: ['merchant', 'OtherProbeShop'],
    eve: ['consumer', 'Eve Stranger'],
    mediatorA: ['mediator', 'Anne Médiatrice'],
    mediatorB: ['mediator', 'Bruno Médiateur'],
    strangerMediator: ['mediator', 'Carl Médiateur'],
    mandated: ['association', 'UFC Probe'],
    adviser: ['association', 'CLCV Probe'],
    strangerAssociation: ['association', 'Familles Probe'],
    admin: 'admin',
  });

  const gql = <T = Answer>(query: string, variables: Record<string, unknown>, as: Account | null) => cast.api.gql<T>(query, variables, as?.token);
  const run = async (mutation: string, input: Record<string, unknown>, as: Account, fields = '__typename') =>
    must(await gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${fields} } }`, { input }, as), mutation);
  const login = async (email: string): Promise<Account> => {
    const { login: signedIn } = must(await gql<{ login: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: LoginInput!) { login(input: $input) { token user { id merchantId } } }`, { input: { email, password: 'Correct-Horse-42' } }, null), 'login');
    return { token: signedIn.token, id: signedIn.user.id, merchantId: signedIn.user.merchantId };
  };
  const consumerWithEmail = async (name: string) => {
    const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
    must(await gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42', displayName: name, role: 'CONSUMER' } }, null), 'signUp');
    return { email, account: await login(email) };
  };
  const agentOf = async (owner: Account, name: string) => {
    const email = `agent-${randomUUID().slice(0, 8)}@example.test`;
    must(await gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email, displayName: name } }, owner), 'addMerchantAgent');
    const token = await mailedToken(cast.api.database.url, email, 'AGENT_INVITATION');
    must(await gql(`mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token } }`, { input: { token, password: 'Correct-Horse-42' } }, null), 'accept');
    return { email, account: await login(email) };
  };
  const upload = async (as: Account, filename: string, content: Buffer) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename, content }]);
    const answer = await fetch(`${cast.api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${as.token}` }, body });
    return (await answer.json()) as { id: string; sha256: string };
  };

  /** A GraphQL refusal as a person reads it: its code and sentence (the data must be nothing). */
  const refusal = (answer: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => ({
    data: answer.data ?? null,
    code: answer.errors?.[0]?.extensions?.code ?? 'OK',
    message: answer.errors?.[0]?.message ?? null,
  });
  const http = async (path: string, as: Account | null) => {
    const response = await fetch(`${cast.api.origin}${path}`, { headers: as ? { authorization: `Bearer ${as.token}` } : {} });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? ((await response.json()) as { error?: { code: string; message: string } }) : await response.text();
    return { status: response.status, error: typeof body === 'object' && body.error ? { code: body.error.code, message: body.error.message } : type };
  };

  /** Every door that takes a dispute's id: what it answers `as` for `id`. */
  const disputeDoors: Record<string, (id: string, as: Account | null) => Promise<unknown>> = {
    dispute: async (id, as) => refusal(await gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id }, as)),
    disputeAsOf: async (id, as) => refusal(await gql(`query($id: ID!, $at: String!) { disputeAsOf(id: $id, at: $at) { id } }`, { id, at: new Date().toISOString() }, as)),
    verifyDispute: async (id, as) => refusal(await gql(`query($id: ID!) { verifyDispute(id: $id) { events } }`, { id }, as)),
    disputeAccessLog: async (id, as) => refusal(await gql(`query($id: ID!) { disputeAccessLog(id: $id) { name } }`, { id }, as)),
    postMessage: async (id, as) => refusal(await gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: id, body: 'Let me in' } }, as)),
    addInternalNote: async (id, as) => refusal(await gql(`mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`, { input: { disputeId: id, body: 'Let me in' } }, as)),
    attachEvidence: async (id, as) =>
      refusal(await gql(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id } }`, { input: { disputeId: id, kind: 'PHOTO', name: 'x.png', sha256: 'b'.repeat(64) } }, as)),
    escalate: async (id, as) => refusal(await gql(`mutation($input: EscalateInput!) { escalate(input: $input) { id } }`, { input: { disputeId: id } }, as)),
    withdrawClaim: async (id, as) => refusal(await gql(`mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { id } }`, { input: { disputeId: id } }, as)),
    'case-file.json': (id, as) => http(`/disputes/${id}/case-file.json`, as),
    'case-file.pdf': (id, as) => http(`/disputes/${id}/case-file.pdf`, as),
    'formal-notice.pdf': (id, as) => http(`/disputes/${id}/formal-notice.pdf`, as),
  };

  let disputeId: string;
  let evidenceFileId: string;
  const who: Record<string, Account> = {};
  const ended: Record<string, Account> = {};

  beforeAll(async () => {
    const { claire, shop, mediatorA, mediatorB, mandated, adviser, admin } = cast;
    const invoice = await upload(claire, 'facture.pdf', samples.pdf());
    evidenceFileId = invoice.id;
    disputeId = (
      (await run('fileClaim', phoneClaim(shop.merchantId as string, { evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: invoice.sha256, fileId: invoice.id }] }), claire, 'id')) as {
        fileClaim: { id: string };
      }
    ).fileClaim.id;

    // An agent who worked the case, then left the team (she signs in again, without a merchant).
    const agent = await agentOf(shop, 'Agent Partie');
    await run('postMessage', { disputeId, body: 'Nous examinons votre demande.' }, agent.account);
    await run('addInternalNote', { disputeId, body: 'Client insistant, voir le dossier.' }, agent.account);
    must(await gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.account.id } }, shop), 'remove');
    who.removedAgent = await login(agent.email);
    ended.removedAgentOldToken = agent.account;

    // A mandate granted, used, then revoked; a sharing for advice, then stopped.
    await run('grantRepresentation', { disputeId, associationId: mandated.id }, claire);
    await run('postMessage', { disputeId, body: 'Nous représentons la cliente.' }, mandated);
    await run('revokeRepresentation', { disputeId }, claire);
    await run('shareDisputeForAdvice', { disputeId, associationId: adviser.id }, claire);
    await run('stopSharingDisputeForAdvice', { disputeId, associationId: adviser.id }, claire);

    // Mediation: the first mediator is replaced by another.
    await run('rejectClaim', { disputeId, reason: 'Batterie endommagée par un choc' }, shop);
    await run('requestMediation', { disputeId, summary: 'Refus sans examen' }, claire);
    await run('assignMediator', { disputeId, mediatorId: mediatorA.id }, admin);
    await run('postMessage', { disputeId, body: 'Je prends le dossier.' }, mediatorA);
    await run('assignMediator', { disputeId, mediatorId: mediatorB.id }, admin);

    // A consumer whose account is erased, and a session ended.
    const zoe = await consumerWithEmail('Zoe');
    must(await gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: 'Correct-Horse-42' } }, zoe.account), 'erase');
    ended.erasedConsumer = zoe.account;
    const yann = await consumerWithEmail('Yann');
    const second = await login(yann.email);
    must(await gql(`mutation { revokeOtherSessions }`, {}, second), 'revokeOtherSessions');
    ended.endedSession = yann.account;

    Object.assign(who, {
      anonymous: null as unknown as Account,
      strangerConsumer: cast.eve,
      otherMerchant: cast.otherShop,
      strangerMediator: cast.strangerMediator,
      strangerAssociation: cast.strangerAssociation,
      replacedMediator: mediatorA,
      revokedAssociation: mandated,
      formerAdviser: adviser,
    });
    await cast.api.projectionsCaughtUp();
  }, 180_000);

  it('the parties still read the dispute (the probe aims at a live dispute)', async () => {
    for (const party of [cast.claire, cast.shop, cast.mediatorB, cast.admin]) expect(codeOf(await gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: disputeId }, party))).toBe('OK');
  });

  it('every door that takes a dispute id answers a stranger, and anyone whose access ended, exactly as for an id that does not exist', async () => {
    const differences: string[] = [];
    for (const [name, attacker] of Object.entries(who)) {
      for (const [door, knock] of Object.entries(disputeDoors)) {
        const existing = await knock(disputeId, attacker);
        const missing = await knock(MISSING(), attacker);
        if (JSON.stringify(existing) !== JSON.stringify(missing)) differences.push(`${name} at ${door}: ${JSON.stringify(existing)} vs missing ${JSON.stringify(missing)}`);
        if (JSON.stringify(existing).includes('"code":"OK"') || (existing as { status?: number }).status === 200) differences.push(`${name} at ${door}: let in`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('every query and mutation the schema has that names a dispute, and its live updates, answer a stranger and anyone whose access ended exactly as for a missing id, whatever else the input holds', async () => {
    // The schema as the server executes it: a door added later is walked without being listed here.
    const schema = cast.api.app.get(GraphQLSchemaHost).schema;
    const namesADispute = (field: GraphQLField<unknown, unknown>) =>
      ['dispute', 'disputeAsOf', 'verifyDispute', 'disputeAccessLog'].includes(field.name) || field.args.some((arg) => leavesOf(arg.type, [arg.name]).some((leaf) => leaf.path[leaf.path.length - 1] === 'disputeId'));
    const doors = (['query', 'mutation'] as const).flatMap((operation) =>
      Object.values((operation === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields())
        .filter(namesADispute)
        .map((field) => {
          const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
          const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          return { field, document: `${operation}(${variables}) { ${field.name}(${args})${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''} }` };
        }),
    );
    expect(doors.map((d) => d.field.name)).toEqual(expect.arrayContaining(['dispute', 'disputeAsOf', 'postMessage', 'acceptOffer', 'proposeSettlement', 'confirmRemedy', 'placeLegalHold', 'takeCase']));
    // A key the consumer sent with a command of hers: another's key must tell nothing either.
    const herKey = randomUUID();
    must(await gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Avec une clé', commandId: herKey } }, cast.claire), 'keyed post');
    const parties = { disputeId, offerId: MISSING(), merchantId: cast.shop.merchantId as string, mediatorId: cast.mediatorB.id, associationId: cast.mandated.id, consumerId: cast.claire.id };
    const variants: Record<string, (input: Record<string, unknown>) => void> = {
      plausible: () => undefined,
      'her version': (input) => void (input.expectedVersion = 3),
      'her key': (input) => void ('commandId' in input && (input.commandId = herKey)),
    };
    /** Every error as a person and a client read it: words, code, fields named; and any data. */
    const answerOf = (answer: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }, id: string) =>
      JSON.stringify({ data: answer.data ?? null, errors: (answer.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, fields: e.extensions?.fields })) }).split(id).join('<id>');
    const differences: string[] = [];
    for (const [name, attacker] of Object.entries(who)) {
      for (const { field, document } of doors) {
        for (const [variant, vary] of Object.entries(variants)) {
          const knock = async (id: string) => {
            const variables: Record<string, unknown> = {};
            for (const arg of field.args) variables[arg.name] = baselineOf(arg.type, arg.name, { ...parties, disputeId: id }, 'probe');
            if (variables.input && typeof variables.input === 'object') vary(variables.input as Record<string, unknown>);
            return answerOf(await gql(document, variables, attacker), id);
          };
          const [existing, missing] = [await knock(disputeId), await knock(MISSING())];
          if (existing !== missing) differences.push(`${name} at ${field.name} (${variant}): ${existing} vs missing ${missing}`);
        }
      }
      // Live updates: the same refusal, in the same words, as for a dispute that does not exist.
      const socket = await RawSocket.connect(cast.api.url, attacker ? { authorization: `Bearer ${attacker.token}` } : {});
      try {
        const watch = `subscription($id: ID!) { disputeUpdated(id: $id) { id messages { body } } }`;
        socket.subscribe('existing', watch, { id: disputeId });
        socket.subscribe('missing', watch, { id: MISSING() });
        expect(await socket.until(() => socket.received('existing').completed && socket.received('missing').completed)).toBe(true);
        const [existing, missing] = ['existing', 'missing'].map((id) => JSON.stringify({ next: socket.received(id).next.filter((n) => n.data), errors: socket.received(id).errors.map((e) => [e.message, e.extensions?.code]) }));
        if (existing !== missing) differences.push(`${name} at disputeUpdated: ${existing} vs missing ${missing}`);
      } finally {
        socket.close();
      }
    }
    expect(differences).toEqual([]);
  }, 600_000);

  it('an evidence file of the dispute: 404 for every stranger and every ended access, as for a file that does not exist', async () => {
    expect((await http(`/files/${evidenceFileId}`, cast.shop)).status).toBe(200);
    for (const [name, attacker] of Object.entries(who)) {
      const existing = await http(`/files/${evidenceFileId}`, attacker);
      const missing = await http(`/files/${MISSING()}`, attacker);
      expect({ name, ...existing }).toEqual({ name, ...missing });
      expect({ name, status: existing.status }).toEqual({ name, status: 404 });
    }
  });

  it('a token whose account was erased, or whose session ended, or of an agent since removed, is refused at every door, existing id or not', async () => {
    for (const [name, token] of Object.entries(ended)) {
      for (const [door, knock] of Object.entries(disputeDoors)) {
        const existing = (await knock(disputeId, token)) as { code?: string; status?: number; error?: { code: string } };
        const missing = await knock(MISSING(), token);
        expect({ name, door, existing }).toEqual({ name, door, existing: missing });
        expect({ name, door, code: existing.code ?? existing.error?.code }).toEqual({ name, door, code: 'UNAUTHENTICATED' });
      }
      expect({ name, ...(await http(`/files/${evidenceFileId}`, token)) }).toMatchObject({ name, status: 401 });
      expect({ name, code: codeOf(await gql(`{ myNotifications { unreadCount } }`, {}, token)) }).toEqual({ name, code: 'UNAUTHENTICATED' });
    }
  });

  it('lists, searches and counts hold nothing of the dispute for anyone whose access ended', async () => {
    const search = async (as: Account) =>
      ((await gql<{ searchDisputes: { edges: Array<{ node: { id: string } }> } }>(`query { searchDisputes(query: "Galaxy") { edges { node { id } } } }`, {}, as)).data?.searchDisputes.edges ?? []).map((e) => e.node.id);
    const notifications = async (as: Account) =>
      (await gql<{ myNotifications: { edges: Array<{ node: { disputeId: string; kind: string } }> } }>(`{ myNotifications(first: 100) { edges { node { disputeId kind } } } }`, {}, as)).data?.myNotifications.edges.map((e) => e.node) ?? [];
    // The parties find it: the probe below is not empty by accident.
    expect(await search(cast.claire)).toContain(disputeId);
    expect(await search(cast.mediatorB)).toContain(disputeId);
    expect((await notifications(cast.shop)).map((n) => n.disputeId)).toContain(disputeId);
    for (const [name, attacker] of Object.entries(who)) {
      if (!attacker) continue;
      expect({ name, hits: (await search(attacker)).filter((id) => id === disputeId) }).toEqual({ name, hits: [] });
      const about = (await notifications(attacker)).filter((n) => n.disputeId === disputeId);
      // The news that her access ended is hers; nothing else of the dispute is.
      expect({ name, kinds: about.map((n) => n.kind).filter((kind) => !/ENDED|REMOVED|REVOKED|RENOUNCED|REASSIGNED|REPLACED|STOPPED/.test(kind)) }).toEqual({ name, kinds: [] });
    }
    const caseload = await gql<{ mediatorCaseload: { edges: Array<{ node: { id: string } }> } }>(`{ mediatorCaseload { edges { node { id } } } }`, {}, cast.mediatorA);
    expect(caseload.data?.mediatorCaseload.edges.map((e) => e.node.id)).not.toContain(disputeId);
    const cases = await gql<{ associationCases: { edges: Array<{ node: { id: string } }> } }>(`{ associationCases { edges { node { id } } } }`, {}, cast.mandated);
    expect(cases.data?.associationCases.edges.map((e) => e.node.id)).not.toContain(disputeId);
    const members = await gql<{ associationMembers: Array<{ consumerId: string }> }>(`{ associationMembers { consumerId } }`, {}, cast.mandated);
    expect(members.data?.associationMembers.map((m) => m.consumerId)).not.toContain(cast.claire.id);
    const shared = await gql<{ disputesSharedForAdvice: { edges: Array<{ node: { id: string } }> } }>(`{ disputesSharedForAdvice { edges { node { id } } } }`, {}, cast.adviser);
    expect(shared.data?.disputesSharedForAdvice.edges.map((e) => e.node.id)).not.toContain(disputeId);
    const problems = await gql<{ systemicProblems: { problems: Array<{ disputeIds?: string[] }> } }>(`{ systemicProblems { problems { __typename } } }`, {}, cast.mandated);
    expect(problems.data?.systemicProblems.problems).toEqual([]);
    expect(codeOf(await gql(`{ merchantInbox { edges { node { id } } } }`, {}, who.removedAgent))).toBe('FORBIDDEN');
    // The association's CSV of its members' complaints: nothing of a member whose mandate ended.
    const csv = await fetch(`${cast.api.origin}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${cast.mandated.token}` } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).not.toMatch(/Galaxy|batterie|battery|Claire/i);
  });

  it('the public figures (open data, scorecards, similar outcomes) carry no one’s name, words or references', async () => {
    const texts = await Promise.all(
      ['merchant-statistics.json', 'merchant-statistics.csv', 'category-statistics.json', 'overall-statistics.json'].map(async (file) => {
        const response = await fetch(`${cast.api.origin}/open-data/${file}`);
        expect({ file, status: response.status }).toEqual({ file, status: 200 });
        return response.text();
      }),
    );
    const scorecard = await gql(`query($id: ID!) { merchantScorecard(merchantId: $id) { claimsReceived averageRating } }`, { id: cast.shop.merchantId }, null);
    const similar = await gql(`query($input: SimilarOutcomesInput!) { similarOutcomes(input: $input) { merchant { enough endedDisputes } category { enough } } }`, { input: { merchantId: cast.shop.merchantId, category: 'smartphone' } }, null);
    for (const text of [...texts, JSON.stringify(scorecard), JSON.stringify(similar)]) {
      expect(text).not.toMatch(/Claire|Anne|Bruno|UFC|CLCV|R58T90ABCDE|CMD-2025|battery swells|Nous examinons|Client insistant/);
      expect(text).not.toContain(disputeId);
      expect(text).not.toContain(cast.claire.id);
    }
  });

  it('an agent removed from her team who acts on a dispute is told she acts for no merchant, in her language, whichever dispute she names', async () => {
    const act = (id: string) =>
      cast.api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: id, body: 'Je suis toujours là' } }, who.removedAgent.token).then(refusal);
    for (const locale of ['fr', 'en']) {
      const answer = await fetch(`${cast.api.url}?locale=${locale}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.removedAgent.token}` },
        body: JSON.stringify({ query: `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`, variables: { input: { disputeId, body: 'Note' } } }),
      }).then((r) => r.json() as Promise<{ errors: Array<{ message: string; extensions: { code: string } }> }>);
      expect(answer.errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(answer.errors[0]!.message).toEqual(locale === 'fr' ? expect.stringContaining('n’agit pour aucun professionnel') : expect.stringContaining('acts for no merchant'));
    }
    expect(await act(disputeId)).toEqual(await act(MISSING()));
    expect((await act(disputeId)).message).not.toMatch(/actor|merchantId|identifier/);
  });

  it('a dispute whose message budget is spent: a stranger, and anyone whose access ended, still hears NOT_FOUND, as for a missing dispute, and spends none of it', async () => {
    const busy = ((await run('fileClaim', phoneClaim(cast.shop.merchantId as string), cast.claire, 'id')) as { fileClaim: { id: string } }).fileClaim.id;
    const post = (id: string, as: Account | null, body = 'Encore un message') =>
      gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId: id, body } }, as);
    process.env.MESSAGE_LIMIT_PER_DISPUTE = '3';
    try {
      for (const body of ['Un', 'Deux', 'Trois']) must(await post(busy, cast.claire, body), 'post');
      expect(codeOf(await post(busy, cast.shop))).toBe('RATE_LIMITED');
      for (const [name, attacker] of Object.entries(who)) {
        if (!attacker) continue;
        expect({ name, ...refusal(await post(busy, attacker)) }).toEqual({ name, ...refusal(await post(MISSING(), attacker)) });
      }
      // Strangers knocking, all at once, never spend the parties' budget, not even for a moment.
      process.env.MESSAGE_LIMIT_PER_DISPUTE = '4';
      const [answers, party] = await Promise.all([Promise.all(Array.from({ length: 20 }, () => post(busy, cast.eve))), (async () => {
        await new Promise((r) => setTimeout(r, 5));
        return post(busy, cast.shop, 'Le quatrième, celui du professionnel');
      })()]);
      expect(new Set(answers.map(codeOf))).toEqual(new Set(['NOT_FOUND']));
      expect(codeOf(party)).toBe('OK');
    } finally {
      delete process.env.MESSAGE_LIMIT_PER_DISPUTE;
    }
  });

  describe('ids of every other kind: another party’s answers exactly as a missing one, and changes nothing', () => {
    const same = async (name: string, knock: (id: string) => Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>, theirs: string) => {
      const existing = refusal(await knock(theirs));
      const missing = refusal(await knock(MISSING()));
      expect({ name, ...existing }).toEqual({ name, ...missing });
      expect({ name, code: existing.code }).not.toEqual({ name, code: 'OK' });
    };

    it('webhooks and their deliveries: another merchant’s owner, and an agent of the same merchant, reach none', async () => {
      const { shop, otherShop, claire } = cast;
      const registered = must(
        await gql<{ registerWebhook: { webhook: { id: string } } }>(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`, { input: { url: 'https://helpdesk.probe-shop.test/recours' } }, shop),
        'registerWebhook',
      ).registerWebhook.webhook.id;
      await run('fileClaim', phoneClaim(shop.merchantId as string), claire, 'id');
      await cast.api.projectionsCaughtUp();
      const deliveries = async (as: Account, webhookId: string) => gql<{ webhookDeliveries: Array<{ id: string }> }>(`query($id: ID!) { webhookDeliveries(webhookId: $id) { id } }`, { id: webhookId }, as);
      let deliveryId: string | undefined;
      for (let i = 0; i < 50 && !deliveryId; i++) {
        deliveryId = (await deliveries(shop, registered)).data?.webhookDeliveries[0]?.id;
        if (!deliveryId) await new Promise((r) => setTimeout(r, 100));
      }
      expect(deliveryId).toBeDefined();
      await same('webhookDeliveries', (id) => deliveries(otherShop, id), registered);
      await same('deleteWebhook', (id) => gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id }, otherShop), registered);
      await same('redeliverWebhook', (id) => gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id }, otherShop), deliveryId as string);
      expect((await gql<{ webhooks: Array<{ id: string }> }>(`{ webhooks { id } }`, {}, otherShop)).data?.webhooks).toEqual([]);
      // Still there for its owner.
      expect((await gql<{ webhooks: Array<{ id: string }> }>(`{ webhooks { id } }`, {}, shop)).data?.webhooks.map((w) => w.id)).toEqual([registered]);
    });

    it('a merchant’s team, invitations and reply templates: another merchant’s owner reaches none of them', async () => {
      const { shop, otherShop } = cast;
      const agent = await agentOf(shop, 'Agent Équipe');
      const invited = must(await gql<{ addMerchantAgent: { id: string } }>(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email: `pending-${randomUUID().slice(0, 8)}@example.test`, displayName: 'En attente' } }, shop), 'invite').addMerchantAgent.id;
      const template = must(await gql<{ saveReplyTemplate: { id: string } }>(`mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id } }`, { input: { title: 'Accusé', body: 'Nous avons bien reçu votre demande.' } }, shop), 'template').saveReplyTemplate.id;
      await same('setAgentTeamRole', (id) => gql(`mutation($input: SetAgentTeamRoleInput!) { setAgentTeamRole(input: $input) { id } }`, { input: { agentId: id, teamRole: 'SUPERVISOR' } }, otherShop), agent.account.id);
      await same('transferMerchantOwnership', (id) => gql(`mutation($input: TransferMerchantOwnershipInput!) { transferMerchantOwnership(input: $input) { id } }`, { input: { agentId: id } }, otherShop), agent.account.id);
      await same('removeMerchantAgent (agent)', (id) => gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: id } }, otherShop), agent.account.id);
      await same('removeMerchantAgent (invitation)', (id) => gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: id } }, otherShop), invited);
      await same('saveReplyTemplate', (id) => gql(`mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id } }`, { input: { id, title: 'Volé', body: 'Remplacé' } }, otherShop), template);
      await same('deleteReplyTemplate', (id) => gql(`mutation($input: DeleteReplyTemplateInput!) { deleteReplyTemplate(input: $input) }`, { input: { id } }, otherShop), template);
      // Nothing changed for the merchant.
      const team = must(await gql<{ merchantTeam: Array<{ id: string; teamRole: string }> }>(`{ merchantTeam { id teamRole } }`, {}, shop), 'team').merchantTeam;
      expect(team.find((m) => m.id === agent.account.id)?.teamRole).toBe('AGENT');
      expect(must(await gql<{ pendingAgentInvitations: Array<{ id: string }> }>(`{ pendingAgentInvitations { id } }`, {}, shop), 'pending').pendingAgentInvitations.map((p) => p.id)).toContain(invited);
      expect(must(await gql<{ replyTemplates: Array<{ id: string; title: string }> }>(`{ replyTemplates { id title } }`, {}, shop), 'templates').replyTemplates).toEqual([{ id: template, title: 'Accusé' }]);
      expect(must(await gql<{ merchantTeam: Array<{ id: string }> }>(`{ merchantTeam { id } }`, {}, otherShop), 'other team').merchantTeam.map((m) => m.id)).not.toContain(agent.account.id);
    });

    it('another account’s notifications and sessions: marking or ending them changes nothing and says nothing', async () => {
      const { claire, eve } = cast;
      // Hers, read or not, by id: judged so rather than by her unread count, which a notification of hers stored meanwhile would move.
      const readOrNot = async (first: number) =>
        new Map(must(await gql<{ myNotifications: { edges: Array<{ node: { id: string; read: boolean } }> } }>(`query($first: Int) { myNotifications(first: $first) { edges { node { id read } } } }`, { first }, claire), 'notifications').myNotifications.edges.map((e) => [e.node.id, e.node.read]));
      const mine = await readOrNot(5);
      expect(mine.size).toBeGreaterThan(0);
      expect([...mine.values()]).toContain(false);
      const marked = must(await gql<{ markNotificationsRead: { marked: string[] } }>(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }`, { input: { ids: [...mine.keys()] } }, eve), 'mark').markNotificationsRead;
      expect(marked.marked).toEqual([]);
      const after = await readOrNot(100);
      expect(new Map([...mine.keys()].map((id) => [id, after.get(id)]))).toEqual(mine);
      const sessions = must(await gql<{ mySessions: Array<{ id: string }> }>(`{ mySessions { id } }`, {}, claire), 'sessions').mySessions;
      await same('revokeSession', (id) => gql(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: id } }, eve), sessions[0]!.id);
      expect(codeOf(await gql(`{ me { id } }`, {}, claire))).toBe('OK');
    });

    it('a mediator reaches neither another mediator’s absences nor another body’s requests or report', async () => {
      const { admin, mediatorA, strangerMediator, claire, otherShop } = cast;
      const body = must(await gql<{ createMediationBody: { id: string } }>(`mutation($input: CreateMediationBodyInput!) { createMediationBody(input: $input) { id } }`, { input: { name: `Médiation Probe ${randomUUID().slice(0, 4)}` } }, admin), 'body').createMediationBody.id;
      const otherBody = must(await gql<{ createMediationBody: { id: string } }>(`mutation($input: CreateMediationBodyInput!) { createMediationBody(input: $input) { id } }`, { input: { name: `Autre Médiation ${randomUUID().slice(0, 4)}` } }, admin), 'body').createMediationBody.id;
      must(await gql(`mutation($input: AddBodyMediatorInput!) { addBodyMediator(input: $input) { id } }`, { input: { bodyId: body, mediatorId: mediatorA.id } }, admin), 'add');
      must(await gql(`mutation($input: AddBodyMediatorInput!) { addBodyMediator(input: $input) { id } }`, { input: { bodyId: otherBody, mediatorId: strangerMediator.id } }, admin), 'add');
      must(await gql(`mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`, { input: { mediationBodyId: body } }, otherShop), 'designate');
      const filed = ((await run('fileClaim', phoneClaim(otherShop.merchantId as string), claire, 'id')) as { fileClaim: { id: string } }).fileClaim.id;
      await run('rejectClaim', { disputeId: filed, reason: 'Hors garantie' }, otherShop);
      await run('requestMediation', { disputeId: filed, summary: 'Refus sans examen' }, claire);
      await cast.api.projectionsCaughtUp();
      const intake = async (as: Account) => must(await gql<{ mediationIntake: { edges: Array<{ node: { id: string } }> } }>(`{ mediationIntake { edges { node { id } } } }`, {}, as), 'intake').mediationIntake.edges.map((e) => e.node.id);
      expect(await intake(mediatorA)).toContain(filed);
      expect(await intake(strangerMediator)).not.toContain(filed);
      await same('takeCase', (id) => gql(`mutation($input: TakeCaseInput!) { takeCase(input: $input) { id } }`, { input: { disputeId: id } }, strangerMediator), filed);
      expect(codeOf(await gql(`query($id: ID!) { mediatorAbsences(mediatorId: $id) { id } }`, { id: mediatorA.id }, strangerMediator))).toBe('BAD_USER_INPUT');
      const report = await gql(`query($id: ID!) { mediationBodyActivityReport(bodyId: $id, year: 2026) { received } }`, { id: body }, strangerMediator);
      expect(codeOf(report)).toBe('FORBIDDEN');
      const body2 = await gql<{ mediationBodies: Array<{ id: string; mediators: Array<{ id: string }> | null }> }>(`{ mediationBodies { id mediators { id } } }`, {}, strangerMediator);
      expect(body2.data?.mediationBodies.find((b) => b.id === body)?.mediators).toBeNull();
      const csv = await http(`/mediation-bodies/${body}/activity-report.csv?year=2026`, strangerMediator);
      expect(csv.status).toBe(403);
    });
  });
});
