import type { Instant } from '../values/instant';
import type { DeadlineKind } from '../values/deadline-kind';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { moneyParams, notify, sideAudience, lastDayOf, type Audience, type NotificationsOf } from '../events/notification-intent';

/**
 * The owing party was reminded of a deadline before it passed, once per reminder step.
 * `daysBefore` names the step (absent on reminders recorded when there was one step: the policy's).
 * A proposal's answer period (SETTLEMENT_ANSWER) names its proposal, and may be owed by both sides
 * (PARTIES) when neither has answered yet.
 */
export type DeadlineReminderRecorded = DisputeEventOf<
  'DeadlineReminderRecorded',
  EventContext & { deadline: DeadlineKind; dueAt: Instant; owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'PARTIES'; offerId?: string; settlementId?: string; daysBefore?: number }
>;

export type DeadlinesEvent = DeadlineReminderRecorded;

export const DEADLINES_EVENT_VERSIONS = { DeadlineReminderRecorded: 1 } as const satisfies SchemaVersions<DeadlinesEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const DEADLINES_PERSONAL_FIELDS = { DeadlineReminderRecorded: [] } as const satisfies PersonalFields<DeadlinesEvent>;

/** Who reads each event (events/visibility.ts). */
export const DEADLINES_READERS = { DeadlineReminderRecorded: 'SHARED' } as const satisfies ReadersOf<DeadlinesEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const DEADLINES_NOTIFICATIONS: NotificationsOf<DeadlinesEvent> = {
  DeadlineReminderRecorded: (event, dispute) => {
    const d = event.data;
    const owing: Audience[] = d.owedBy === 'MEDIATOR' ? ['MEDIATOR'] : d.owedBy === 'PARTIES' ? ['CONSUMER_SIDE', 'MERCHANT'] : [sideAudience(d.owedBy)];
    if (d.deadline === 'SETTLEMENT_ANSWER') {
      // Each side that has not answered the mediator's proposal, in words about the proposal (R612-4).
      const settlement = dispute.mediation?.settlements.find((x) => x.settlementId === d.settlementId);
      if (!settlement || d.owedBy === 'MEDIATOR') return null;
      return notify('SETTLEMENT_ANSWER_REMINDER', owing, { remedy: settlement.remedy, ...moneyParams(settlement.amount), answerDueOn: lastDayOf(d.dueAt), daysBefore: d.daysBefore ?? 1 });
    }
    const params = { deadline: d.deadline, dueOn: lastDayOf(d.dueAt), daysBefore: d.daysBefore ?? dispute.policy.reminderDaysBefore };
    // A remedy due soon is news for the consumer too: it is what they wait for.
    return d.deadline === 'REMEDY_DUE' ? notify('REMEDY_DUE_SOON', ['MERCHANT', 'CONSUMER_SIDE'], params) : notify('DEADLINE_REMINDER', owing, params);
  },
};

/**
 * Identifies one reminder of a deadline: a new due date is a new deadline, reminded afresh, and so
 * is a new proposal with the same answer date (`refersTo`: the offer or the proposal, if any).
 */
export const reminderKey = (kind: string, refersTo: string | undefined, dueAt: string, daysBefore: number): string => `${kind}:${refersTo ?? ''}:${dueAt}:${daysBefore}`;

/** A deadline's passing is recorded by the sub-domain it belongs to (MerchantResponseOverdue, OfferExpired, …). */
export const deadlinesEvolution: Evolution<DeadlinesEvent> = {
  DeadlineReminderRecorded(s, event) {
    const { deadline, offerId, settlementId, dueAt, daysBefore } = event.data;
    return { ...s, reminders: [...s.reminders, reminderKey(deadline, offerId ?? settlementId, dueAt, daysBefore ?? s.policy.reminderDaysBefore)] };
  },
};
