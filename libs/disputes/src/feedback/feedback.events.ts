import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import type { NotificationsOf } from '../events/notification-intent';

/** The consumer's rating of the experience, once the dispute is over. */
export type FeedbackGiven = DisputeEventOf<'FeedbackGiven', EventContext & { rating: number; comment?: string }>;

export type FeedbackEvent = FeedbackGiven;

export const FEEDBACK_EVENT_VERSIONS = { FeedbackGiven: 1 } as const satisfies SchemaVersions<FeedbackEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const FEEDBACK_PERSONAL_FIELDS = { FeedbackGiven: ['/comment'] } as const satisfies PersonalFields<FeedbackEvent>;

/** Who reads each event (events/visibility.ts). */
export const FEEDBACK_READERS = { FeedbackGiven: 'SHARED' } as const satisfies ReadersOf<FeedbackEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const FEEDBACK_NOTIFICATIONS: NotificationsOf<FeedbackEvent> = { FeedbackGiven: null };

export const feedbackEvolution: Evolution<FeedbackEvent> = {
  FeedbackGiven(s, event) {
    const { rating, comment, at } = event.data;
    return { ...s, feedback: { rating, ...(comment && { comment }), at } };
  },
};
