import { dataSubjectOf, PERSONAL_FIELDS, personalPointers } from './personal-data';
import type { DisputeEvent } from './dispute-event';

describe('personal data in events', () => {
  it("composes the sub-domains' declarations into the table erasure and sealing read, each event's entry as it was", () => {
    // The table as it stood, whole, when each sub-domain took over its part (a new event adds its own; these stay).
    expect(PERSONAL_FIELDS).toMatchObject({
      // Her postcode (2026-12-06, optional): where she lives identifies her as her words do.
      ClaimFiled: ['/problem/description', '/problem/chronology/*/what', '/evidence/*/name', '/product/serialNumber', '/purchase/orderReference', '/consumerPostcode'],
      EvidenceAttached: ['/name'],
      MessagePosted: ['/body'],
      ClaimAcknowledged: ['/note'],
      ClaimRejected: ['/reason'],
      MerchantResponseOverdue: [],
      EscalatedInternally: ['/reason'],
      OfferMade: ['/terms'],
      OfferSuperseded: [],
      OfferAccepted: [],
      OfferRejected: ['/reason'],
      OfferExpired: [],
      MediationRequested: ['/summary'],
      MediatorAssigned: [],
      MediationAdmissibilityDecided: ['/reason'],
      SettlementProposed: ['/terms'],
      SettlementAccepted: [],
      SettlementRejected: ['/reason'],
      MediationExtended: ['/reason'],
      AdmissibilityOverdue: [],
      MediationOverdue: [],
      RemedyFulfilled: ['/note'],
      RemedyCarriedOutReported: ['/details'],
      RemedyFailed: ['/description'],
      RemedyOverdue: [],
      FormalNoticeRecorded: [],
      RepresentationGranted: ['/document/name'],
      RepresentationRevoked: [],
      SharedForAdvice: [],
      SharingForAdviceEnded: [],
      CaseAssigned: [],
      CaseUnassigned: [],
      InternalNoteAdded: ['/body'],
      ClaimWithdrawn: ['/reason'],
      DisputeClosed: ['/summary', '/nextSteps/*/text'],
      FeedbackGiven: ['/comment'],
      DeadlineReminderRecorded: [],
      LegalHoldPlaced: ['/reason'],
      LegalHoldLifted: ['/reason'],
      ErasureNoticeGiven: [],
      DisputeErased: [],
      DisputeErasureCompleted: [],
    });
  });

  it('points at each free text, evidence name and identifying reference a filing holds, list items included', () => {
    const filed = {
      type: 'ClaimFiled',
      schemaVersion: 1,
      data: {
        product: { name: 'Phone', category: 'PHONE', brand: 'Acme', serialNumber: 'SN/1~2', condition: 'NEW' },
        purchase: { purchasedOn: '2026-01-01', deliveredOn: '2026-01-02', price: { amount: '499.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
        problem: { description: 'La batterie gonfle', firstNoticedOn: '2026-03-01', chronology: [{ on: '2026-03-01', what: 'a' }, { on: '2026-03-02', what: 'b' }] },
        evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64) }],
        consumerPostcode: '97400',
      },
    } as unknown as DisputeEvent;
    expect(personalPointers(filed)).toEqual([
      '/problem/description',
      '/problem/chronology/0/what',
      '/problem/chronology/1/what',
      '/evidence/0/name',
      '/product/serialNumber',
      '/consumerPostcode',
    ]);
  });

  it('leaves out optional fields that are absent, and events that hold none', () => {
    expect(personalPointers({ type: 'ClaimAcknowledged', schemaVersion: 1, data: { disputeId: 'd' } } as unknown as DisputeEvent)).toEqual([]);
    expect(personalPointers({ type: 'ClaimAcknowledged', schemaVersion: 1, data: { disputeId: 'd', note: 'vu' } } as unknown as DisputeEvent)).toEqual(['/note']);
    expect(personalPointers({ type: 'MediatorAssigned', schemaVersion: 1, data: { mediatorId: 'm' } } as unknown as DisputeEvent)).toEqual([]);
  });

  it("names as data subject whoever wrote the words: the consumer for her claim, the author otherwise, the consumer for the system's", () => {
    const event = (type: string, data: object) => ({ type, schemaVersion: 1, data }) as unknown as DisputeEvent;
    expect(dataSubjectOf(event('ClaimFiled', { consumerId: 'claire' }), { kind: 'CONSUMER', id: 'claire' }, undefined)).toBe('claire');
    expect(dataSubjectOf(event('MessagePosted', { body: 'x' }), { kind: 'CONSUMER', id: 'claire' }, 'claire')).toBe('claire');
    expect(dataSubjectOf(event('MessagePosted', { body: 'x' }), { kind: 'MERCHANT_AGENT', id: 'agent', merchantId: 'm' }, 'claire')).toBe('agent');
    expect(dataSubjectOf(event('MediationAdmissibilityDecided', { reason: 'x' }), { kind: 'MEDIATOR', id: 'med' }, 'claire')).toBe('med');
    expect(dataSubjectOf(event('DisputeClosed', { summary: 'x' }), { kind: 'SYSTEM', id: 'system' }, 'claire')).toBe('claire');
  });
});
