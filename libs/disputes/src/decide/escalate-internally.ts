import type { EscalateInternally } from '../commands/claim-commands';
import { DomainError } from '../errors';
import type { EscalationLevel } from '../events/claim-events';
import { periodOfDays } from '../values/instant';
import { checked, optionalText } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { negotiating } from './guards';
import { contextOf } from './parties';

const NEXT_LEVEL: Record<EscalationLevel, Exclude<EscalationLevel, 'FRONT_DESK'> | null> = {
  FRONT_DESK: 'SUPERVISOR',
  SUPERVISOR: 'COMPLAINTS_DEPARTMENT',
  COMPLAINTS_DEPARTMENT: null,
};

/**
 * The consumer takes the claim up the merchant's hierarchy, once the current level has had its
 * chance (refused, saw its offer refused or lapse, or stayed silent). The new level gets a fresh
 * response period.
 */
export const escalateInternally: CommandHandler<EscalateInternally> = {
  roles: ['CONSUMER', 'ASSOCIATION'],
  guard(dispute) {
    const refused = negotiating(dispute);
    if (refused) return refused;
    if (!NEXT_LEVEL[dispute.escalation.level]) {
      return new DomainError('ESCALATION_EXHAUSTED', 'the complaints department was the last level: request a mediation instead');
    }
    if (!dispute.escalation.levelHadChance) {
      return new DomainError('ESCALATION_TOO_EARLY', 'the merchant must first answer at this level, or let its response period pass');
    }
    return null;
  },
  validate: (c) => checked(() => optionalText(c.reason, 'reason', { max: MAX_REASON })),
  decide: (c, dispute, party, at) => [
    {
      type: 'EscalatedInternally',
      schemaVersion: 1,
      data: {
        ...contextOf(dispute, party, at),
        level: NEXT_LEVEL[dispute.escalation.level]!,
        ...(c.reason !== undefined && { reason: c.reason }),
        merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt,
      },
    },
  ],
};
