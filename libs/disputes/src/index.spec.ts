import * as api from './index';

describe('the public API (@recours/disputes)', () => {
  it('exports nothing undefined (an import cycle would leave holes)', () => {
    const missing = Object.entries(api).filter(([, value]) => value === undefined).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('offers the decider, its helpers and the lists a projection or an API needs', () => {
    expect(Object.keys(api.disputeDecider).sort()).toEqual(['decide', 'evolve', 'initialState']);
    expect(api.DISPUTE_STATUSES).toEqual(['AWAITING_MERCHANT', 'AWAITING_CONSUMER', 'REJECTED', 'ESCALATED', 'MEDIATION_REQUESTED', 'IN_MEDIATION', 'AGREED', 'RESOLVED', 'UNRESOLVED', 'WITHDRAWN']);
    expect(api.disputeStreamId('abc')).toBe(`${api.DISPUTE_STREAM_PREFIX}abc`);
    // Every command once, filing first (not a count: a new command would only have had to bump it).
    expect(api.DISPUTE_COMMAND_TYPES).toEqual(['FileClaim', ...Object.keys(api.COMMAND_DESCRIPTIONS).filter((type) => type !== 'FileClaim')]);
    expect(api.DISPUTE_COMMAND_TYPES).toEqual(expect.arrayContaining(['PostMessage', 'MakeOffer', 'RequestMediation', 'CloseDispute', 'GiveFeedback']));
    expect(api.DISPUTE_EVENT_UPCAST_STEPS).toEqual({});
    expect(api.periodEndingOn('2025-03-13')).toEqual({ dueOn: '2025-03-13', dueAt: '2025-03-13T23:00:00.000Z' });
  });

  it('gives every refusal a distinct, stable code', () => {
    expect(new Set(api.DOMAIN_ERROR_CODES).size).toBe(api.DOMAIN_ERROR_CODES.length);
    expect(api.isDomainError(new api.DomainError('NOT_YOUR_TURN', { waitingFor: 'MERCHANT' }))).toBe(true);
    expect(api.isDomainError(new Error('NOT_YOUR_TURN'))).toBe(false);
  });
});
