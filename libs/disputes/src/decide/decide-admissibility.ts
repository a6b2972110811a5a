import type { DecideAdmissibility } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { MEDIATION_OUTCOME_DAYS } from '../legal-periods';
import { periodOfDays } from '../values/instant';
import { boolean, checked, optionalText, refuse } from '../validation/input';
import { MAX_REASON, nextSteps } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { mediating } from './guards';
import { contextOf } from './parties';

/**
 * The mediator says whether the request is admissible (due three weeks after it, L612-2). If so
 * the file is complete and the 90-day outcome clock starts (R612-5); if not, the dispute ends
 * unresolved and the consumer is told where to go next.
 */
export const decideAdmissibility: CommandHandler<DecideAdmissibility> = {
  roles: ['MEDIATOR'],
  guard: (dispute) =>
    mediating(dispute) ??
    (dispute.mediation!.stage === 'ADMISSIBLE'
      ? new DomainError('ADMISSIBILITY_ALREADY_DECIDED', `the request was found admissible at ${dispute.mediation!.decidedAt}`)
      : null),
  validate: (c) =>
    checked(() => {
      const admissible = boolean(c.admissible, 'admissible');
      if (admissible) {
        optionalText(c.reason, 'reason', { max: MAX_REASON });
        if (c.nextSteps !== undefined) refuse('nextSteps', 'only an inadmissible request ends the dispute with next steps');
      } else {
        if (c.reason === undefined) refuse('reason', 'an inadmissible request must say why');
        optionalText(c.reason, 'reason', { max: MAX_REASON });
        nextSteps(c.nextSteps, 'nextSteps');
      }
    }),
  decide(c, dispute, party, at) {
    const context = contextOf(dispute, party, at);
    if (c.admissible) {
      return [
        {
          type: 'MediationAdmissibilityDecided',
          schemaVersion: 1,
          data: {
            ...context,
            admissible: true,
            ...(c.reason !== undefined && { reason: c.reason }),
            fileCompletedAt: at,
            outcomeDueAt: periodOfDays(at, MEDIATION_OUTCOME_DAYS).dueAt,
          },
        },
      ];
    }
    return [
      { type: 'MediationAdmissibilityDecided', schemaVersion: 1, data: { ...context, admissible: false, reason: c.reason! } },
      { type: 'DisputeClosed', schemaVersion: 1, data: { ...context, outcome: 'UNRESOLVED', nextSteps: c.nextSteps!, summary: c.reason! } },
    ];
  },
};
