import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import type { EscalationLevel } from '../values/escalation-level';
import { periodOfDays } from '../values/instant';
import { z } from 'zod';
import { reason } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { negotiating } from '../guards';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';

export type EscalateInternally = DisputeCommandOf<'EscalateInternally', { reason?: string }>;

export type EscalationCommand = EscalateInternally;

const NEXT_LEVEL: Record<EscalationLevel, Exclude<EscalationLevel, 'FRONT_DESK'> | null> = {
  FRONT_DESK: 'SUPERVISOR',
  SUPERVISOR: 'COMPLAINTS_DEPARTMENT',
  COMPLAINTS_DEPARTMENT: null,
};

/** Who may send each command, when, with what payload, and what it records. */
export const escalationRules: RulesOf<EscalationCommand> = {
  /**
   * The consumer takes the claim up the merchant's hierarchy, once the current level has had its
   * chance (refused, saw its offer refused or lapse, or stayed silent). The new level gets a fresh
   * response period.
   */
  EscalateInternally: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard(dispute) {
      const refused = negotiating(dispute);
      if (refused) return refused;
      if (!NEXT_LEVEL[dispute.escalation.level]) {
        return new DomainError('ESCALATION_EXHAUSTED');
      }
      if (!dispute.escalation.levelHadChance) {
        return new DomainError('ESCALATION_TOO_EARLY');
      }
      return null;
    },
    payload: z.object({ reason: reason().optional() }),
    mutation: { name: 'escalate', description: 'The consumer escalates within the merchant: to a supervisor, then to the complaints department.' },
    decide: (c, dispute, party, at) => [
      recorded('EscalatedInternally', contextOf(dispute, party, at), {
        level: NEXT_LEVEL[dispute.escalation.level]!,
        ...(c.reason !== undefined && { reason: c.reason }),
        merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt,
      }),
    ],
  },
};
