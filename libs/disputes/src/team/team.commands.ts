import { z } from 'zod';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { DomainError } from '../errors';
import { recorded } from '../events/recorded';
import { contextOf } from '../parties';
import { accountId, identifier, text } from '../validation/input';
import { MAX_MESSAGE } from '../validation/shapes';
import { leadsTeam } from '../values/team-role';

/** The case goes to one agent of the merchant. */
export type AssignCase = DisputeCommandOf<'AssignCase', { agentId: string }>;

/** A note for the merchant's team only. */
export type AddInternalNote = DisputeCommandOf<'AddInternalNote', { noteId: string; body: string }>;

export type TeamCommand = AssignCase | AddInternalNote;

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
