import { addDays, dateOf, type CalendarDate } from '@recours/consumer-law';
import { reminderKey } from './evolve';
import { phaseOf } from './phase';
import type { DisputeState } from './state';
import type { DeadlineKind } from './values/deadline-kind';
import { startOf, type Instant } from './values/instant';
import { otherSide } from './values/actor';

export interface OpenDeadline {
  kind: DeadlineKind;
  /** The last day to act. */
  dueOn: CalendarDate;
  /** From this instant the deadline has passed: the process manager then sends RecordDeadlinePassed. */
  dueAt: Instant;
  owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR';
  /** The offer, for OFFER_EXPIRY. */
  offerId?: string;
  /** From this instant a reminder may be recorded; null when the policy disables reminders. */
  remindAt: Instant | null;
  reminded: boolean;
}

/**
 * The deadlines still running: each disappears once met or once its passing is recorded, so a
 * process manager can poll this list without sending anything twice.
 */
export function deadlines(state: DisputeState): OpenDeadline[] {
  if (!state.filed) return [];
  const phase = phaseOf(state);
  const open: OpenDeadline[] = [];
  const add = (kind: DeadlineKind, dueAt: Instant, owedBy: OpenDeadline['owedBy'], offerId?: string) => {
    const days = state.policy.reminderDaysBefore;
    open.push({
      kind,
      dueOn: addDays(dateOf(dueAt), -1),
      dueAt,
      owedBy,
      ...(offerId && { offerId }),
      remindAt: days > 0 ? startOf(addDays(dateOf(dueAt), -days)) : null,
      reminded: state.reminders.includes(reminderKey(kind, offerId, dueAt)),
    });
  };

  if (phase === 'NEGOTIATION' && state.merchantResponse && !state.merchantResponse.overdue) {
    add('MERCHANT_RESPONSE', state.merchantResponse.dueAt, 'MERCHANT');
  }
  if (phase === 'NEGOTIATION' || phase === 'MEDIATION') {
    for (const offer of state.offers) {
      if (offer.status === 'LIVE') add('OFFER_EXPIRY', offer.expiresAt, otherSide(offer.side), offer.offerId);
    }
  }
  if (phase === 'AGREEMENT' && !state.agreement!.overdue) add('REMEDY_DUE', state.agreement!.dueAt, 'MERCHANT');
  const m = state.mediation;
  if (phase === 'MEDIATION' && m!.stage === 'REQUESTED' && !m!.admissibilityOverdue) add('ADMISSIBILITY_DUE', m!.admissibilityDueAt, 'MEDIATOR');
  if (phase === 'MEDIATION' && m!.stage === 'ADMISSIBLE' && !m!.outcomeOverdue) add('MEDIATION_OUTCOME_DUE', m!.outcomeDueAt!, 'MEDIATOR');
  return open.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
