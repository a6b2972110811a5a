import { problemMessage as say } from '../validation/field-problems';
import { DomainError } from '../errors';
import { deadlines, type OpenDeadline } from './open-deadlines';
import type { Dispute } from '../state';
import { DEADLINE_KINDS, type DeadlineKind } from '../values/deadline-kind';
import { z } from 'zod';
import { identifier, oneOf } from '../validation/input';

/** Which deadline a SYSTEM command is about. */
export interface DeadlineRef {
  deadline: DeadlineKind;
  /** Only an offer's expiry names an offer. */
  offerId?: string;
}

/** Which deadline a SYSTEM command is about; only an offer's expiry names an offer. */
export const deadlineRef = () =>
  z.object({ deadline: oneOf(DEADLINE_KINDS, 'DeadlineKind'), offerId: identifier().optional() }).superRefine((c, ctx) => {
    if (c.deadline === 'OFFER_EXPIRY' && c.offerId === undefined) ctx.addIssue({ code: 'custom', path: ['offerId'], message: say('OFFER_ID_NEEDED') });
    if (c.deadline !== 'OFFER_EXPIRY' && c.offerId !== undefined) ctx.addIssue({ code: 'custom', path: ['offerId'], message: say('NOT_ABOUT_AN_OFFER', { deadline: c.deadline }) });
  });

export function findDeadline(dispute: Dispute, c: DeadlineRef): OpenDeadline | DomainError {
  const found = deadlines(dispute).find((d) => d.kind === c.deadline && d.offerId === c.offerId);
  return found ?? new DomainError('NO_SUCH_DEADLINE', { deadline: c.deadline, ...(c.offerId && { offerId: c.offerId }) });
}
