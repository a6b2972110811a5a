import { association, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { ctx, event } from '../testing/dispute-spec';
import { onSharedRecord, visibleTo } from './visibility';

describe('who reads an event on the record', () => {
  it('whom the consumer asks for advice is hers: the merchant, the mediator and the admin do not read it', () => {
    for (const type of ['SharedForAdvice', 'SharingForAdviceEnded'] as const) {
      const shared = event(type, { ...ctx(day(1), consumer), associationId: association.id });
      expect(visibleTo(shared)).toEqual(['CONSUMER', 'ASSOCIATION']);
      expect(onSharedRecord(shared)).toBe(false);
    }
  });

  it('a mandate is on the shared record, for every party and the admin', () => {
    const granted = event('RepresentationGranted', { ...ctx(day(1), consumer), associationId: association.id });
    expect(visibleTo(granted)).toEqual(['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION']);
    expect(onSharedRecord(granted)).toBe(true);
  });
});
