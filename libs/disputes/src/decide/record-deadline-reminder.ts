import type { RecordDeadlineReminder } from '../commands/deadline-commands';
import { deadlines } from '../deadlines';
import { DomainError } from '../errors';
import { isBefore } from '../values/instant';
import { checked } from '../validation/input';
import { noGuard, type CommandHandler } from './command-handler';
import { findDeadline, readDeadlineRef } from './deadline-command';
import { contextOf } from './parties';

/** The process manager records that the owing party was reminded, once per deadline, before it passes. */
export const recordDeadlineReminder: CommandHandler<RecordDeadlineReminder> = {
  roles: ['SYSTEM'],
  guard: noGuard,
  hasTarget: (dispute, _party, at) =>
    deadlines(dispute).some((d) => d.remindAt !== null && !d.reminded && !isBefore(at, d.remindAt) && isBefore(at, d.dueAt)),
  validate: (c) => checked(() => readDeadlineRef(c)),
  decide(c, dispute, party, at) {
    const deadline = findDeadline(dispute, c);
    if (deadline instanceof DomainError) return deadline;
    if (deadline.remindAt === null) return new DomainError('REMINDERS_DISABLED', "this dispute's policy sends no reminders");
    if (deadline.reminded) return new DomainError('REMINDER_ALREADY_RECORDED', `${deadline.kind} was already reminded`);
    if (isBefore(at, deadline.remindAt)) return new DomainError('REMINDER_TOO_EARLY', `the reminder for ${deadline.kind} is due from ${deadline.remindAt}`);
    if (!isBefore(at, deadline.dueAt)) return new DomainError('REMINDER_TOO_LATE', `${deadline.kind} has passed: record it instead`);
    return [
      {
        type: 'DeadlineReminderRecorded',
        schemaVersion: 1,
        data: {
          ...contextOf(dispute, party, at),
          deadline: deadline.kind,
          dueAt: deadline.dueAt,
          owedBy: deadline.owedBy,
          ...(deadline.offerId && { offerId: deadline.offerId }),
        },
      },
    ];
  },
};
