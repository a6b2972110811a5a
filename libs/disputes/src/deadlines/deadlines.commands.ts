import type { DeadlineKind } from '../values/deadline-kind';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { deadlines, pendingReminders } from './open-deadlines';
import { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import { isBefore } from '../values/instant';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { deadlineRef, findDeadline } from './deadline-ref';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';

/**
 * Sent by the deadline process manager for a deadline listed by `deadlines(state)` once its
 * `dueAt` has passed; `offerId` names the offer for OFFER_EXPIRY.
 */
export type RecordDeadlinePassed = DisputeCommandOf<'RecordDeadlinePassed', { deadline: DeadlineKind; offerId?: string }>;

/** Sent by the process manager between a deadline's `remindAt` and its `dueAt`: records the latest reminder step open. */
export type RecordDeadlineReminder = DisputeCommandOf<
  'RecordDeadlineReminder',
  { deadline: DeadlineKind; offerId?: string }
>;

export type DeadlinesCommand = RecordDeadlinePassed | RecordDeadlineReminder;

/** Who may send each command, when, with what payload, and what it records. */
export const deadlinesRules: RulesOf<DeadlinesCommand> = {
  /** The process manager records that a deadline passed; each kind has its own fact. */
  RecordDeadlinePassed: {
    roles: ['SYSTEM'],
    guard: noGuard,
    hasTarget: (dispute, _party, at) => deadlines(dispute).some((d) => !isBefore(at, d.dueAt)),
    payload: deadlineRef(),
    decide(c, dispute, party, at) {
      const deadline = findDeadline(dispute, c);
      if (deadline instanceof DomainError) return deadline;
      if (isBefore(at, deadline.dueAt)) return new DomainError('DEADLINE_NOT_REACHED', { deadline: deadline.kind, dueAt: deadline.dueAt });
      const context = contextOf(dispute, party, at);
      const dueAt = deadline.dueAt;
      if (deadline.kind === 'REMEDY_CONFIRMATION') {
        // The consumer neither confirmed nor contested within the period: it counts as confirmed.
        const { remedy, source, sourceId } = dispute.agreement!;
        return [
          recorded('RemedyFulfilled', context, { remedy, source, sourceId, deemed: true }),
          recorded('DisputeClosed', context, { outcome: 'RESOLVED' }),
        ];
      }
      const kind = deadline.kind;
      const event: DisputeEvent = (() => {
        switch (kind) {
          case 'MERCHANT_RESPONSE':
            return recorded('MerchantResponseOverdue', context, { dueAt });
          case 'OFFER_EXPIRY':
            return recorded('OfferExpired', context, { offerId: deadline.offerId!, expiresAt: dueAt });
          case 'REMEDY_DUE':
            return recorded('RemedyOverdue', context, { dueAt });
          case 'ADMISSIBILITY_DUE':
            return recorded('AdmissibilityOverdue', context, { dueAt });
          case 'MEDIATION_OUTCOME_DUE':
            return recorded('MediationOverdue', context, { dueAt });
          case 'SETTLEMENT_ANSWER': {
            // One proposal is pending at most: the one whose answer period this is.
            const pending = dispute.mediation!.settlements.find((x) => x.status === 'PROPOSED' && x.answerDueAt === dueAt)!;
            return recorded('SettlementExpired', context, { settlementId: pending.settlementId, answerDueAt: dueAt });
          }
        }
      })();
      return [event];
    },
  },
  /**
   * The process manager records that the owing party was reminded, once per step (3 days, then 1
   * day before by default; once for a proposal's answer period, open-deadlines.ts).
   */
  RecordDeadlineReminder: {
    roles: ['SYSTEM'],
    guard: noGuard,
    hasTarget: (dispute, _party, at) =>
      deadlines(dispute).some((d) => d.remindAt !== null && !d.reminded && !isBefore(at, d.remindAt) && isBefore(at, d.dueAt)),
    payload: deadlineRef(),
    decide(c, dispute, party, at) {
      const deadline = findDeadline(dispute, c);
      if (deadline instanceof DomainError) return deadline;
      if (deadline.remindAt === null) return new DomainError('REMINDERS_DISABLED', { deadline: deadline.kind });
      if (deadline.reminded) return new DomainError('REMINDER_ALREADY_RECORDED', { deadline: deadline.kind });
      if (isBefore(at, deadline.remindAt)) return new DomainError('REMINDER_TOO_EARLY', { deadline: deadline.kind, remindAt: deadline.remindAt });
      if (!isBefore(at, deadline.dueAt)) return new DomainError('REMINDER_TOO_LATE', { deadline: deadline.kind });
      // The latest step already open: a process that was down sends the day-before reminder, not a stale one.
      const step = pendingReminders(dispute, deadline.kind, deadline.offerId ?? deadline.settlementId, deadline.dueAt).filter((r) => !isBefore(at, r.at)).pop()!;
      // owedBy names who is reminded: for a proposal's answer period, the sides that have not answered it (PARTIES: both).
      return [
        recorded('DeadlineReminderRecorded', contextOf(dispute, party, at), {
          deadline: deadline.kind,
          dueAt: deadline.dueAt,
          owedBy: deadline.owedBy,
          ...(deadline.offerId && { offerId: deadline.offerId }),
          ...(deadline.settlementId && { settlementId: deadline.settlementId }),
          daysBefore: step.day,
        }),
      ];
    },
  },
};
