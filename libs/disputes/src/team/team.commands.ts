import { z } from 'zod';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { DomainError } from '../errors';
import { recorded } from '../events/recorded';
import { contextOf } from '../parties';
import { accountId, identifier, oneOf, text } from '../validation/input';
import { MAX_MESSAGE } from '../validation/shapes';
import { leadsTeam } from '../values/team-role';
import type { CaseUnassignedReason } from './team.events';

/** The case goes to one agent of the merchant. */
export type AssignCase = DisputeCommandOf<'AssignCase', { agentId: string }>;

/** The process of the merchant's team puts back in the queue a case whose agent left the team or was erased. */
export type UnassignCase = DisputeCommandOf<'UnassignCase', { agentId: string; reason: CaseUnassignedReason }>;

/** A note for the merchant's team only. */
export type AddInternalNote = DisputeCommandOf<'AddInternalNote', { noteId: string; body: string }>;

export type TeamCommand = AssignCase | UnassignCase | AddInternalNote;

/** Who may send each command, when, with what payload, and what it records. */
export const teamRules: RulesOf<TeamCommand> = {
  /**
   * The owner or a supervisor gives the case to any agent of the merchant (the command path
   * checks that the account is one); an agent takes an unassigned case for herself.
   */
  AssignCase: {
    roles: ['MERCHANT'],
    guard: noGuard,
    payload: z.object({ agentId: accountId('MERCHANT_AGENT').describe('The agent of the merchant who handles the case from now on.') }),
    mutation: {
      name: 'assignCase',
      description: "Gives the case to one agent of the merchant: the owner or a supervisor assigns it to anyone of the team; an agent takes an unassigned case for herself. Seen by the merchant's team only.",
    },
    decide(c, dispute, party, at) {
      const current = dispute.assignment?.agentId;
      if (current === c.agentId) return new DomainError('ALREADY_ASSIGNED');
      if (!leadsTeam(party.actor.teamRole)) {
        if (c.agentId !== party.actor.id) return new DomainError('TEAM_LEAD_ONLY');
        if (current) return new DomainError('CASE_TAKEN');
      }
      return [recorded('CaseAssigned', contextOf(dispute, party, at), { agentId: c.agentId, ...(current && { previousAgentId: current }) })];
    },
  },
  /**
   * The agent left the team (removeMerchantAgent) or her account was erased: the case she had
   * goes back to the queue, by the system, never by a person. The account is not checked
   * against a role (she is no agent any more); a case she no longer has is refused.
   */
  UnassignCase: {
    roles: ['SYSTEM'],
    guard: noGuard,
    hasTarget: (dispute) => dispute.assignment !== undefined,
    payload: z.object({ agentId: identifier(), reason: oneOf(['AGENT_REMOVED', 'ACCOUNT_ERASED']) }),
    decide(c, dispute, party, at) {
      if (dispute.assignment?.agentId !== c.agentId) return new DomainError('NOT_ASSIGNED');
      return [recorded('CaseUnassigned', contextOf(dispute, party, at), { agentId: c.agentId, reason: c.reason })];
    },
  },
  /** Any agent of the merchant writes a note on the case for the team, also once the dispute ended. */
  AddInternalNote: {
    roles: ['MERCHANT'],
    allowedWhenEnded: true,
    guard: noGuard,
    payload: z.object({ noteId: identifier(), body: text({ max: MAX_MESSAGE }).describe("The note: read by the merchant's team only.") }),
    mutation: {
      name: 'addInternalNote',
      description: "A note on the case for the merchant's team only: never read by the consumer, her association, the mediator or the admin, never in a case file.",
      assigned: ['noteId'],
    },
    decide: (c, dispute, party, at) => [recorded('InternalNoteAdded', contextOf(dispute, party, at), { noteId: c.noteId, body: c.body })],
  },
};
