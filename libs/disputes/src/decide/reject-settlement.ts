import type { RejectSettlement } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { checked, identifier, text } from '../validation/input';
import { MAX_REASON } from '../validation/shapes';
import { hasSettlementToAnswer, settlementAnswerable, settlementToAnswer } from './answer-settlement';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** A side turns the proposal down; the mediator may propose again or end the mediation. */
export const rejectSettlement: CommandHandler<RejectSettlement> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard: settlementAnswerable,
  hasTarget: hasSettlementToAnswer,
  validate: (c) =>
    checked(() => {
      identifier(c.settlementId, 'settlementId');
      text(c.reason, 'reason', { max: MAX_REASON });
    }),
  decide(c, dispute, party, at) {
    const settlement = settlementToAnswer(dispute, party, c.settlementId);
    if (settlement instanceof DomainError) return settlement;
    return [
      {
        type: 'SettlementRejected',
        schemaVersion: 1,
        data: { ...contextOf(dispute, party, at), settlementId: settlement.settlementId, side: party.side!, reason: c.reason },
      },
    ];
  },
};
