import { disputeSubjectOf } from './encrypt-events.cli';

describe('whose words an event stored before encryption holds (events:encrypt)', () => {
  const filed = { streamId: 'dispute-1', type: 'ClaimFiled', data: { consumerId: 'claire' }, metadata: { actor: 'consumer:claire' } };
  it('names the author from the actor tag, the consumer for her claim and for system text, within the dispute; nobody outside disputes', () => {
    expect(disputeSubjectOf(filed, [])).toBe('claire@1');
    expect(disputeSubjectOf({ streamId: 'dispute-1', type: 'MessagePosted', data: { body: 'x' }, metadata: { actor: 'merchant_agent:marc' } }, [filed])).toBe('marc@1');
    expect(disputeSubjectOf({ streamId: 'dispute-1', type: 'DisputeClosed', data: { summary: 'x' }, metadata: { actor: 'system:system' } }, [filed])).toBe('claire@1');
    expect(disputeSubjectOf({ streamId: 'account-1', type: 'AccountEmailVerified', data: {}, metadata: { actor: 'consumer:claire' } }, [])).toBeUndefined();
    expect(disputeSubjectOf({ streamId: 'dispute-1', type: 'MessagePosted', data: { body: 'x' }, metadata: {} }, [filed])).toBeUndefined();
  });
});
