import { MONETARY_REMEDIES, REMEDY_FAILURES, remediesAfterFailure, type RemedyFailure } from '../values/remedy';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { z } from 'zod';
import { calendarDate, oneOf } from '../validation/input';
import { parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { note, reason } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import { DomainError, invalidInput } from '../errors';
import { fieldProblem } from '../validation/field-problems';
import type { Dispute } from '../state';
import { isBefore, lastDayOf, periodOfDays } from '../values/instant';

/** The consumer confirms the agreed remedy was delivered; the dispute closes as resolved. */
export type ConfirmRemedyFulfilled = DisputeCommandOf<'ConfirmRemedyFulfilled', { note?: string }>;

export type ReportRemedyFailed = DisputeCommandOf<
  'ReportRemedyFailed',
  { failure: RemedyFailure; description: string }
>;

/** The merchant reports it carried out the agreed remedy, on a day, saying what it did. */
export type ReportRemedyCarriedOut = DisputeCommandOf<'ReportRemedyCarriedOut', { on: CalendarDate; details: string }>;

export type RemedyCommand = ConfirmRemedyFulfilled | ReportRemedyFailed | ReportRemedyCarriedOut;

/** recours's rule: the consumer has 14 days to confirm or contest a remedy reported carried out; then it counts as confirmed. */
export const REMEDY_CONFIRMATION_DAYS = 14;

const agreementInProgress = (dispute: Dispute): DomainError | null =>
  dispute.agreement ? null : new DomainError('NO_AGREEMENT');

/** Whether she may still say the agreed remedy failed: always, unless the merchant reported it carried out and her last day to contest that is over (it counts as carried out). */
export const contestOpen = (dispute: Dispute, at: string): boolean => !dispute.agreement?.carriedOut || isBefore(at, dispute.agreement.carriedOut.confirmationDueAt);

/** One mutation answers both ways: the remedy was delivered, or it failed. */
const confirmRemedy = { name: 'confirmRemedy', description: 'The consumer confirms the agreed remedy was delivered (fulfilled: true) or reports it failed.' };

/** Who may send each command, when, with what payload, and what it records. */
export const remedyRules: RulesOf<RemedyCommand> = {
  /** Only the consumer, who was owed the remedy, can say it was delivered; that resolves the dispute. */
  ConfirmRemedyFulfilled: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard: agreementInProgress,
    payload: z.object({ note: note().optional() }),
    mutation: confirmRemedy,
    decide(c, dispute, party, at) {
      const context = contextOf(dispute, party, at);
      const { remedy, source, sourceId } = dispute.agreement!;
      return [
        recorded('RemedyFulfilled', context, { remedy, source, sourceId, ...(c.note !== undefined && { note: c.note }) }),
        recorded('DisputeClosed', context, { outcome: 'RESOLVED' }),
      ];
    },
  },
  /**
   * The consumer reports that the agreed remedy failed: not carried out in time, did not fix the
   * defect, or the defect came back (those two for a repair or a replacement only: a sum is paid or
   * not, ONLY_NOT_CARRIED_OUT_FOR_A_SUM). The merchant must answer again: the failure gives her price
   * reduction or refund (L217-14, L217-17) and closes nothing; the merchant has had its chance, so mediation opens.
   */
  /**
   * The merchant reports that it carried out the agreed remedy. The consumer is told, and has
   * 14 days to confirm it (confirmRemedy fulfilled) or contest it (confirmRemedy, failed); when
   * she says nothing, it counts as confirmed at the end (the deadline process records it).
   */
  ReportRemedyCarriedOut: {
    roles: ['MERCHANT'],
    guard: (dispute) =>
      agreementInProgress(dispute) ??
      (dispute.agreement!.carriedOut ? new DomainError('REMEDY_ALREADY_REPORTED', { reportedAt: dispute.agreement!.carriedOut.reportedAt }) : null),
    payload: z.object({ on: calendarDate().describe('The day the remedy was carried out.'), details: reason().describe('What was done (a refund’s reference, the repair…).') }),
    mutation: { name: 'reportRemedyCarriedOut', description: 'The merchant reports the agreed remedy carried out; the consumer confirms or contests it within 14 days, after which it counts as confirmed.' },
    decide(c, dispute, party, at) {
      const today = parisDateOf(at);
      if (c.on > today) return invalidInput('on', fieldProblem('AFTER_TODAY', { today }));
      const agreedOn = parisDateOf(dispute.agreement!.agreedAt);
      if (c.on < agreedOn) return invalidInput('on', fieldProblem('BEFORE_DATE', { other: 'agreedOn', date: agreedOn }));
      const period = periodOfDays(at, REMEDY_CONFIRMATION_DAYS);
      return [
        recorded('RemedyCarriedOutReported', contextOf(dispute, party, at), { on: c.on, details: c.details, confirmationDueOn: period.dueOn, confirmationDueAt: period.dueAt }),
      ];
    },
  },
  ReportRemedyFailed: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard: agreementInProgress,
    // Not offered past her last day to answer the merchant's report (decide refuses it on `failure`: CONTEST_PERIOD_OVER).
    hasTarget: (dispute, _party, at) => contestOpen(dispute, at),
    payload: z.object({ failure: oneOf(REMEDY_FAILURES, 'RemedyFailure'), description: reason() }),
    mutation: confirmRemedy,
    decide(c, dispute, party, at) {
      const agreement = dispute.agreement!;
      // A sum is paid or it is not: « did not fix », « came back » are said of a repair or a replacement
      // (until 2026-12-07 they were taken for a sum, and her rights went back to the repair asked on filing).
      if (c.failure !== 'NOT_CARRIED_OUT' && MONETARY_REMEDIES.includes(agreement.remedy)) {
        return invalidInput('failure', fieldProblem('ONLY_NOT_CARRIED_OUT_FOR_A_SUM', { remedy: agreement.remedy }));
      }
      // Once the merchant said it was done, she may contest it until her last day, whatever the
      // remedy's own day; past it, it counts as carried out (her rights say so, and the deadline
      // process records it): a contest is refused, a confirmation is not.
      if (agreement.carriedOut && !contestOpen(dispute, at)) {
        return invalidInput('failure', fieldProblem('CONTEST_PERIOD_OVER', { confirmationDueOn: lastDayOf(agreement.carriedOut.confirmationDueAt) }));
      }
      if (c.failure === 'NOT_CARRIED_OUT' && isBefore(at, agreement.dueAt) && !agreement.carriedOut) {
        return new DomainError('DEADLINE_NOT_REACHED', { deadline: 'REMEDY_DUE', dueAt: agreement.dueOn });
      }
      return [
        recorded('RemedyFailed', contextOf(dispute, party, at), {
          remedy: agreement.remedy,
          source: agreement.source,
          sourceId: agreement.sourceId,
          failure: c.failure,
          description: c.description,
          remediesAvailable: remediesAfterFailure(),
          merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt,
        }),
      ];
    },
  },
};
