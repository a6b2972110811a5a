import { availableActions } from '../available-actions';
import { visibleTo, onSharedRecord } from '../events/visibility';
import { activityAt } from '../state';
import { agent, association, consumer, mediator, otherMerchantAgent, supervisor, system } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { claimFiled, closedUnresolved } from '../testing/moments';
import type { Actor } from '../values/actor';

/** The team roles arrive with the actor (the API reads them from the accounts); events never record them. */
const lead: Actor = { ...supervisor, teamRole: 'SUPERVISOR' };
const owner: Actor = { kind: 'MERCHANT_AGENT', id: 'agent-1', merchantId: agent.merchantId, teamRole: 'OWNER' };
const plainAgent: Actor = { ...agent, teamRole: 'AGENT' };
const colleague: Actor = { kind: 'MERCHANT_AGENT', id: 'agent-8', merchantId: agent.merchantId, teamRole: 'AGENT' };

const assign = (at: string, by: Actor, agentId: string) => command('AssignCase', at, by, { agentId });
const assigned = (at: string, by: Actor, agentId: string, previousAgentId?: string) =>
  event('CaseAssigned', { ...ctx(at, by), agentId, ...(previousAgentId && { previousAgentId }) });
const note = (at: string, by: Actor, body = 'Client connu, geste commercial possible') => command('AddInternalNote', at, by, { noteId: `n-${at}`, body });

