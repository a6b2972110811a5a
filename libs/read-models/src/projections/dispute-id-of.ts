import { DISPUTE_STREAM_PREFIX } from '@recours/disputes';

/** The dispute a stream belongs to: 'dispute-42' holds dispute '42'. */
export const disputeIdOf = (streamId: string): string => streamId.slice(DISPUTE_STREAM_PREFIX.length);
