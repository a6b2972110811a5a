import type { DisputeEvent } from './dispute-event';
import type { NotificationRule, NotificationsOf } from './notification-intent';
import { CLAIM_NOTIFICATIONS } from '../claim/claim.events';
import { ANSWERS_NOTIFICATIONS } from '../answers/answers.events';
import { ESCALATION_NOTIFICATIONS } from '../escalation/escalation.events';
import { FORMAL_NOTICE_NOTIFICATIONS } from '../formal-notice/formal-notice.events';
import { OFFERS_NOTIFICATIONS } from '../offers/offers.events';
import { MEDIATION_NOTIFICATIONS } from '../mediation/mediation.events';
import { REMEDY_NOTIFICATIONS } from '../remedy/remedy.events';
import { REPRESENTATION_NOTIFICATIONS } from '../representation/representation.events';
import { CLOSURE_NOTIFICATIONS } from '../closure/closure.events';
import { FEEDBACK_NOTIFICATIONS } from '../feedback/feedback.events';
import { DEADLINES_NOTIFICATIONS } from '../deadlines/deadlines.events';
import { TEAM_NOTIFICATIONS } from '../team/team.events';
import { RETENTION_NOTIFICATIONS } from '../retention/retention.events';

/** Whom each event tells, as each sub-domain declares it beside its events (`<X>_NOTIFICATIONS`). */
export const DISPUTE_NOTIFICATIONS: NotificationsOf<DisputeEvent> = {
  ...CLAIM_NOTIFICATIONS,
  ...ANSWERS_NOTIFICATIONS,
  ...ESCALATION_NOTIFICATIONS,
  ...FORMAL_NOTICE_NOTIFICATIONS,
  ...OFFERS_NOTIFICATIONS,
  ...MEDIATION_NOTIFICATIONS,
  ...REMEDY_NOTIFICATIONS,
  ...REPRESENTATION_NOTIFICATIONS,
  ...CLOSURE_NOTIFICATIONS,
  ...FEEDBACK_NOTIFICATIONS,
  ...DEADLINES_NOTIFICATIONS,
  ...TEAM_NOTIFICATIONS,
  ...RETENTION_NOTIFICATIONS,
};

/** The rule an event's sub-domain declared for its type (null: it tells nobody). */
export const notificationRuleOf = (event: DisputeEvent): NotificationRule<DisputeEvent> => (Object.hasOwn(DISPUTE_NOTIFICATIONS, event.type) ? (DISPUTE_NOTIFICATIONS[event.type] as NotificationRule<DisputeEvent>) : null);
