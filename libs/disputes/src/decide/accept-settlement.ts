import type { AcceptSettlement } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { periodOfDays } from '../values/instant';
import { otherSide } from '../values/actor';
import { checked, identifier } from '../validation/input';
import { supersededByAgreement } from './answer-offer';
import { hasSettlementToAnswer, settlementAnswerable, settlementToAnswer } from './answer-settlement';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** Each side accepts the mediator's proposal; the second acceptance is the agreement. */
export const acceptSettlement: CommandHandler<AcceptSettlement> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard: settlementAnswerable,
  hasTarget: hasSettlementToAnswer,
  validate: (c) => checked(() => identifier(c.settlementId, 'settlementId')),
  decide(c, dispute, party, at) {
    const settlement = settlementToAnswer(dispute, party, c.settlementId);
    if (settlement instanceof DomainError) return settlement;
    const context = contextOf(dispute, party, at);
    const side = party.side!;
    if (!settlement.acceptedBy.includes(otherSide(side))) {
      return [{ type: 'SettlementAccepted', schemaVersion: 1, data: { ...context, settlementId: settlement.settlementId, side, agreementReached: false } }];
    }
    const due = periodOfDays(at, settlement.daysToCarryOut);
    return [
      {
        type: 'SettlementAccepted',
        schemaVersion: 1,
        data: { ...context, settlementId: settlement.settlementId, side, agreementReached: true, remedyDueOn: due.dueOn, remedyDueAt: due.dueAt },
      },
      ...supersededByAgreement(dispute, context, settlement.settlementId),
    ];
  },
};
