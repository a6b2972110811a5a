import { DISPUTE_EVENT_SCHEMA_VERSIONS } from './dispute-event';
import { createUpcaster, EventUpcastError, upcastDisputeEvent } from './upcasting';

describe('upcasting stored events', () => {
  const data = { disputeId: 'd', at: '2025-03-04T10:00:00.000Z', by: { kind: 'CONSUMER', id: 'c' } };

  it('passes current events through, reading a missing version as 1', () => {
    expect(upcastDisputeEvent({ type: 'ClaimWithdrawn', schemaVersion: 1, data })).toEqual({ type: 'ClaimWithdrawn', schemaVersion: 1, data });
    expect(upcastDisputeEvent({ type: 'ClaimWithdrawn', data })).toEqual({ type: 'ClaimWithdrawn', schemaVersion: 1, data });
  });

  it('chains the steps from the stored version to the current one, in order', () => {
    const upcast = createUpcaster(
      {
        ClaimWithdrawn: {
          1: (d) => ({ ...(d as object), reason: 'unknown' }),
          2: (d) => ({ ...(d as object), reasonCode: `code:${(d as { reason: string }).reason}` }),
        },
      },
      { ...DISPUTE_EVENT_SCHEMA_VERSIONS, ClaimWithdrawn: 3 },
    );
    expect(upcast({ type: 'ClaimWithdrawn', schemaVersion: 1, data })).toEqual({
      type: 'ClaimWithdrawn',
      schemaVersion: 3,
      data: { ...data, reason: 'unknown', reasonCode: 'code:unknown' },
    });
    expect(upcast({ type: 'ClaimWithdrawn', schemaVersion: 2, data: { ...data, reason: 'moved' } }).data).toEqual({ ...data, reason: 'moved', reasonCode: 'code:moved' });
  });

  it.each([
    ['an unknown type', { type: 'ClaimTeleported', data }, /unknown dispute event type/],
    ['a version from newer code', { type: 'ClaimWithdrawn', schemaVersion: 2, data }, /not readable/],
    ['a version 0', { type: 'ClaimWithdrawn', schemaVersion: 0, data }, /not readable/],
    ['a fractional version', { type: 'ClaimWithdrawn', schemaVersion: 1.5, data }, /not readable/],
  ])('refuses %s', (_case, stored, message) => {
    expect(() => upcastDisputeEvent(stored)).toThrow(EventUpcastError);
    expect(() => upcastDisputeEvent(stored)).toThrow(message);
  });

  it('refuses an old version with no step registered', () => {
    const upcast = createUpcaster({}, { ...DISPUTE_EVENT_SCHEMA_VERSIONS, OfferMade: 2 });
    expect(() => upcast({ type: 'OfferMade', schemaVersion: 1, data })).toThrow('no upcaster for OfferMade from v1 to v2');
  });
});
