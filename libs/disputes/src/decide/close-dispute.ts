import type { CloseDispute } from '../commands/closure-commands';
import { DomainError } from '../errors';
import { checked, oneOf, optionalText, refuse } from '../validation/input';
import { MAX_NOTE, nextSteps } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { mediating } from './guards';
import { contextOf } from './parties';

/**
 * Ends the dispute. The consumer may close it either way (a party may leave a mediation at any
 * stage: ADR Directive art. 9(2)(a)); the mediator ends a failed mediation; the admin may close
 * any dispute. UNRESOLVED always tells the consumer where to go next.
 */
export const closeDispute: CommandHandler<CloseDispute> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MEDIATOR', 'ADMIN'],
  guard: (dispute, party) => (party.role === 'MEDIATOR' ? mediating(dispute) : null),
  validate: (c) =>
    checked(() => {
      const outcome = oneOf(c.outcome, 'outcome', ['RESOLVED', 'UNRESOLVED'] as const);
      if (outcome === 'UNRESOLVED') nextSteps(c.nextSteps, 'nextSteps');
      else if (c.nextSteps !== undefined) refuse('nextSteps', 'a resolved dispute has no next steps');
      optionalText(c.summary, 'summary', { max: MAX_NOTE });
    }),
  decide(c, dispute, party, at) {
    if (party.role === 'MEDIATOR' && c.outcome === 'RESOLVED') {
      return new DomainError('ROLE_NOT_ALLOWED', 'a mediation resolves the dispute through a settlement both parties accept');
    }
    const summary = c.summary !== undefined ? { summary: c.summary } : {};
    const context = contextOf(dispute, party, at);
    return [
      {
        type: 'DisputeClosed',
        schemaVersion: 1,
        data: c.outcome === 'RESOLVED' ? { ...context, outcome: 'RESOLVED', ...summary } : { ...context, outcome: 'UNRESOLVED', nextSteps: c.nextSteps!, ...summary },
      },
    ];
  },
};
