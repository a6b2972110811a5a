import { DomainError, fieldProblem, invalidInput, type DisputeEvent } from '@recours/disputes';
import { firstRefusal } from './refusal-precedence';

const events: DisputeEvent[] = [];
const notAParty = new DomainError('NOT_A_PARTY', { reason: 'NOT_YOUR_CLAIM' });
const wrongRole = new DomainError('ROLE_NOT_ALLOWED', { roles: 'MERCHANT' });
const rule = new DomainError('NOT_YOUR_TURN', { waitingFor: 'MERCHANT' });
const badInput = invalidInput('reason', fieldProblem('BLANK'));

describe('firstRefusal: which answer a caller hears first', () => {
  it('nothing when the decision stands and the version and key are the caller’s', () => {
    expect(firstRefusal(events, { stale: false, foreignKey: false })).toBeNull();
  });

  it('who may act comes before a stale version and another party’s key, so an outsider learns nothing', () => {
    for (const refusal of [notAParty, wrongRole, new DomainError('NO_MANDATE'), new DomainError('DISPUTE_NOT_FOUND')]) {
      expect(firstRefusal(refusal, { stale: true, foreignKey: true })).toBe(refusal);
    }
  });

  it('another party’s key comes next, named as the field at fault', () => {
    expect(firstRefusal(rule, { stale: true, foreignKey: true })).toMatchObject({ code: 'INVALID_INPUT', field: 'commandId' });
    expect(firstRefusal(events, { stale: false, foreignKey: true })).toMatchObject({ code: 'INVALID_INPUT', field: 'commandId' });
  });

  it('then the stale version, before any rule of the moment or the payload', () => {
    expect(firstRefusal(rule, { stale: true, foreignKey: false })).toBe('STALE');
    expect(firstRefusal(badInput, { stale: true, foreignKey: false })).toBe('STALE');
    expect(firstRefusal(events, { stale: true, foreignKey: false })).toBe('STALE');
  });

  it('then the decider’s own refusal', () => {
    expect(firstRefusal(rule, { stale: false, foreignKey: false })).toBe(rule);
    expect(firstRefusal(badInput, { stale: false, foreignKey: false })).toBe(badInput);
  });
});
