import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';

/** The consumer lets a consumer association act on its behalf in this dispute. */
export type RepresentationGranted = DisputeEventOf<'RepresentationGranted', EventContext & { associationId: string }>;

export type RepresentationRevoked = DisputeEventOf<'RepresentationRevoked', EventContext & { associationId: string }>;

export type RepresentationEvent = RepresentationGranted | RepresentationRevoked;

export const REPRESENTATION_EVENT_VERSIONS = { RepresentationGranted: 1, RepresentationRevoked: 1 } as const satisfies SchemaVersions<RepresentationEvent>;

export const representationEvolution: Evolution<RepresentationEvent> = {
  RepresentationGranted: (s, event) => ({ ...s, mandate: { associationId: event.data.associationId, grantedAt: event.data.at } }),
  RepresentationRevoked: (s) => ({ ...s, mandate: null }),
};
