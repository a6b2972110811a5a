import type { ProposeSettlement } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { checked, identifier } from '../validation/input';
import { remedyTerms } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { mediating } from './guards';
import { contextOf } from './parties';
import { checkRemedyTerms } from './remedy-terms';

/** The mediator proposes a solution once the file is admissible; a new proposal replaces a pending one. */
export const proposeSettlement: CommandHandler<ProposeSettlement> = {
  roles: ['MEDIATOR'],
  guard: (dispute) =>
    mediating(dispute) ??
    (dispute.mediation!.stage === 'REQUESTED'
      ? new DomainError('ADMISSIBILITY_NOT_DECIDED', 'a settlement is proposed only once the request is found admissible')
      : null),
  validate: (c) =>
    checked(() => {
      identifier(c.settlementId, 'settlementId');
      remedyTerms(c as unknown as Record<string, unknown>, true);
    }),
  decide(c, dispute, party, at) {
    const settlements = dispute.mediation!.settlements;
    if (settlements.some((x) => x.settlementId === c.settlementId)) {
      return new DomainError('DUPLICATE_SETTLEMENT', `settlement ${c.settlementId} already exists`);
    }
    const terms = checkRemedyTerms(remedyTerms(c as unknown as Record<string, unknown>, true), 'REMEDY', dispute);
    if (terms instanceof DomainError) return terms;
    const pending = settlements.find((x) => x.status === 'PROPOSED');
    return [
      {
        type: 'SettlementProposed',
        schemaVersion: 1,
        data: { ...contextOf(dispute, party, at), settlementId: c.settlementId, ...terms, ...(pending && { replacesSettlementId: pending.settlementId }) },
      },
    ];
  },
};
