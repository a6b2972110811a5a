import { addDays, type CalendarDate } from '@recours/consumer-law';
import { reminderKey } from './deadlines.events';
import { phaseOf } from '../phase';
import type { Dispute, DisputeState } from '../state';
import { reminderSteps } from '../policy';
import type { DeadlineKind } from '../values/deadline-kind';
import { lastDayOf, startOf, type Instant } from '../values/instant';
import { otherSide } from '../values/actor';

export interface OpenDeadline {
  kind: DeadlineKind;
  /** The last day to act. */
  dueOn: CalendarDate;
  /** From this instant the deadline has passed: the process manager then sends RecordDeadlinePassed. */
  dueAt: Instant;
  /** PARTIES: both sides still owe an answer to the mediator's proposal (SETTLEMENT_ANSWER). */
  owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'PARTIES';
  /** The offer, for OFFER_EXPIRY. */
  offerId?: string;
  /**
   * From this instant the next reminder may be recorded (the last one, once all are: see
   * `reminded`); null when the policy disables reminders.
   */
  remindAt: Instant | null;
  /** Every reminder of this deadline is recorded. */
  reminded: boolean;
  /** The next reminder's step (days before the deadline), while one is left. */
  nextReminderDays?: number;
}

/**
 * Where a deadline stands with its reminders: the steps not yet recorded, in order. A step
 * recorded late makes the earlier ones moot (a reminder the day before replaces the one three
 * days before that nobody sent), so only steps after the last recorded one are left.
 */
export function pendingReminders(state: Dispute, kind: DeadlineKind, offerId: string | undefined, dueAt: Instant): { day: number; at: Instant }[] {
  const steps = reminderSteps(state.policy);
  const recorded = steps.map((day) => state.reminders.includes(reminderKey(kind, offerId, dueAt, day)));
  const after = recorded.lastIndexOf(true) + 1;
  return steps.slice(after).map((day) => ({ day, at: reminderAt(dueAt, day) }));
}

/** The instant a reminder `days` before the deadline opens: the start of that day in Paris (`days` before the day after the last one). */
export const reminderAt = (dueAt: Instant, days: number): Instant => startOf(addDays(lastDayOf(dueAt), 1 - days));

/**
 * The deadlines still running: each disappears once met or once its passing is recorded, so a
 * process manager can poll this list without sending anything twice.
 */
export function deadlines(state: DisputeState): OpenDeadline[] {
  if (!state.filed) return [];
  const steps = reminderSteps(state.policy);
  const phase = phaseOf(state);
  const open: OpenDeadline[] = [];
  const add = (kind: DeadlineKind, dueAt: Instant, owedBy: OpenDeadline['owedBy'], offerId?: string, reminders = true) => {
    const pending = reminders ? pendingReminders(state, kind, offerId, dueAt) : [];
    const next = pending[0];
    open.push({
      kind,
      dueOn: lastDayOf(dueAt),
      dueAt,
      owedBy,
      ...(offerId && { offerId }),
      remindAt: steps.length === 0 || !reminders ? null : (next?.at ?? reminderAt(dueAt, steps[steps.length - 1])),
      reminded: reminders && steps.length > 0 && next === undefined,
      ...(next && { nextReminderDays: next.day }),
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
  // Reported carried out: the merchant's clock stops, the consumer's 14 days to confirm or contest run.
  if (phase === 'AGREEMENT' && state.agreement!.carriedOut) add('REMEDY_CONFIRMATION', state.agreement!.carriedOut.confirmationDueAt, 'CONSUMER');
  else if (phase === 'AGREEMENT' && !state.agreement!.overdue) add('REMEDY_DUE', state.agreement!.dueAt, 'MERCHANT');
  const m = state.mediation;
  if (phase === 'MEDIATION' && m!.stage === 'REQUESTED' && !m!.admissibilityOverdue) add('ADMISSIBILITY_DUE', m!.admissibilityDueAt, 'MEDIATOR');
  if (phase === 'MEDIATION' && m!.stage === 'ADMISSIBLE' && !m!.outcomeOverdue) add('MEDIATION_OUTCOME_DUE', m!.outcomeDueAt!, 'MEDIATOR');
  // The answer period of the mediator's pending proposal (R612-4), owed by whichever side has not
  // accepted it. No reminder: the proposal's notification gives the date, and a reminder names one
  // party owing it (a follow-up, not part of this period).
  const proposal = phase === 'MEDIATION' ? m!.settlements.find((x) => x.status === 'PROPOSED' && x.answerDueAt) : undefined;
  if (proposal) {
    const owing = (['CONSUMER', 'MERCHANT'] as const).filter((side) => !proposal.acceptedBy.includes(side));
    add('SETTLEMENT_ANSWER', proposal.answerDueAt!, owing.length === 1 ? owing[0]! : 'PARTIES', undefined, false);
  }
  return open.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
