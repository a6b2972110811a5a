import type { DisputeCommandOf } from './command-envelope';

export type GrantRepresentation = DisputeCommandOf<'GrantRepresentation', { associationId: string }>;

export type RevokeRepresentation = DisputeCommandOf<'RevokeRepresentation'>;
