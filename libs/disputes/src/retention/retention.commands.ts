import { z } from 'zod';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { DomainError } from '../errors';
import { recorded } from '../events/recorded';
import { contextOf } from '../parties';
import { integer } from '../validation/input';
import { reason } from '../validation/shapes';
import { isBefore } from '../values/instant';
import { endedAt, erasableFrom, erasureAnnouncedAt, noticeFrom } from './retention-period';

/** The admin keeps a dispute in litigation from retention's erasure. */
export type PlaceLegalHold = DisputeCommandOf<'PlaceLegalHold', { reason: string }>;

/** The litigation ended: retention may erase the dispute again, after a new notice. */
export type LiftLegalHold = DisputeCommandOf<'LiftLegalHold', { reason: string }>;

/**
 * The retention job's one command (SYSTEM), with the deployment's settings (RETENTION_YEARS, the
 * notice period): the notice once the end of the period is near, then the erasure once the
 * notice's date came; the decider says which is due.
 */
export type ApplyRetention = DisputeCommandOf<'ApplyRetention', { retentionYears: number; noticeDays: number }>;

/** The retention job (SYSTEM), once it carried out an erasure's steps: the last word on an erased dispute. */
export type CompleteErasure = DisputeCommandOf<'CompleteErasure', { filesDeleted: number }>;

export type RetentionCommand = PlaceLegalHold | LiftLegalHold | ApplyRetention | CompleteErasure;

/** Who may send each command, when, with what payload, and what it records. */
export const retentionRules: RulesOf<RetentionCommand> = {
  /** The admin, on a dispute open or ended; one hold at a time. */
  PlaceLegalHold: {
    roles: ['ADMIN'],
    allowedWhenEnded: true,
    guard: (dispute) => (dispute.legalHold ? new DomainError('LEGAL_HOLD_ALREADY_PLACED', { placedAt: dispute.legalHold.at }) : null),
    payload: z.object({ reason: reason().describe('Why the dispute is kept: the litigation (court, case), for the record.') }),
    mutation: {
      name: 'placeLegalHold',
      description: 'Keeps the dispute from being erased when its retention period ends, while it is in litigation (admin). Lifted with liftLegalHold.',
    },
    decide: (c, dispute, party, at) => [recorded('LegalHoldPlaced', contextOf(dispute, party, at), { reason: c.reason })],
  },
  LiftLegalHold: {
    roles: ['ADMIN'],
    allowedWhenEnded: true,
    guard: (dispute) => (dispute.legalHold ? null : new DomainError('NO_LEGAL_HOLD')),
    payload: z.object({ reason: reason().describe('Why the hold ends (the litigation is over), for the record.') }),
    mutation: {
      name: 'liftLegalHold',
      description: 'Ends a legal hold (admin): retention may erase the dispute again, after notifying its parties anew.',
    },
    decide: (c, dispute, party, at) => [recorded('LegalHoldLifted', contextOf(dispute, party, at), { reason: c.reason })],
  },
  ApplyRetention: {
    roles: ['SYSTEM'],
    allowedWhenEnded: true,
    guard(dispute) {
      if (!endedAt(dispute)) return new DomainError('RETENTION_NOT_DUE', { reason: 'OPEN' });
      if (dispute.legalHold) return new DomainError('LEGAL_HOLD', { placedAt: dispute.legalHold.at });
      return null;
    },
    payload: z.object({ retentionYears: integer(1, 100), noticeDays: integer(1, 365) }),
    decide(c, dispute, party, at) {
      const ended = endedAt(dispute)!;
      const context = contextOf(dispute, party, at);
      const notice = dispute.erasureNotice;
      if (!notice) {
        const from = noticeFrom(ended, c.retentionYears, c.noticeDays);
        if (isBefore(at, from)) return new DomainError('RETENTION_NOT_DUE', { noticeFrom: from });
        return [recorded('ErasureNoticeGiven', context, { erasesAt: erasureAnnouncedAt(ended, c.retentionYears, at, c.noticeDays), retentionYears: c.retentionYears })];
      }
      // A longer period set since the notice also holds: never erased before it ends.
      const end = erasableFrom(ended, c.retentionYears);
      const due = isBefore(notice.erasesAt, end) ? end : notice.erasesAt;
      if (isBefore(at, due)) return new DomainError('RETENTION_NOT_DUE', { erasesAt: due });
      return [recorded('DisputeErased', context, { endedAt: ended, retentionYears: c.retentionYears })];
    },
  },
  CompleteErasure: {
    roles: ['SYSTEM'],
    allowedWhenEnded: true,
    allowedWhenErased: true,
    guard: (dispute) => (!dispute.erased ? new DomainError('RETENTION_NOT_DUE', { reason: 'NOT_ERASED' }) : dispute.erased.completedAt ? new DomainError('DISPUTE_ERASED', { erasedAt: dispute.erased.at }) : null),
    payload: z.object({ filesDeleted: integer(0, 1_000_000) }),
    decide: (c, dispute, party, at) => [recorded('DisputeErasureCompleted', contextOf(dispute, party, at), { filesDeleted: c.filesDeleted })],
  },
};
