import { DISPUTE_EVENT_TYPES, isDisputeEventType } from './dispute-event';
import { disputeStreamId } from '../stream';

describe('dispute event types', () => {
  it('lists every event a projection may subscribe to', () => {
    expect(DISPUTE_EVENT_TYPES).toEqual([
      'ClaimFiled',
      'EvidenceAttached',
      'MessagePosted',
      'ClaimAcknowledged',
      'ClaimRejected',
      'EscalatedInternally',
      'MerchantResponseOverdue',
      'OfferMade',
      'OfferSuperseded',
      'OfferAccepted',
      'OfferRejected',
      'OfferExpired',
      'MediationRequested',
      'MediatorAssigned',
      'MediationAdmissibilityDecided',
      'SettlementProposed',
      'SettlementAccepted',
      'SettlementRejected',
      'AdmissibilityOverdue',
      'MediationOverdue',
      'RemedyFulfilled',
      'RemedyFailed',
      'RemedyOverdue',
      'RepresentationGranted',
      'RepresentationRevoked',
      'DeadlineReminderRecorded',
      'ClaimWithdrawn',
      'DisputeClosed',
      'FeedbackGiven',
    ]);
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
