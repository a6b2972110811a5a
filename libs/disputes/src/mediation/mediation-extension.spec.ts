import { deadlines } from '../deadlines/open-deadlines';
import { admissible, agent, command, ctx, day, event, given, inMediation, mediationRequested, mediator, mediatorAssigned, claimFiled, claimRejected, otherMediator, stateOf } from '../testing/dispute-fixtures';

const system = { kind: 'SYSTEM' as const, id: 'mediation-intake' };
/** The file is complete on day 5 (8 March 2025): the 90-day period's last day is 6 June; extended, 4 September (deadlines fall at midnight in Paris after the last day, 22:00 UTC in summer). */
const DUE = { 90: '2025-06-06T22:00:00.000Z', 180: '2025-09-04T22:00:00.000Z' } as const;
const dueAfter = (days: 90 | 180) => DUE[days];

describe('ExtendMediation (R612-5)', () => {
  it('the assigned mediator extends the 90-day period by 90 days for a complex dispute, saying why', () => {
    given(inMediation())
      .when(command('ExtendMediation', day(40), mediator, { reason: 'Two expert reports are needed' }))
      .then([event('MediationExtended', { ...ctx(day(40), mediator), reason: 'Two expert reports are needed', previousOutcomeDueAt: dueAfter(90), outcomeDueAt: dueAfter(180) })]);
  });

  it('moves the open outcome deadline, even once the first one was recorded as missed', () => {
    const missed = event('MediationOverdue', { ...ctx(dueAfter(90), system), dueAt: dueAfter(90) });
    expect(deadlines(stateOf([...inMediation(), missed])).find((d) => d.kind === 'MEDIATION_OUTCOME_DUE')).toBeUndefined();
    given([...inMediation(), missed]).when(command('ExtendMediation', day(100), mediator, { reason: 'Complex' })).thenState((s) => {
      expect(deadlines(s).find((d) => d.kind === 'MEDIATION_OUTCOME_DUE')?.dueAt).toBe(dueAfter(180));
    });
  });

  it('once only, once the file is complete, and by the assigned mediator alone', () => {
    const extended = event('MediationExtended', { ...ctx(day(40), mediator), reason: 'Complex', previousOutcomeDueAt: dueAfter(90), outcomeDueAt: dueAfter(180) });
    given([...inMediation(), extended]).when(command('ExtendMediation', day(50), mediator, { reason: 'Again' })).thenFails('MEDIATION_ALREADY_EXTENDED');
    given([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()]).when(command('ExtendMediation', day(5), mediator, { reason: 'Complex' })).thenFails('EXTENSION_BEFORE_ADMISSIBILITY');
    given(inMediation()).when(command('ExtendMediation', day(40), agent, { reason: 'Complex' })).thenFails('ROLE_NOT_ALLOWED');
    given(inMediation()).when(command('ExtendMediation', day(40), otherMediator, { reason: 'Complex' })).thenFails('NOT_A_PARTY');
    given(inMediation()).when(command('ExtendMediation', day(40), mediator, { reason: ' ' })).thenFails('INVALID_INPUT', 'reason');
  });
});

describe('AssignMediator by the mediation body’s intake', () => {
  const requested = [claimFiled(), claimRejected(), mediationRequested()];
  it('the intake (SYSTEM) assigns an unassigned request', () => {
    given(requested).when(command('AssignMediator', day(3), system, { mediatorId: mediator.id, unassignedOnly: true })).then([event('MediatorAssigned', { ...ctx(day(3), system), mediatorId: mediator.id })]);
  });
  it('a case taken meanwhile is not taken from its mediator', () => {
    given([...requested, mediatorAssigned()]).when(command('AssignMediator', day(5), system, { mediatorId: otherMediator.id, unassignedOnly: true })).thenFails('CASE_ALREADY_TAKEN');
  });
  it('the admin still replaces a mediator', () => {
    given([...requested, mediatorAssigned(), admissible()])
      .when(command('AssignMediator', day(6), { kind: 'ADMIN' as const, id: 'admin-1' }, { mediatorId: otherMediator.id }))
      .then([event('MediatorAssigned', { ...ctx(day(6), { kind: 'ADMIN' as const, id: 'admin-1' }), mediatorId: otherMediator.id, replacedMediatorId: mediator.id })]);
  });
});
