/** The event-store stream holding one dispute's events. */
export const DISPUTE_STREAM_PREFIX = 'dispute-';

export const disputeStreamId = (disputeId: string): string => `${DISPUTE_STREAM_PREFIX}${disputeId}`;
