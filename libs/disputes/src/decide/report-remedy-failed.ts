import type { ReportRemedyFailed } from '../commands/remedy-commands';
import { DomainError } from '../errors';
import { REMEDY_FAILURES } from '../events/remedy-events';
import { isBefore, periodOfDays } from '../values/instant';
import { remediesAfterFailure } from '../values/remedy';
import { checked, oneOf, text } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import { agreementInProgress } from './agreement-guard';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/**
 * The consumer reports that the agreed remedy failed: not carried out in time, did not fix the
 * defect, or the defect came back. The merchant must answer again, within the remedies the
 * failure left open (L217-14, L217-17); the merchant has had its chance, so mediation opens.
 */
export const reportRemedyFailed: CommandHandler<ReportRemedyFailed> = {
  roles: ['CONSUMER', 'ASSOCIATION'],
  guard: agreementInProgress,
  validate: (c) =>
    checked(() => {
      oneOf(c.failure, 'failure', REMEDY_FAILURES);
      text(c.description, 'description', { max: MAX_REASON });
    }),
  decide(c, dispute, party, at) {
    const agreement = dispute.agreement!;
    if (c.failure === 'NOT_CARRIED_OUT' && isBefore(at, agreement.dueAt)) {
      return new DomainError('DEADLINE_NOT_REACHED', `the merchant has until the end of ${agreement.dueOn} to carry out the remedy`);
    }
    return [
      {
        type: 'RemedyFailed',
        schemaVersion: 1,
        data: {
          ...contextOf(dispute, party, at),
          remedy: agreement.remedy,
          source: agreement.source,
          sourceId: agreement.sourceId,
          failure: c.failure,
          description: c.description,
          remediesAvailable: remediesAfterFailure(dispute.remediesAvailable, agreement.remedy),
          merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt,
        },
      },
    ];
  },
};
