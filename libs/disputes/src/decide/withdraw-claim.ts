import type { WithdrawClaim } from '../commands/closure-commands';
import { checked, optionalText } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import { noGuard, type CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** The consumer drops the claim, at any stage before the end. */
export const withdrawClaim: CommandHandler<WithdrawClaim> = {
  roles: ['CONSUMER', 'ASSOCIATION'],
  guard: noGuard,
  validate: (c) => checked(() => optionalText(c.reason, 'reason', { max: MAX_REASON })),
  decide: (c, dispute, party, at) => [
    { type: 'ClaimWithdrawn', schemaVersion: 1, data: { ...contextOf(dispute, party, at), ...(c.reason !== undefined && { reason: c.reason }) } },
  ],
};
