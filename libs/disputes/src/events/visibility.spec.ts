import { association, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { ctx, event } from '../testing/dispute-spec';
import { MERCHANT_INTERNAL_EVENTS, merchantsOwn, onSharedRecord, visibleTo } from './visibility';
import { DISPUTE_EVENT_TYPES, type DisputeEvent } from './dispute-event';
import type { MessageVisibility } from '../values/message-visibility';

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

  it('a renounced mandate, and its reason, are told to the consumer’s side only (C. civ. art. 2007: the mandataire notifies the mandant)', () => {
    const renounced = event('RepresentationRenounced', { ...ctx(day(2), association), onBehalfOf: consumer.id, associationId: association.id, reason: 'Dossier que nous ne pouvons plus suivre' });
    expect(visibleTo(renounced)).toEqual(['CONSUMER', 'ASSOCIATION']);
    expect(onSharedRecord(renounced)).toBe(false);
  });

  it('that the association no longer represents the consumer, without the reason, is on the shared record, as a revocation is', () => {
    const ended = event('RepresentationEnded', { ...ctx(day(2), association), onBehalfOf: consumer.id, associationId: association.id });
    expect(visibleTo(ended)).toEqual(['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION']);
    expect(onSharedRecord(ended)).toBe(true);
  });

  it("each sub-domain's word on its events reads as the rules did when it moved there: only these are kept from the shared record", () => {
    const kept = { SharedForAdvice: ['CONSUMER', 'ASSOCIATION'], SharingForAdviceEnded: ['CONSUMER', 'ASSOCIATION'], CaseAssigned: ['MERCHANT'], CaseUnassigned: ['MERCHANT'], InternalNoteAdded: ['MERCHANT'] } as Record<string, string[]>;
    // The events there were then: a later one's readers are its own decision, declared beside it.
    const then = new Set([
      'ClaimFiled', 'EvidenceAttached', 'MessagePosted', 'ClaimAcknowledged', 'ClaimRejected',
      'MerchantResponseOverdue', 'EscalatedInternally', 'FormalNoticeRecorded', 'OfferMade',
      'OfferSuperseded', 'OfferAccepted', 'OfferRejected', 'OfferExpired', 'MediationRequested',
      'MediatorAssigned', 'MediationAdmissibilityDecided', 'SettlementProposed', 'SettlementAccepted',
      'SettlementRejected', 'MediationExtended', 'AdmissibilityOverdue', 'MediationOverdue',
      'RemedyFulfilled', 'RemedyCarriedOutReported', 'RemedyFailed', 'RemedyOverdue', 'RepresentationGranted',
      'RepresentationRevoked', 'SharedForAdvice', 'SharingForAdviceEnded', 'ClaimWithdrawn', 'DisputeClosed',
      'FeedbackGiven', 'DeadlineReminderRecorded', 'CaseAssigned', 'CaseUnassigned', 'InternalNoteAdded',
      'LegalHoldPlaced', 'LegalHoldLifted', 'ErasureNoticeGiven', 'DisputeErased', 'DisputeErasureCompleted',
    ]);
    expect(DISPUTE_EVENT_TYPES.filter((type) => then.has(type))).toHaveLength(then.size);
    for (const type of DISPUTE_EVENT_TYPES.filter((t) => then.has(t))) {
      const e = { type, schemaVersion: 1, data: { ...ctx(day(1), consumer), visibility: 'ALL' } } as unknown as DisputeEvent;
      expect({ type, readers: visibleTo(e), shared: onSharedRecord(e) }).toEqual({ type, readers: kept[type] ?? ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'], shared: !kept[type] });
    }
    expect(MERCHANT_INTERNAL_EVENTS.filter((type) => then.has(type))).toEqual(['CaseAssigned', 'CaseUnassigned', 'InternalNoteAdded']);
    expect(merchantsOwn({ type: 'OfferMade' })).toBe(false);
  });

  it('a message is read by whom it is addressed to; the admin reads those on the shared record only', () => {
    const message = (visibility: MessageVisibility) => event('MessagePosted', { ...ctx(day(1), consumer), messageId: 'm', body: 'b', visibility });
    expect(visibleTo(message('CONSUMER_AND_MEDIATOR'))).toEqual(['CONSUMER', 'MEDIATOR', 'ASSOCIATION']);
    expect(visibleTo(message('MEDIATOR_ONLY'))).toEqual(['MEDIATOR']);
    expect(onSharedRecord(message('MERCHANT_AND_MEDIATOR'))).toBe(false);
    expect(onSharedRecord(message('ALL'))).toBe(true);
  });
});
