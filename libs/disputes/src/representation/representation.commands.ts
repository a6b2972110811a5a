import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import { z } from 'zod';
import { accountId } from '../validation/input';
import type { RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';

export type GrantRepresentation = DisputeCommandOf<'GrantRepresentation', { associationId: string }>;

export type RevokeRepresentation = DisputeCommandOf<'RevokeRepresentation'>;

export type RepresentationCommand = GrantRepresentation | RevokeRepresentation;

/** Who may send each command, when, with what payload, and what it records. */
export const representationRules: RulesOf<RepresentationCommand> = {
  /** The consumer, in person, gives one association a mandate on this dispute. */
  GrantRepresentation: {
    roles: ['CONSUMER'],
    guard: (dispute) =>
      dispute.mandate
        ? new DomainError('MANDATE_ALREADY_GRANTED', { associationId: dispute.mandate.associationId })
        : null,
    payload: z.object({ associationId: accountId('ASSOCIATION').describe('The consumer association given the mandate.') }),
    mutation: { name: 'grantRepresentation', description: 'The consumer gives an association a mandate to act for her on this dispute.' },
    decide: (c, dispute, party, at) => [
      recorded('RepresentationGranted', contextOf(dispute, party, at), { associationId: c.associationId }),
    ],
  },
  /** The consumer ends the mandate; from then on the association cannot act. */
  RevokeRepresentation: {
    roles: ['CONSUMER'],
    guard: (dispute) => (dispute.mandate ? null : new DomainError('NO_MANDATE_TO_REVOKE')),
    payload: z.object({}),
    mutation: { name: 'revokeRepresentation', description: 'The consumer ends the mandate; from then on the association cannot act.' },
    decide: (_c, dispute, party, at) => [
      recorded('RepresentationRevoked', contextOf(dispute, party, at), { associationId: dispute.mandate!.associationId }),
    ],
  },
};
