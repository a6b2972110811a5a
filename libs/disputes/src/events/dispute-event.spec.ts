import { DISPUTE_EVENT_TYPES, isDisputeEventType } from './dispute-event';
import { disputeStreamId } from '../stream';

describe('dispute event types', () => {
  it('lists every event a projection may subscribe to, each once (grouped by sub-domain)', () => {
    expect([...DISPUTE_EVENT_TYPES].sort()).toEqual([
      'ClaimFiled',
      'EvidenceAttached',
      'MessagePosted',
      'ClaimAcknowledged',
      'ClaimRejected',
      'EscalatedInternally',
      'FormalNoticeRecorded',
      'MerchantResponseOverdue',
      'OfferMade',
      'OfferSuperseded',
      'OfferAccepted',
      'OfferRejected',
      'OfferExpired',
      'MediationRequested',
      'MediatorAssigned',
      'MediationAdmissibilityDecided',
      'MediationExtended',
      'SettlementProposed',
      'SettlementAccepted',
      'SettlementRejected',
      'AdmissibilityOverdue',
      'MediationOverdue',
      'RemedyFulfilled',
      'RemedyCarriedOutReported',
      'RemedyFailed',
      'RemedyOverdue',
      'RepresentationGranted',
      'RepresentationRevoked',
      'SharedForAdvice',
      'SharingForAdviceEnded',
      'DeadlineReminderRecorded',
      'ClaimWithdrawn',
      'DisputeClosed',
      'FeedbackGiven',
      'CaseAssigned',
      'CaseUnassigned',
      'InternalNoteAdded',
      'LegalHoldPlaced',
      'LegalHoldLifted',
      'ErasureNoticeGiven',
      'DisputeErased',
      'DisputeErasureCompleted',
    ].sort());
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
