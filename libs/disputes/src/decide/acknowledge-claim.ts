import type { AcknowledgeClaim } from '../commands/claim-commands';
import { DomainError } from '../errors';
import { checked, optionalText } from '../validation/input';
import { MAX_NOTE } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { negotiating, onTurn } from './guards';
import { contextOf } from './parties';

/** The merchant says it has the claim in hand, once per dispute; the response clock keeps running. */
export const acknowledgeClaim: CommandHandler<AcknowledgeClaim> = {
  roles: ['MERCHANT'],
  guard: (dispute) =>
    negotiating(dispute) ??
    onTurn(dispute, 'MERCHANT') ??
    (dispute.acknowledgedAt ? new DomainError('ALREADY_ACKNOWLEDGED', `the claim was acknowledged at ${dispute.acknowledgedAt}`) : null),
  validate: (c) => checked(() => optionalText(c.note, 'note', { max: MAX_NOTE })),
  decide: (c, dispute, party, at) => [
    { type: 'ClaimAcknowledged', schemaVersion: 1, data: { ...contextOf(dispute, party, at), ...(c.note !== undefined && { note: c.note }) } },
  ],
};
