import type { GrantRepresentation } from '../commands/representation-commands';
import { DomainError } from '../errors';
import { checked, identifier } from '../validation/input';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** The consumer, in person, gives one association a mandate on this dispute. */
export const grantRepresentation: CommandHandler<GrantRepresentation> = {
  roles: ['CONSUMER'],
  guard: (dispute) =>
    dispute.mandate
      ? new DomainError('MANDATE_ALREADY_GRANTED', `association ${dispute.mandate.associationId} already holds the mandate: revoke it first`)
      : null,
  validate: (c) => checked(() => identifier(c.associationId, 'associationId')),
  decide: (c, dispute, party, at) => [
    { type: 'RepresentationGranted', schemaVersion: 1, data: { ...contextOf(dispute, party, at), associationId: c.associationId } },
  ],
};
