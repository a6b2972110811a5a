import { Client } from 'pg';
import { apiActors, mailedToken, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

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

    it('a case the consumer escalates goes to the supervisors’ queue; the second level reaches the complaints department, the owner', async () => {
      const disputeId = await file();
      const reject = async () => {
        const rejected = await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Not covered' } }, agent.token);
        expect(rejected.errors).toBeUndefined();
      };
      const escalate = async () => {
        const escalated = await api.gql(`mutation($input: EscalateInput!) { escalate(input: $input) { id } }`, { input: { disputeId, reason: 'Refused without looking' } }, consumer.token);
        expect(escalated.errors).toBeUndefined();
      };
      const levelInQueue = async () => {
        const answer = await api.gql<{ merchantInbox: { edges: Array<{ node: { id: string; escalated: boolean; escalationLevel: string | null } }> } }>(
          `{ merchantInbox(first: 50, escalatedOnly: true) { edges { node { id escalated escalationLevel } } } }`,
          {},
          supervisor.token,
        );
        expect(answer.errors).toBeUndefined();
        return answer.data!.merchantInbox.edges.map((e) => e.node).filter((n) => n.id === disputeId);
      };
      type Notes = { myNotifications: { edges: Array<{ node: { kind: string; disputeId: string; body: string } }> } };
      const escalationsOf = async (who: Account) =>
        ((await api.gql<Notes>(`{ myNotifications(first: 50) { edges { node { kind disputeId body } } } }`, {}, who.token)).data?.myNotifications.edges ?? []).filter((e) => e.node.disputeId === disputeId && e.node.kind === 'ESCALATED');
      const waitFor = async (who: Account, count: number) => {
        const deadline = Date.now() + 15_000;
        while ((await escalationsOf(who)).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      };

      await reject();
      await escalate();
      expect(await levelInQueue()).toEqual([{ id: disputeId, escalated: true, escalationLevel: 'SUPERVISOR' }]);
      // The first level is the supervisors': not the owner, nor an agent who does not handle the case.
      await waitFor(supervisor, 1);
      expect({ supervisor: (await escalationsOf(supervisor)).length, owner: (await escalationsOf(owner)).length, other: (await escalationsOf(other)).length }).toEqual({ supervisor: 1, owner: 0, other: 0 });

      await reject();
      await escalate();
      expect(await levelInQueue()).toEqual([{ id: disputeId, escalated: true, escalationLevel: 'COMPLAINTS_DEPARTMENT' }]);
      // The second level is the complaints department: the owner, who answers for the merchant, with the supervisors.
      await waitFor(owner, 1);
      await waitFor(supervisor, 2);
      const toOwner = await escalationsOf(owner);
      expect({ supervisor: (await escalationsOf(supervisor)).length, owner: toOwner.length, other: (await escalationsOf(other)).length }).toEqual({ supervisor: 2, owner: 1, other: 0 });
      expect(toOwner[0].node.body).toContain('le service réclamations');
    });

    it('the agent a case is given to is told, in her language and on her channels; whoever assigned it and the others are not', async () => {
      type Notes = { myNotifications: { edges: Array<{ node: { kind: string; disputeId: string; title: string; body: string } }> } };
      const assignedNotes = async (who: Account, disputeId: string) =>
        ((await api.gql<Notes>(`{ myNotifications(first: 50) { edges { node { kind disputeId title body } } } }`, {}, who.token)).data?.myNotifications.edges ?? [])
          .map((e) => e.node)
          .filter((n) => n.disputeId === disputeId && n.kind === 'CASE_ASSIGNED');
      const waitFor = async (who: Account, disputeId: string) => {
        const deadline = Date.now() + 15_000;
        while ((await assignedNotes(who, disputeId)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        return assignedNotes(who, disputeId);
      };
      const emailsTo = async (who: Account, disputeId: string) => {
        const client = new Client({ connectionString: api.database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ count: number }>(
            `SELECT count(*)::int AS count FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient = $1 AND dispute_id = $2 AND payload->>'kind' = 'CASE_ASSIGNED'`,
            [who.id, disputeId],
          );
          return rows[0].count;
        } finally {
          await client.end();
        }
      };
      const preferences = `mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { locale emailNotifications } }`;
      expect((await api.gql(preferences, { input: { locale: 'en' } }, agent.token)).errors).toBeUndefined();
      expect((await api.gql(preferences, { input: { emailNotifications: false } }, other.token)).errors).toBeUndefined();

      const first = await file();
      expect((await api.gql(ASSIGN, { input: { disputeId: first, agentId: agent.id } }, supervisor.token)).errors).toBeUndefined();
      const [toAgent] = await waitFor(agent, first);
      expect(toAgent).toMatchObject({ title: expect.stringMatching(/^Case assigned to you: Samsung Galaxy A54 — /), body: expect.stringContaining('This case is now yours') });
      expect(await emailsTo(agent, first)).toBe(1);
      expect({ supervisor: (await assignedNotes(supervisor, first)).length, owner: (await assignedNotes(owner, first)).length, other: (await assignedNotes(other, first)).length }).toEqual({ supervisor: 0, owner: 0, other: 0 });

      // Inès reads French and turned e-mails off: told in the app, in French, and no e-mail.
      const second = await file();
      expect((await api.gql(ASSIGN, { input: { disputeId: second, agentId: other.id } }, owner.token)).errors).toBeUndefined();
      const [toOther] = await waitFor(other, second);
      expect(toOther.title).toMatch(/^Dossier confié\u202f: Samsung Galaxy A54 — /);
      expect(await emailsTo(other, second)).toBe(0);

      // An agent who takes a case herself is not told of her own act.
      const third = await file();
      expect((await api.gql(ASSIGN, { input: { disputeId: third, agentId: agent.id } }, agent.token)).errors).toBeUndefined();
      // A later assignment reaches her once the notifier has passed the earlier one.
      const fourth = await file();
      expect((await api.gql(ASSIGN, { input: { disputeId: fourth, agentId: agent.id } }, supervisor.token)).errors).toBeUndefined();
      expect(await waitFor(agent, fourth)).toHaveLength(1);
      expect(await assignedNotes(agent, third)).toEqual([]);
    });
  });

  describe('removing a member and handing the merchant on', () => {
    const REMOVE = `mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`;
    const TRANSFER = `mutation($input: TransferMerchantOwnershipInput!) { transferMerchantOwnership(input: $input) { displayName teamRole merchantOwner } }`;
    const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`;
    type Problem = { field: string; code: string; params: Record<string, string>; message: string };
    const problems = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) => (errors?.[0]?.extensions?.fields as Problem[] | undefined) ?? [];

    const INBOX = `query($unassignedOnly: Boolean) { merchantInbox(first: 50, unassignedOnly: $unassignedOnly) { edges { node { id assignee { displayName } } } } }`;
    type Inbox = { merchantInbox: { edges: Array<{ node: { id: string; assignee: { displayName: string } | null } }> } };
    const queue = async (owner: Account) => ((await api.gql<Inbox>(INBOX, { unassignedOnly: true }, owner.token)).data?.merchantInbox.edges ?? []).map((e) => e.node.id).sort();
    const assigneeOf = async (owner: Account, disputeId: string) =>
      ((await api.gql<Inbox>(INBOX, {}, owner.token)).data?.merchantInbox.edges ?? []).find((e) => e.node.id === disputeId)?.node.assignee?.displayName ?? null;
    const unassignedEvents = async (disputeId: string) =>
      (await api.database.query<{ data: { agentId: string; reason: string } }>(`SELECT data FROM event_store.events WHERE stream_id LIKE '%' || $1 AND type = 'CaseUnassigned' ORDER BY global_position`, [disputeId])).map((r) => r.data);

    it('the owner removes an agent who has open cases: they go back to the team’s unassigned queue (an event each), the others’ cases stay; her tokens then reach none of the merchant’s cases', async () => {
      const owner = await actors.merchant('Électroménager');
      const leaving = await actors.agent(owner, 'Alain');
      const staying = await actors.agent(owner, 'Inès');
      const consumer = await actors.consumer('Claire');
      const file = async () => (await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(owner.merchantId as string) }, consumer.token)).data!.fileClaim.id;
      const hers = [await file(), await file()];
      const kept = await file();
      for (const disputeId of hers) expect((await api.gql(ASSIGN, { input: { disputeId, agentId: leaving.id } }, owner.token)).errors).toBeUndefined();
      expect((await api.gql(ASSIGN, { input: { disputeId: kept, agentId: staying.id } }, owner.token)).errors).toBeUndefined();
      const email = (await api.gql<{ me: { email: string } }>(`{ me { email } }`, {}, leaving.token)).data!.me.email;
      expect((await api.gql<{ dispute: { id: string } }>(`query($id: ID!) { dispute(id: $id) { id } }`, { id: hers[0] }, leaving.token)).data?.dispute.id).toBe(hers[0]);
      expect(await queue(owner)).toEqual([]);

      // Removed at once, however recent the assignments (the accounts decide, not a read model).
      const removed = await api.gql(REMOVE, { input: { agentId: leaving.id } }, owner.token);
      expect(removed.errors).toBeUndefined();
      expect(removed.data).toEqual({ removeMerchantAgent: true });
      expect(await queue(owner)).toEqual([...hers].sort());
      expect(await assigneeOf(owner, kept)).toBe('Inès');
      for (const disputeId of hers) expect(await unassignedEvents(disputeId)).toEqual([expect.objectContaining({ agentId: leaving.id, reason: 'AGENT_REMOVED' })]);
      expect(await unassignedEvents(kept)).toEqual([]);

      // Her token ends at once; signed in again, she acts for no merchant and reads none of its cases.
      expect((await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: hers[0] }, leaving.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const again = await api.gql<{ login: { token: string; user: { merchantId: string | null; teamRole: string | null } } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token user { merchantId teamRole } } }`,
        { input: { email, password: 'Correct-Horse-42' } },
      );
      expect(again.errors).toBeUndefined();
      expect(again.data?.login.user).toEqual({ merchantId: null, teamRole: null });
      const token = again.data!.login.token;
      expect((await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: hers[0] }, token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await api.gql(`{ merchantInbox(first: 5) { totalCount } }`, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(`{ merchantTeam { displayName } }`, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // She is out of the team: not listed, and no case can be given to her.
      const team = await api.gql<{ merchantTeam: Array<{ displayName: string }> }>(`{ merchantTeam { displayName } }`, {}, owner.token);
      expect(team.data?.merchantTeam.map((m) => m.displayName)).toEqual(['Électroménager', 'Inès']);
      const toHer = await api.gql(ASSIGN, { input: { disputeId: hers[0], agentId: leaving.id } }, owner.token);
      expect(problems(toHer.errors).map((p) => p.field)).toEqual(['input.agentId']);

      // The owner invites her again: she joins with her own account, the password she chose now,
      // and her former token no longer works; she takes a case from the queue.
      expect((await api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email, displayName: 'Alain', teamRole: 'SUPERVISOR' } }, owner.token)).errors).toBeUndefined();
      const link = await mailedToken(api.database.url, email, 'AGENT_INVITATION');
      const rejoined = await api.gql<{ acceptAgentInvitation: { token: string; user: { id: string; merchantId: string; teamRole: string } } }>(
        `mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token user { id merchantId teamRole } } }`,
        { input: { token: link, password: 'Battery-Staple-77' } },
      );
      expect(rejoined.errors).toBeUndefined();
      expect(rejoined.data?.acceptAgentInvitation.user).toEqual({ id: leaving.id, merchantId: owner.merchantId, teamRole: 'SUPERVISOR' });
      expect((await api.gql(`{ me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const back = rejoined.data!.acceptAgentInvitation.token;
      expect((await api.gql(ASSIGN, { input: { disputeId: hers[0], agentId: leaving.id } }, back)).errors).toBeUndefined();
      const team2 = await api.gql<{ merchantTeam: Array<{ displayName: string }> }>(`{ merchantTeam { displayName } }`, {}, owner.token);
      expect(team2.data?.merchantTeam.map((m) => m.displayName)).toEqual(['Électroménager', 'Alain', 'Inès']);
      // A second link to an address whose account belongs to a merchant (her own now) is refused, as before.
      expect((await api.gql(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email, displayName: 'Alain' } }, owner.token)).errors).toBeUndefined();
      const twice = await api.gql(`mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token } }`, { input: { token: await mailedToken(api.database.url, email, 'AGENT_INVITATION'), password: 'Battery-Staple-77' } });
      expect(problems(twice.errors)).toEqual([expect.objectContaining({ field: 'input.token', code: 'ADDRESS_HAS_ACCOUNT' })]);
    });

    it('the owner withdraws an invitation still pending by the id addMerchantAgent answered: its link no longer lets anyone join; another merchant cannot withdraw it (privacy review, left point)', async () => {
      const owner = await actors.merchant('Mercerie');
      const other = await actors.merchant('Bazar');
      const email = `mistyped-${Date.now()}@example.test`;
      const invited = await api.gql<{ addMerchantAgent: { id: string; pending: boolean } }>(`mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id pending } }`, { input: { email, displayName: 'Agathe' } }, owner.token);
      expect(invited.data?.addMerchantAgent.pending).toBe(true);
      const invitationId = invited.data!.addMerchantAgent.id;
      const link = await mailedToken(api.database.url, email, 'AGENT_INVITATION');
      // The owner sees it waiting, by the name and role it offers; nobody else reads the list.
      const PENDING = `{ pendingAgentInvitations { id displayName teamRole pending } }`;
      expect((await api.gql(PENDING, {}, owner.token)).data).toEqual({ pendingAgentInvitations: [{ id: invitationId, displayName: 'Agathe', teamRole: 'AGENT', pending: true }] });
      expect((await api.gql(PENDING, {}, other.token)).data).toEqual({ pendingAgentInvitations: [] });
      const agent = await actors.agent(owner, 'Paul');
      expect((await api.gql(PENDING, {}, agent.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      // Not another merchant's to withdraw: bad input naming the field, as for any agent not its own.
      const byOther = await api.gql(REMOVE, { input: { agentId: invitationId } }, other.token);
      expect(problems(byOther.errors)).toEqual([expect.objectContaining({ field: 'input.agentId', code: 'NOT_AN_AGENT' })]);

      expect((await api.gql(REMOVE, { input: { agentId: invitationId } }, owner.token)).data).toEqual({ removeMerchantAgent: true });
      expect((await api.gql(PENDING, {}, owner.token)).data).toEqual({ pendingAgentInvitations: [] });
      const accept = await api.gql(`mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token } }`, { input: { token: link, password: 'Battery-Staple-77' } });
      expect(problems(accept.errors)).toEqual([expect.objectContaining({ field: 'input.token', code: 'LINK_NOT_VALID' })]);
      // Withdrawn once: the id now names nothing to remove.
      expect(problems((await api.gql(REMOVE, { input: { agentId: invitationId } }, owner.token)).errors)).toEqual([expect.objectContaining({ field: 'input.agentId', code: 'NOT_AN_AGENT' })]);
      const team = await api.gql<{ merchantTeam: Array<{ displayName: string }> }>(`{ merchantTeam { displayName } }`, {}, owner.token);
      expect(team.data?.merchantTeam.map((m) => m.displayName)).toEqual(['Mercerie', 'Paul']);
    });

    it('an erased agent leaves the team: not listed, no role, no case, never the owner; an owner with a team is not erased before handing the merchant on', async () => {
      const owner = await actors.merchant('Droguerie');
      const erased = await actors.agent(owner, 'Yves');
      const staying = await actors.agent(owner, 'Inès');
      const consumer = await actors.consumer('Claire');
      const admin = await actors.admin();
      const ERASE = `mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`;
      const ERASE_ME = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;

      // The owner of a team cannot be erased, by herself or by the admin: the merchant would have none.
      const mine = await api.gql(ERASE_ME, { input: { password: 'Correct-Horse-42' } }, owner.token);
      expect(mine.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(problems(mine.errors)).toEqual([expect.objectContaining({ field: 'input.password', code: 'MERCHANT_OWNER', message: expect.stringContaining('hand the merchant on first') })]);
      const byAdmin = await api.gql(ERASE, { input: { accountId: owner.id, reason: 'Letter of 1 December' } }, admin.token);
      expect(problems(byAdmin.errors)).toEqual([expect.objectContaining({ field: 'input.accountId', code: 'MERCHANT_OWNER' })]);
      expect((await api.gql(`{ me { id } }`, {}, owner.token)).errors).toBeUndefined();

      const hers = (await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(owner.merchantId as string) }, consumer.token)).data!.fileClaim.id;
      expect((await api.gql(ASSIGN, { input: { disputeId: hers, agentId: erased.id } }, owner.token)).errors).toBeUndefined();
      expect((await api.gql(ERASE, { input: { accountId: erased.id, reason: 'Letter of 1 December' } }, admin.token)).errors).toBeUndefined();
      // Her open case went back to the team's queue.
      expect(await queue(owner)).toEqual([hers]);
      expect(await unassignedEvents(hers)).toEqual([expect.objectContaining({ agentId: erased.id, reason: 'ACCOUNT_ERASED' })]);
      const team = await api.gql<{ merchantTeam: Array<{ displayName: string }> }>(`{ merchantTeam { displayName } }`, {}, owner.token);
      expect(team.data?.merchantTeam.map((m) => m.displayName)).toEqual(['Droguerie', 'Inès']);
      const transfer = await api.gql(TRANSFER, { input: { agentId: erased.id } }, owner.token);
      expect(problems(transfer.errors)).toEqual([expect.objectContaining({ field: 'input.agentId', code: 'NOT_AN_AGENT' })]);
      const role = await api.gql(`mutation($input: SetAgentTeamRoleInput!) { setAgentTeamRole(input: $input) { teamRole } }`, { input: { agentId: erased.id, teamRole: 'SUPERVISOR' } }, owner.token);
      expect(problems(role.errors).map((p) => p.field)).toEqual(['input.agentId']);
      const disputeId = (await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(owner.merchantId as string) }, consumer.token)).data!.fileClaim.id;
      const toHer = await api.gql(ASSIGN, { input: { disputeId, agentId: erased.id } }, owner.token);
      expect(toHer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(problems(toHer.errors).map((p) => p.field)).toEqual(['input.agentId']);
      const client = new Client({ connectionString: api.database.url });
      await client.connect();
      const { rows: [row] } = await client.query(`SELECT merchant_id, team_role, merchant_owner FROM accounts.accounts WHERE id = $1`, [erased.id]).finally(() => client.end());
      expect(row).toEqual({ merchant_id: null, team_role: null, merchant_owner: false });

      // Once alone, the owner may go.
      expect((await api.gql(REMOVE, { input: { agentId: staying.id } }, owner.token)).errors).toBeUndefined();
      expect((await api.gql(ERASE_ME, { input: { password: 'Correct-Horse-42' } }, owner.token)).errors).toBeUndefined();
    });

    it('only the owner removes, never itself nor an outsider; each refusal names its field', async () => {
      const owner = await actors.merchant('Jardinerie');
      const supervisor = await actors.agent(owner, 'Sophie', 'SUPERVISOR');
      const agent = await actors.agent(owner, 'Bruno');
      expect((await api.gql(REMOVE, { input: { agentId: agent.id } }, supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const itself = await api.gql(REMOVE, { input: { agentId: owner.id } }, owner.token);
      expect(problems(itself.errors)).toEqual([expect.objectContaining({ field: 'input.agentId', code: 'OWNER_ROLE' })]);
      const stranger = await actors.agent(await actors.merchant('Autre'), 'Zoé');
      expect(problems((await api.gql(REMOVE, { input: { agentId: stranger.id } }, owner.token)).errors)).toEqual([expect.objectContaining({ field: 'input.agentId', code: 'NOT_AN_AGENT' })]);
      expect(problems((await api.gql(REMOVE, { input: { agentId: 'nope' } }, owner.token)).errors).map((p) => p.field)).toEqual(['input.agentId']);
      const team = await api.gql<{ merchantTeam: unknown[] }>(`{ merchantTeam { displayName } }`, {}, owner.token);
      expect(team.data?.merchantTeam).toHaveLength(3);
    });

    it('the owner hands the merchant to an agent, and stays as a supervisor: one owner, always', async () => {
      const owner = await actors.merchant('Librairie');
      const heir = await actors.agent(owner, 'Hugo');
      const rival = await actors.agent(owner, 'Inès');
      const bySomeoneElse = await api.gql(TRANSFER, { input: { agentId: rival.id } }, heir.token);
      expect(bySomeoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(problems((await api.gql(TRANSFER, { input: { agentId: owner.id } }, owner.token)).errors).map((p) => p.field)).toEqual(['input.agentId']);

      // Two transfers at once: one wins, the other finds its sender no longer the owner.
      const [toHeir, toRival] = await Promise.all([api.gql(TRANSFER, { input: { agentId: heir.id } }, owner.token), api.gql(TRANSFER, { input: { agentId: rival.id } }, owner.token)]);
      expect([toHeir, toRival].filter((a) => !a.errors)).toHaveLength(1);
      expect([toHeir, toRival].find((a) => a.errors)?.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const team = await api.gql<{ merchantTeam: Array<{ displayName: string; teamRole: string; merchantOwner: boolean }> }>(`{ merchantTeam { displayName teamRole merchantOwner } }`, {}, owner.token);
      expect(team.data?.merchantTeam.filter((m) => m.teamRole === 'OWNER')).toHaveLength(1);
      expect(team.data?.merchantTeam.filter((m) => m.merchantOwner)).toHaveLength(1);
      expect(team.data?.merchantTeam.find((m) => m.displayName === 'Librairie')).toEqual({ displayName: 'Librairie', teamRole: 'SUPERVISOR', merchantOwner: false });
      const newOwner = toHeir.errors ? rival : heir;
      // The new owner chooses roles; the former owner no longer does.
      expect((await api.gql(SET_ROLE, { input: { agentId: owner.id, teamRole: 'AGENT' } }, owner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(SET_ROLE, { input: { agentId: owner.id, teamRole: 'AGENT' } }, newOwner.token)).errors).toBeUndefined();
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
