import { apiActors, startTestApp, type TestApp } from '@recours/testing';

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
});
