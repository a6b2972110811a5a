import { problemMessage as say } from '../validation/field-problems';
import type { NextStep } from '../values/next-steps';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { z } from 'zod';
import { oneOf } from '../validation/input';
import { note, reason, nextSteps } from '../validation/shapes';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import { DomainError } from '../errors';
import { mediating } from '../guards';

export type WithdrawClaim = DisputeCommandOf<'WithdrawClaim', { reason?: string }>;

/** `nextSteps` is required for UNRESOLVED and refused for RESOLVED. */
export type CloseDispute = DisputeCommandOf<
  'CloseDispute',
  { outcome: 'RESOLVED' | 'UNRESOLVED'; nextSteps?: NextStep[]; summary?: string }
>;

export type ClosureCommand = WithdrawClaim | CloseDispute;

/** Who may send each command, when, with what payload, and what it records. */
export const closureRules: RulesOf<ClosureCommand> = {
  /** The consumer drops the claim, at any stage before the end. */
  WithdrawClaim: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard: noGuard,
    payload: z.object({ reason: reason().optional() }),
    mutation: { name: 'withdrawClaim', description: 'The consumer drops the claim, at any stage before the end.' },
    decide: (c, dispute, party, at) => [
      recorded('ClaimWithdrawn', contextOf(dispute, party, at), { ...(c.reason !== undefined && { reason: c.reason }) }),
    ],
  },
  /**
   * Ends the dispute. The consumer may close it either way (a party may leave a mediation at any
   * stage: ADR Directive art. 9(2)(a)); the mediator ends a failed mediation, once she found the
   * request admissible (before, a request she will not examine is refused with DecideAdmissibility,
   * on a ground of L612-2, which the activity report counts: R614-2 3°); the admin may close any
   * dispute. UNRESOLVED always tells the consumer where to go next.
   */
  CloseDispute: {
    roles: ['CONSUMER', 'ASSOCIATION', 'MEDIATOR', 'ADMIN'],
    guard: (dispute, party) =>
      party.role === 'MEDIATOR' ? (mediating(dispute) ?? (dispute.mediation!.stage === 'REQUESTED' ? new DomainError('DECIDE_ADMISSIBILITY_FIRST') : null)) : null,
    payload: z
      .object({
        outcome: oneOf(['RESOLVED', 'UNRESOLVED']).describe('RESOLVED or UNRESOLVED.'),
        nextSteps: nextSteps().optional().describe('Required when UNRESOLVED: where the consumer can go next.'),
        summary: note().optional(),
      })
      .superRefine((c, ctx) => {
        if (c.outcome === 'UNRESOLVED' && c.nextSteps === undefined) ctx.addIssue({ code: 'custom', path: ['nextSteps'], message: say('NEXT_STEPS_NEEDED') });
        if (c.outcome === 'RESOLVED' && c.nextSteps !== undefined) ctx.addIssue({ code: 'custom', path: ['nextSteps'], message: say('NO_NEXT_STEPS_WHEN_RESOLVED') });
      }),
    mutation: { name: 'closeDispute', description: 'Ends the dispute: resolved, or unresolved with the next steps (court, small claims).' },
    decide(c, dispute, party, at) {
      if (party.role === 'MEDIATOR' && c.outcome === 'RESOLVED') {
        return new DomainError('ROLE_NOT_ALLOWED', { reason: 'SETTLED_IN_MEDIATION' });
      }
      const summary = c.summary !== undefined ? { summary: c.summary } : {};
      const closed = c.outcome === 'RESOLVED' ? { outcome: 'RESOLVED' as const, ...summary } : { outcome: 'UNRESOLVED' as const, nextSteps: c.nextSteps!, ...summary };
      return [recorded('DisputeClosed', contextOf(dispute, party, at), closed)];
    },
  },
};
