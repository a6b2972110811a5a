import type { DisputeEventOf, EventContext } from './event-envelope';

/** The consumer lets a consumer association act on its behalf in this dispute. */
export type RepresentationGranted = DisputeEventOf<'RepresentationGranted', EventContext & { associationId: string }>;

export type RepresentationRevoked = DisputeEventOf<'RepresentationRevoked', EventContext & { associationId: string }>;
