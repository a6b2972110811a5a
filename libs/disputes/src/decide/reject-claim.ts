import type { RejectClaim } from '../commands/claim-commands';
import type { DisputeEvent } from '../events/dispute-event';
import { checked, text } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { negotiating, onTurn } from './guards';
import { contextOf } from './parties';

/** The merchant refuses in writing; a counter-offer on the table is refused with the claim. */
export const rejectClaim: CommandHandler<RejectClaim> = {
  roles: ['MERCHANT'],
  guard: (dispute) => negotiating(dispute) ?? onTurn(dispute, 'MERCHANT'),
  validate: (c) => checked(() => text(c.reason, 'reason', { max: MAX_REASON })),
  decide(c, dispute, party, at) {
    const context = contextOf(dispute, party, at);
    const counter = dispute.offers.find((o) => o.side === 'CONSUMER' && o.status === 'LIVE');
    const events: DisputeEvent[] = [];
    if (counter) events.push({ type: 'OfferRejected', schemaVersion: 1, data: { ...context, offerId: counter.offerId, reason: c.reason } });
    events.push({ type: 'ClaimRejected', schemaVersion: 1, data: { ...context, reason: c.reason, level: dispute.escalation.level } });
    return events;
  },
};
