import type { AssignMediator } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { checked, identifier } from '../validation/input';
import type { CommandHandler } from './command-handler';
import { mediating } from './guards';
import { contextOf } from './parties';

/** The platform gives a requested mediation its mediator, or replaces one (recusal, absence). */
export const assignMediator: CommandHandler<AssignMediator> = {
  roles: ['ADMIN'],
  guard: (dispute) =>
    dispute.mediation ? mediating(dispute) : new DomainError('MEDIATION_NOT_REQUESTED', 'a mediator is assigned only to a requested mediation'),
  validate: (c) => checked(() => identifier(c.mediatorId, 'mediatorId')),
  decide(c, dispute, party, at) {
    const current = dispute.mediation!.mediatorId;
    if (current === c.mediatorId) return new DomainError('MEDIATOR_ALREADY_ASSIGNED', `${c.mediatorId} is already the mediator`);
    return [
      {
        type: 'MediatorAssigned',
        schemaVersion: 1,
        data: { ...contextOf(dispute, party, at), mediatorId: c.mediatorId, ...(current && { replacedMediatorId: current }) },
      },
    ];
  },
};
