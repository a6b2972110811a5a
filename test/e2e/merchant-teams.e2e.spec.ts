import { apiActors, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

/** Merchant teams (issue 18 item 2): roles, assignment, internal notes, templates. */
describe('merchant teams over GraphQL', () => {
  let api: TestApp;
  let actors: ReturnType<typeof apiActors>;
  beforeAll(async () => {
    api = await startTestApp('merchant_teams');
    actors = apiActors(api);
  });
  afterAll(() => api.close());

  const TEAM = `{ merchantTeam { displayName teamRole merchantOwner } }`;
  const SET_ROLE = `mutation($input: SetAgentTeamRoleInput!) { setAgentTeamRole(input: $input) { displayName teamRole } }`;

  describe('team roles', () => {
    it('the account that signed up is the owner; an invited agent holds the role the owner chose, AGENT by default', async () => {
      const owner = await actors.merchant('Boutique');
      const supervisor = await actors.agent(owner, 'Sophie', 'SUPERVISOR');
      await actors.agent(owner, 'Alain');
      const team = await api.gql<{ merchantTeam: unknown[] }>(TEAM, {}, supervisor.token);
      expect(team.errors).toBeUndefined();
      expect(team.data?.merchantTeam).toEqual([
        { displayName: 'Boutique', teamRole: 'OWNER', merchantOwner: true },
        { displayName: 'Sophie', teamRole: 'SUPERVISOR', merchantOwner: false },
        { displayName: 'Alain', teamRole: 'AGENT', merchantOwner: false },
      ]);
      const me = await api.gql<{ me: { teamRole: string } }>(`{ me { teamRole } }`, {}, owner.token);
      expect(me.data?.me.teamRole).toBe('OWNER');
    });

    it('the owner changes an agent’s role; nobody else does; the owner keeps its own; a wrong role or agent names its field', async () => {
      const owner = await actors.merchant('Quincaillerie');
      const agent = await actors.agent(owner, 'Bruno');
      const promoted = await api.gql(SET_ROLE, { input: { agentId: agent.id, teamRole: 'SUPERVISOR' } }, owner.token);
      expect(promoted.errors).toBeUndefined();
      expect(promoted.data).toEqual({ setAgentTeamRole: { displayName: 'Bruno', teamRole: 'SUPERVISOR' } });

      // A supervisor does not choose roles, even its own.
      const bySupervisor = await api.gql(SET_ROLE, { input: { agentId: agent.id, teamRole: 'AGENT' } }, agent.token);
      expect(bySupervisor.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const ownerRole = await api.gql(SET_ROLE, { input: { agentId: agent.id, teamRole: 'OWNER' } }, owner.token);
      expect(ownerRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((ownerRole.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.teamRole']);

      const itself = await api.gql(SET_ROLE, { input: { agentId: owner.id, teamRole: 'AGENT' } }, owner.token);
      expect((itself.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.agentId']);

      const stranger = await actors.agent(await actors.merchant('Autre'), 'Zoé');
      const otherMerchant = await api.gql(SET_ROLE, { input: { agentId: stranger.id, teamRole: 'SUPERVISOR' } }, owner.token);
      expect((otherMerchant.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.agentId']);

      const invited = await api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email: 'x@example.test', displayName: 'X', teamRole: 'OWNER' } }, owner.token);
      expect((invited.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.teamRole']);
    });

    it('only merchant agents read a team', async () => {
      const consumer = await actors.consumer('Claire');
      const refused = await api.gql(TEAM, {}, consumer.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
  describe('assigning cases and the inbox queues', () => {
    const INBOX = `query($unassignedOnly: Boolean, $mineOnly: Boolean, $escalatedOnly: Boolean) {
      merchantInbox(first: 50, unassignedOnly: $unassignedOnly, mineOnly: $mineOnly, escalatedOnly: $escalatedOnly) { totalCount edges { node { id escalated assignee { displayName } } } }
    }`;
    const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id assignee { displayName } } }`;
    type Inbox = { merchantInbox: { totalCount: number; edges: Array<{ node: { id: string; escalated: boolean; assignee: { displayName: string } | null } }> } };
    const fields = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) => (errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field);
    let owner: Account;
    let supervisor: Account;
    let agent: Account;
    let other: Account;
    let consumer: Account;
    const file = async () => {
      const answer = await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(owner.merchantId as string) }, consumer.token);
      expect(answer.errors).toBeUndefined();
      return answer.data!.fileClaim.id;
    };
    const inbox = async (who: Account, filters: Record<string, boolean>) => {
      const answer = await api.gql<Inbox>(INBOX, filters, who.token);
      expect(answer.errors).toBeUndefined();
      return answer.data!.merchantInbox.edges.map((e) => e.node);
    };

    beforeAll(async () => {
      owner = await actors.merchant('Électroménager');
      supervisor = await actors.agent(owner, 'Sophie', 'SUPERVISOR');
      agent = await actors.agent(owner, 'Alain');
      other = await actors.agent(owner, 'Inès');
      consumer = await actors.consumer('Claire');
    });

    it('a new case waits in the unassigned queue; a supervisor gives it to an agent, who finds it in her cases with her name on it', async () => {
      const disputeId = await file();
      expect((await inbox(agent, { unassignedOnly: true })).map((n) => n.id)).toContain(disputeId);
      const assigned = await api.gql(ASSIGN, { input: { disputeId, agentId: agent.id } }, supervisor.token);
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data).toEqual({ assignCase: { id: disputeId, assignee: { displayName: 'Alain' } } });
      expect((await inbox(agent, { unassignedOnly: true })).map((n) => n.id)).not.toContain(disputeId);
      expect(await inbox(agent, { mineOnly: true })).toEqual([{ id: disputeId, escalated: false, assignee: { displayName: 'Alain' } }]);
      expect((await inbox(other, { mineOnly: true })).map((n) => n.id)).not.toContain(disputeId);
      // The consumer reads no assignee.
      const read = await api.gql<{ dispute: { assignee: unknown } }>(`query($id: ID!) { dispute(id: $id) { assignee { displayName } } }`, { id: disputeId }, consumer.token);
      expect(read.data?.dispute.assignee).toBeNull();
    });

    it('an agent takes an unassigned case for herself, not one already taken, and assigns nobody else', async () => {
      const disputeId = await file();
      const forOther = await api.gql(ASSIGN, { input: { disputeId, agentId: other.id } }, agent.token);
      expect(forOther.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'TEAM_LEAD_ONLY' });
      const taken = await api.gql(ASSIGN, { input: { disputeId, agentId: agent.id } }, agent.token);
      expect(taken.errors).toBeUndefined();
      const again = await api.gql(ASSIGN, { input: { disputeId, agentId: other.id } }, other.token);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'CASE_TAKEN' });
      // The owner may move it.
      const moved = await api.gql(ASSIGN, { input: { disputeId, agentId: other.id } }, owner.token);
      expect(moved.data).toEqual({ assignCase: { id: disputeId, assignee: { displayName: 'Inès' } } });
    });

    it('a case goes to an agent of this merchant only: anyone else is bad input naming the field, and nothing is stored', async () => {
      const disputeId = await file();
      const stranger = await actors.agent(await actors.merchant('Concurrent'), 'Zoé');
      for (const agentId of [stranger.id, consumer.id, 'not-an-id']) {
        const refused = await api.gql(ASSIGN, { input: { disputeId, agentId } }, supervisor.token);
        expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(fields(refused.errors)).toEqual(['input.agentId']);
      }
      expect((await inbox(supervisor, { unassignedOnly: true })).map((n) => n.id)).toContain(disputeId);
    });

    it('a case the consumer escalates goes to the supervisors’ queue', async () => {
      const disputeId = await file();
      const rejected = await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Not covered' } }, agent.token);
      expect(rejected.errors).toBeUndefined();
      const escalated = await api.gql(`mutation($input: EscalateInput!) { escalate(input: $input) { id } }`, { input: { disputeId, reason: 'Refused without looking' } }, consumer.token);
      expect(escalated.errors).toBeUndefined();
      const queue = await inbox(supervisor, { escalatedOnly: true });
      expect(queue.map((n) => n.id)).toEqual([disputeId]);
      expect(queue[0].escalated).toBe(true);
      // The supervisors hear of it; an agent who does not handle the case does not.
      type Notes = { myNotifications: { edges: Array<{ node: { kind: string; disputeId: string } }> } };
      const escalationsOf = async (who: Account) =>
        ((await api.gql<Notes>(`{ myNotifications(first: 50) { edges { node { kind disputeId } } } }`, {}, who.token)).data?.myNotifications.edges ?? []).filter((e) => e.node.disputeId === disputeId && e.node.kind === 'ESCALATED').length;
      const deadline = Date.now() + 15_000;
      while ((await escalationsOf(supervisor)) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect({ supervisor: await escalationsOf(supervisor), owner: await escalationsOf(owner), other: await escalationsOf(other) }).toEqual({ supervisor: 1, owner: 1, other: 0 });
    });
  });

  describe('internal notes', () => {
    const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id internalNotes { body author { displayName } } } }`;
    it('an agent writes a note the team reads; the consumer reads neither the note nor its trace; a blank note names its field', async () => {
      const owner = await actors.merchant('Cuisine');
      const agent = await actors.agent(owner, 'Hugo');
      const consumer = await actors.consumer('Claire');
      const filed = await api.gql<{ fileClaim: { id: string; lastActivityAt: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id lastActivityAt } }`, { input: phoneClaim(owner.merchantId as string) }, consumer.token);
      const disputeId = filed.data!.fileClaim.id;
      const added = await api.gql(NOTE, { input: { disputeId, body: 'Customer called twice; goodwill possible' } }, agent.token);
      expect(added.errors).toBeUndefined();
      expect(added.data).toEqual({ addInternalNote: { id: disputeId, internalNotes: [{ body: 'Customer called twice; goodwill possible', author: { displayName: 'Hugo' } }] } });
      const byOwner = await api.gql<{ dispute: { internalNotes: unknown[] } }>(`query($id: ID!) { dispute(id: $id) { internalNotes { body } } }`, { id: disputeId }, owner.token);
      expect(byOwner.data?.dispute.internalNotes).toHaveLength(1);
      const byConsumer = await api.gql<{ dispute: { internalNotes: unknown[]; lastActivityAt: string; timeline: Array<{ type: string }> } }>(
        `query($id: ID!) { dispute(id: $id) { internalNotes { body } lastActivityAt timeline { type } } }`,
        { id: disputeId },
        consumer.token,
      );
      expect(byConsumer.data?.dispute.internalNotes).toEqual([]);
      expect(byConsumer.data?.dispute.timeline.map((t) => t.type)).toEqual(['ClaimFiled']);
      expect(byConsumer.data?.dispute.lastActivityAt).toBe(filed.data!.fileClaim.lastActivityAt);
      const consumerNote = await api.gql(NOTE, { input: { disputeId, body: 'Mine' } }, consumer.token);
      expect(consumerNote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const blank = await api.gql(NOTE, { input: { disputeId, body: '  ' } }, agent.token);
      expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((blank.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.body']);
    });
  });
  describe('reply templates', () => {
    const SAVE = `mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id title body } }`;
    const LIST = `{ replyTemplates { id title body } }`;
    const DELETE = `mutation($input: DeleteReplyTemplateInput!) { deleteReplyTemplate(input: $input) }`;
    const fieldsOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) => (errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field);

    it('the owner and supervisors write them, every agent of the merchant reads them, nobody else', async () => {
      const owner = await actors.merchant('Literie');
      const supervisor = await actors.agent(owner, 'Sophie', 'SUPERVISOR');
      const agent = await actors.agent(owner, 'Alain');
      const saved = await api.gql<{ saveReplyTemplate: { id: string } }>(SAVE, { input: { title: 'Repair offer', body: 'We will repair it within 15 days, free of charge.' } }, supervisor.token);
      expect(saved.errors).toBeUndefined();
      const id = saved.data!.saveReplyTemplate.id;
      const changed = await api.gql(SAVE, { input: { id, title: 'Repair offer', body: 'We will repair it within 10 days, free of charge.' } }, owner.token);
      expect(changed.data).toEqual({ saveReplyTemplate: { id, title: 'Repair offer', body: 'We will repair it within 10 days, free of charge.' } });
      const read = await api.gql(LIST, {}, agent.token);
      expect(read.data).toEqual({ replyTemplates: [{ id, title: 'Repair offer', body: 'We will repair it within 10 days, free of charge.' }] });

      const byAgent = await api.gql(SAVE, { input: { title: 'Mine', body: 'Text' } }, agent.token);
      expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(DELETE, { input: { id } }, agent.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const otherMerchant = await actors.merchant('Autre literie');
      expect((await api.gql(LIST, {}, otherMerchant.token)).data).toEqual({ replyTemplates: [] });
      const stolen = await api.gql(SAVE, { input: { id, title: 'Taken', body: 'Taken' } }, otherMerchant.token);
      expect(fieldsOf(stolen.errors)).toEqual(['input.id']);
      const consumer = await actors.consumer('Claire');
      expect((await api.gql(LIST, {}, consumer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      expect((await api.gql(DELETE, { input: { id } }, supervisor.token)).data).toEqual({ deleteReplyTemplate: true });
      expect((await api.gql(LIST, {}, agent.token)).data).toEqual({ replyTemplates: [] });
    });

    it('a bad template names its field', async () => {
      const owner = await actors.merchant('Mobilier');
      const blank = await api.gql(SAVE, { input: { title: '  ', body: 'Text' } }, owner.token);
      expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(blank.errors)).toEqual(['input.title']);
      const long = await api.gql(SAVE, { input: { title: 'Long', body: 'x'.repeat(5001) } }, owner.token);
      expect(fieldsOf(long.errors)).toEqual(['input.body']);
      const unknown = await api.gql(DELETE, { input: { id: '00000000-0000-4000-8000-000000000000' } }, owner.token);
      expect(fieldsOf(unknown.errors)).toEqual(['input.id']);
    });
  });
});
