import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';

/** The consumer's rating of the experience, once the dispute is over. */
export type FeedbackGiven = DisputeEventOf<'FeedbackGiven', EventContext & { rating: number; comment?: string }>;

export type FeedbackEvent = FeedbackGiven;

export const FEEDBACK_EVENT_VERSIONS = { FeedbackGiven: 1 } as const satisfies SchemaVersions<FeedbackEvent>;

export const feedbackEvolution: Evolution<FeedbackEvent> = {
  FeedbackGiven(s, event) {
    const { rating, comment, at } = event.data;
    return { ...s, feedback: { rating, ...(comment && { comment }), at } };
  },
};
