import { DISPUTE_EVENT_TYPES, isDisputeEventType } from './dispute-event';
import { disputeStreamId } from '../stream';
import { PERSONAL_FIELDS } from './personal-data';

describe('dispute event types', () => {
  it('lists every event a projection may subscribe to: the same ones the personal-data table knows', () => {
    // Each sub-domain declares its events (`satisfies SchemaVersions<...>` makes it list all of
    // them), so the list is not repeated here: a new event would only have had to be copied in.
    expect([...DISPUTE_EVENT_TYPES].sort()).toEqual(Object.keys(PERSONAL_FIELDS).sort());
    expect(DISPUTE_EVENT_TYPES).toEqual(expect.arrayContaining(['ClaimFiled', 'OfferMade', 'MediationRequested', 'DisputeClosed', 'DisputeErasureCompleted']));
  });

  it('recognises its own type names only', () => {
    expect(isDisputeEventType('OfferMade')).toBe(true);
    expect(isDisputeEventType('toString')).toBe(false);
    expect(isDisputeEventType(42)).toBe(false);
  });

  it('keeps each dispute in its own stream', () => {
    expect(disputeStreamId('42')).toBe('dispute-42');
  });
});
