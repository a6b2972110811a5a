import { DomainError } from '../errors';
import { deadlines, type OpenDeadline } from '../deadlines';
import type { RecordDeadlinePassed } from '../commands/deadline-commands';
import type { Dispute } from '../state';
import { DEADLINE_KINDS } from '../values/deadline-kind';
import { oneOf, optionalIdentifier, refuse } from '../validation/input';

/** Reads which deadline a SYSTEM command is about; only an offer's expiry names an offer. */
export function readDeadlineRef(c: Pick<RecordDeadlinePassed, 'deadline' | 'offerId'>): void {
  const kind = oneOf(c.deadline, 'deadline', DEADLINE_KINDS);
  const offerId = optionalIdentifier(c.offerId, 'offerId');
  if (kind === 'OFFER_EXPIRY' && offerId === undefined) refuse('offerId', 'an offer expiry names its offer');
  if (kind !== 'OFFER_EXPIRY' && offerId !== undefined) refuse('offerId', `${kind} is not about an offer`);
}

export function findDeadline(dispute: Dispute, c: Pick<RecordDeadlinePassed, 'deadline' | 'offerId'>): OpenDeadline | DomainError {
  const found = deadlines(dispute).find((d) => d.kind === c.deadline && d.offerId === c.offerId);
  return found ?? new DomainError('NO_SUCH_DEADLINE', `no ${c.deadline}${c.offerId ? ` for offer ${c.offerId}` : ''} deadline is running`);
}
