import type { RevokeRepresentation } from '../commands/representation-commands';
import { DomainError } from '../errors';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** The consumer ends the mandate; from then on the association cannot act. */
export const revokeRepresentation: CommandHandler<RevokeRepresentation> = {
  roles: ['CONSUMER'],
  guard: (dispute) => (dispute.mandate ? null : new DomainError('NO_MANDATE_TO_REVOKE', 'no association holds a mandate on this dispute')),
  validate: () => null,
  decide: (_c, dispute, party, at) => [
    { type: 'RepresentationRevoked', schemaVersion: 1, data: { ...contextOf(dispute, party, at), associationId: dispute.mandate!.associationId } },
  ],
};
