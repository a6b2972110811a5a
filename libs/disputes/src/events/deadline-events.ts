import type { Instant } from '../values/instant';
import type { DeadlineKind } from '../values/deadline-kind';
import type { DisputeEventOf, EventContext } from './event-envelope';

/** The owing party was reminded of a deadline before it passed (once per deadline). */
export type DeadlineReminderRecorded = DisputeEventOf<
  'DeadlineReminderRecorded',
  EventContext & { deadline: DeadlineKind; dueAt: Instant; owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR'; offerId?: string }
>;
