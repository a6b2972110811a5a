import { addDays, daysBetween, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { reminderKey } from './deadlines.events';
import { phaseOf } from '../phase';
import type { Dispute, DisputeState, SettlementState } from '../state';
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
  /** The pending proposal, for SETTLEMENT_ANSWER. */
  settlementId?: string;
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
 * days before that nobody sent), so only steps after the last recorded one are left. `refersTo`:
 * the offer or the proposal the deadline is about, if any.
 */
export function pendingReminders(state: Dispute, kind: DeadlineKind, refersTo: string | undefined, dueAt: Instant): { day: number; at: Instant }[] {
  const steps = reminderStepsOf(state, kind, dueAt);
  const recorded = steps.map((day) => state.reminders.includes(reminderKey(kind, refersTo, dueAt, day)));
  const after = recorded.lastIndexOf(true) + 1;
  return steps.slice(after).map((day) => ({ day, at: reminderAt(dueAt, day) }));
}

/**
 * The reminder steps of a deadline: the policy's (3 days before, then the day before), but for a
 * proposal's answer period (R612-4), whose parties hear of it once, with `settlementReminderDays`.
 */
function reminderStepsOf(state: Dispute, kind: DeadlineKind, dueAt: Instant): number[] {
  if (kind !== 'SETTLEMENT_ANSWER') return reminderSteps(state.policy);
  const proposal = state.mediation?.settlements.find((x) => x.status === 'PROPOSED' && x.answerDueAt === dueAt);
  const days = proposal ? settlementReminderDays(proposal, state.policy.reminderDaysBefore) : null;
  return days === null ? [] : [days];
}

/**
 * When the parties who have not answered a proposal are reminded of its answer date: once, as
 * many days before as the policy's first reminder (3 by default) when that falls in the second
 * half of the period, else the day before (opening on its last day: a short period, 1 to 5 days
 * near the mediation's end, would otherwise be reminded the day it was proposed, with the
 * proposal's own notice). None when the policy disables reminders, nor when the period ends the
 * day it was proposed (the proposal's notice is the reminder).
 */
export function settlementReminderDays(proposal: Pick<SettlementState, 'proposedAt' | 'answerDueOn' | 'answerDueAt'>, policyDaysBefore: number): number | null {
  if (policyDaysBefore <= 0 || !proposal.answerDueAt) return null;
  const periodDays = daysBetween(parisDateOf(proposal.proposedAt), proposal.answerDueOn ?? lastDayOf(proposal.answerDueAt));
  if (periodDays < 1) return null;
  return policyDaysBefore <= periodDays / 2 ? policyDaysBefore : 1;
}

/** The instant a reminder `days` before the deadline opens: the start of that day in Paris (`days` before the day after the last one). */
export const reminderAt = (dueAt: Instant, days: number): Instant => startOf(addDays(lastDayOf(dueAt), 1 - days));

/**
 * The deadlines still running: each disappears once met or once its passing is recorded, so a
 * process manager can poll this list without sending anything twice.
 */
export function deadlines(state: DisputeState): OpenDeadline[] {
  if (!state.filed) return [];
  const phase = phaseOf(state);
  const open: OpenDeadline[] = [];
  const add = (kind: DeadlineKind, dueAt: Instant, owedBy: OpenDeadline['owedBy'], refersTo?: { offerId: string } | { settlementId: string }) => {
    const steps = reminderStepsOf(state, kind, dueAt);
    const pending = pendingReminders(state, kind, refersTo && ('offerId' in refersTo ? refersTo.offerId : refersTo.settlementId), dueAt);
    const next = pending[0];
    open.push({
      kind,
      dueOn: lastDayOf(dueAt),
      dueAt,
      owedBy,
      ...refersTo,
      remindAt: steps.length === 0 ? null : (next?.at ?? reminderAt(dueAt, steps[steps.length - 1]!)),
      reminded: steps.length > 0 && next === undefined,
      ...(next && { nextReminderDays: next.day }),
    });
  };

  if (phase === 'NEGOTIATION' && state.merchantResponse && !state.merchantResponse.overdue) {
    add('MERCHANT_RESPONSE', state.merchantResponse.dueAt, 'MERCHANT');
  }
  if (phase === 'NEGOTIATION' || phase === 'MEDIATION') {
    for (const offer of state.offers) {
      if (offer.status === 'LIVE') add('OFFER_EXPIRY', offer.expiresAt, otherSide(offer.side), { offerId: offer.offerId });
    }
  }
  // Reported carried out: the merchant's clock stops, the consumer's 14 days to confirm or contest run.
  if (phase === 'AGREEMENT' && state.agreement!.carriedOut) add('REMEDY_CONFIRMATION', state.agreement!.carriedOut.confirmationDueAt, 'CONSUMER');
  else if (phase === 'AGREEMENT' && !state.agreement!.overdue) add('REMEDY_DUE', state.agreement!.dueAt, 'MERCHANT');
  const m = state.mediation;
  if (phase === 'MEDIATION' && m!.stage === 'REQUESTED' && !m!.admissibilityOverdue) add('ADMISSIBILITY_DUE', m!.admissibilityDueAt, 'MEDIATOR');
  if (phase === 'MEDIATION' && m!.stage === 'ADMISSIBLE' && !m!.outcomeOverdue) add('MEDIATION_OUTCOME_DUE', m!.outcomeDueAt!, 'MEDIATOR');
  // The answer period of the mediator's pending proposal (R612-4), owed by whichever side has not
  // accepted it (PARTIES: both), who are reminded of it once (settlementReminderDays).
  const proposal = phase === 'MEDIATION' ? m!.settlements.find((x) => x.status === 'PROPOSED' && x.answerDueAt) : undefined;
  if (proposal) {
    const owing = (['CONSUMER', 'MERCHANT'] as const).filter((side) => !proposal.acceptedBy.includes(side));
    add('SETTLEMENT_ANSWER', proposal.answerDueAt!, owing.length === 1 ? owing[0]! : 'PARTIES', { settlementId: proposal.settlementId });
  }
  return open.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