describe('AssignCase', () => {
  it('a supervisor or the owner gives the case to an agent; the event records who acted, not their rank', () => {
    given([claimFiled()]).when(assign(day(1), lead, agent.id)).then([assigned(day(1), supervisor, agent.id)]);
    given([claimFiled()]).when(assign(day(1), owner, agent.id)).then([assigned(day(1), { kind: 'MERCHANT_AGENT', id: 'agent-1', merchantId: agent.merchantId }, agent.id)]);
    given([claimFiled()]).when(assign(day(1), lead, agent.id)).thenState((s) => expect(s.filed && s.assignment).toEqual({ agentId: agent.id, at: day(1) }));
  });

  it('a lead gives an assigned case to another agent; the previous one is recorded', () => {
    given([claimFiled(), assigned(day(1), supervisor, agent.id)]).when(assign(day(2), lead, colleague.id)).then([assigned(day(2), supervisor, colleague.id, agent.id)]);
    given([claimFiled(), assigned(day(1), supervisor, agent.id)]).when(assign(day(2), lead, agent.id)).thenFails('ALREADY_ASSIGNED');
  });

  it('an agent takes an unassigned case for herself, and only that', () => {
    given([claimFiled()]).when(assign(day(1), plainAgent, agent.id)).then([assigned(day(1), agent, agent.id)]);
    given([claimFiled()]).when(assign(day(1), plainAgent, colleague.id)).thenFails('TEAM_LEAD_ONLY');
    given([claimFiled(), assigned(day(1), colleague, colleague.id)]).when(assign(day(2), plainAgent, agent.id)).thenFails('CASE_TAKEN');
    // An agent whose role the API did not say is no lead.
    given([claimFiled()]).when(assign(day(1), agent, colleague.id)).thenFails('TEAM_LEAD_ONLY');
  });

  it('only the merchant’s own agents; the agent named is an identifier', () => {
    given([claimFiled()]).when(assign(day(1), consumer, agent.id)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(assign(day(1), mediator, agent.id)).thenFails('NOT_A_PARTY');
    given([claimFiled()]).when(assign(day(1), { ...otherMerchantAgent, teamRole: 'OWNER' }, agent.id)).thenFails('NOT_A_PARTY');
    given([claimFiled()]).when(assign(day(1), lead, '')).thenFails('INVALID_INPUT', 'agentId');
  });

  it('not once the dispute ended', () => {
    given([claimFiled(), closedUnresolved(day(2))]).when(assign(day(3), lead, agent.id)).thenFails('DISPUTE_CLOSED');
  });
});

describe('UnassignCase', () => {
  const unassign = (at: string, by: Actor, agentId: string, reason: 'AGENT_REMOVED' | 'ACCOUNT_ERASED' = 'AGENT_REMOVED') => command('UnassignCase', at, by, { agentId, reason });

  it('the team process puts the case of an agent who left back in the queue: nobody has it, anyone may take it', () => {
    given([claimFiled(), assigned(day(1), supervisor, agent.id)])
      .when(unassign(day(2), system, agent.id))
      .then([event('CaseUnassigned', { ...ctx(day(2), system), agentId: agent.id, reason: 'AGENT_REMOVED' })]);
    given([claimFiled(), assigned(day(1), supervisor, agent.id)]).when(unassign(day(2), system, agent.id, 'ACCOUNT_ERASED')).thenState((s) => expect(s.filed && s.assignment).toBeUndefined());
    given([claimFiled(), assigned(day(1), supervisor, agent.id), event('CaseUnassigned', { ...ctx(day(2), system), agentId: agent.id, reason: 'AGENT_REMOVED' })])
      .when(assign(day(3), plainAgent, agent.id))
      .then([assigned(day(3), agent, agent.id)]);
  });

  it('only a case she still has, only while it is open, only by the system', () => {
    given([claimFiled()]).when(unassign(day(2), system, agent.id)).thenFails('NOT_ASSIGNED');
    given([claimFiled(), assigned(day(1), supervisor, colleague.id)]).when(unassign(day(2), system, agent.id)).thenFails('NOT_ASSIGNED');
    given([claimFiled(), assigned(day(1), supervisor, agent.id), closedUnresolved(day(2))]).when(unassign(day(3), system, agent.id)).thenFails('DISPUTE_CLOSED');
    given([claimFiled(), assigned(day(1), supervisor, agent.id)]).when(unassign(day(2), lead, agent.id)).thenFails('ROLE_NOT_ALLOWED');
  });
});

describe('AddInternalNote', () => {
  it('any agent of the merchant writes a note for the team, also after the end', () => {
    given([claimFiled()]).when(note(day(1), plainAgent)).then([event('InternalNoteAdded', { ...ctx(day(1), agent), noteId: `n-${day(1)}`, body: 'Client connu, geste commercial possible' })]);
    given([claimFiled(), closedUnresolved(day(2))]).when(note(day(3), lead)).then([event('InternalNoteAdded', { ...ctx(day(3), supervisor), noteId: `n-${day(3)}`, body: 'Client connu, geste commercial possible' })]);
  });

  it('nobody outside the merchant writes one; a blank or overlong note names its field', () => {
    given([claimFiled()]).when(note(day(1), consumer)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(note(day(1), association)).thenFails('NO_MANDATE');
    given([claimFiled()]).when(note(day(1), mediator)).thenFails('NOT_A_PARTY');
    given([claimFiled()]).when(note(day(1), otherMerchantAgent)).thenFails('NOT_A_PARTY');
    given([claimFiled()]).when(note(day(1), agent, '   ')).thenFails('INVALID_INPUT', 'body');
    given([claimFiled()]).when(note(day(1), agent, 'x'.repeat(5001))).thenFails('INVALID_INPUT', 'body');
  });
});

describe('the merchant team’s own business', () => {
  const events = [assigned(day(1), supervisor, agent.id), event('CaseUnassigned', { ...ctx(day(2), system), agentId: agent.id, reason: 'AGENT_REMOVED' }), event('InternalNoteAdded', { ...ctx(day(2), agent), noteId: 'n', body: 'note' })];

  it('is read by the merchant only: not the consumer, her association, the mediator, nor on the admin’s shared record', () => {
    for (const e of events) {
      expect(visibleTo(e)).toEqual(['MERCHANT']);
      expect(onSharedRecord(e)).toBe(false);
    }
  });

  it('does not move the activity the other parties see', () => {
    const filed = claimFiled();
    const state = stateOf([filed, ...events]);
    expect(state.filed && activityAt(state)).toBe(filed.data.at);
    expect(state.filed && state.lastEventAt).toBe(day(2));
    const later = stateOf([filed, ...events, event('MessagePosted', { ...ctx(day(3), consumer), messageId: 'm', body: 'Bonjour', visibility: 'ALL' })]);
    expect(later.filed && activityAt(later)).toBe(day(3));
  });

  it('nor does what the consumer’s side or one side and the mediator alone read: the others would learn that something happened', () => {
    const filed = claimFiled();
    const toMediator = event('MessagePosted', { ...ctx(day(2), consumer), messageId: 'm1', body: 'Entre nous', visibility: 'CONSUMER_AND_MEDIATOR' });
    const state = stateOf([filed, toMediator]);
    expect(onSharedRecord(toMediator)).toBe(false);
    expect(state.filed && [activityAt(state), state.lastEventAt]).toEqual([filed.data.at, day(2)]);
    const later = stateOf([filed, toMediator, event('MessagePosted', { ...ctx(day(3), consumer), messageId: 'm2', body: 'Bonjour', visibility: 'ALL' })]);
    expect(later.filed && activityAt(later)).toBe(day(3));
  });

  it('is offered to every agent of the merchant', () => {
    expect(availableActions(stateOf([claimFiled()]), agent, day(1))).toEqual(expect.arrayContaining(['AssignCase', 'AddInternalNote']));
    expect(availableActions(stateOf([claimFiled()]), consumer, day(1))).not.toContain('AddInternalNote');
  });
});
