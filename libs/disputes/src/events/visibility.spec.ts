import { admin, agent, association, consumer, mediator, system } from '../testing/actors';
import { day } from '../testing/calendar';
import { ctx, event } from '../testing/dispute-spec';
import { FIELDS_READ_BY_ONE_READER, MERCHANT_INTERNAL_EVENTS, merchantsOwn, NO_READER_VERSIONS, onSharedRecord, readByAssociationAlone, readerVersions, readsEvent, VERSION_READERS, versionOf, versionReaderOf, visibleTo, withEvent, withheldFields } from './visibility';
import { PERSONAL_FIELDS } from './personal-data';
import { DISPUTE_EVENT_TYPES, type DisputeEvent } from './dispute-event';
import type { MessageVisibility } from '../values/message-visibility';

/** Another association: one the consumer also consulted, or the one she mandated. */
const otherAssociation = { kind: 'ASSOCIATION' as const, id: 'clcv-lyon' };

describe('who reads an event on the record', () => {
  it('each association reads its own sharing for advice, never another’s; the consumer reads them all', () => {
    for (const type of ['SharedForAdvice', 'SharingForAdviceEnded'] as const) {
      const shared = event(type, { ...ctx(day(1), consumer), associationId: association.id });
      expect(readByAssociationAlone(shared)).toBe(association.id);
      expect(readsEvent('CONSUMER', shared, consumer.id)).toBe(true);
      expect(readsEvent('ASSOCIATION', shared, association.id)).toBe(true);
      expect(readsEvent('ASSOCIATION', shared, otherAssociation.id)).toBe(false);
      // Without the association's account, none: the rule fails closed.
      expect(readsEvent('ASSOCIATION', shared)).toBe(false);
      for (const reader of ['MERCHANT', 'MEDIATOR', 'ADMIN'] as const) expect(readsEvent(reader, shared)).toBe(false);
    }
  });

  it('why an association renounced is read by the consumer and that association alone, not by another association', () => {
    const renounced = event('RepresentationRenounced', { ...ctx(day(2), association), onBehalfOf: consumer.id, associationId: association.id, reason: 'Dossier que nous ne pouvons plus suivre' });
    expect(readsEvent('CONSUMER', renounced, consumer.id)).toBe(true);
    expect(readsEvent('ASSOCIATION', renounced, association.id)).toBe(true);
    expect(readsEvent('ASSOCIATION', renounced, otherAssociation.id)).toBe(false);
    // Its shared face, without the reason, every association reads, as every party does.
    const ended = event('RepresentationEnded', { ...ctx(day(2), association), onBehalfOf: consumer.id, associationId: association.id });
    expect(readByAssociationAlone(ended)).toBeNull();
    expect(readsEvent('ASSOCIATION', ended, otherAssociation.id)).toBe(true);
  });

  it('only the events naming one association are read by it alone: every other event an association reads, every association reads', () => {
    const alone = DISPUTE_EVENT_TYPES.filter((type) => readByAssociationAlone({ type, schemaVersion: 1, data: { ...ctx(day(1), consumer), associationId: association.id, visibility: 'ALL' } } as unknown as DisputeEvent) !== null);
    expect(alone).toEqual(['RepresentationRenounced', 'SharedForAdvice', 'SharingForAdviceEnded']);
  });

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

describe('the versions each reader counts', () => {
  const message = (at: number, visibility: MessageVisibility) => event('MessagePosted', { ...ctx(day(at), consumer), messageId: `m${at}`, body: 'b', visibility });
  const note = (at: number) => event('InternalNoteAdded', { ...ctx(day(at), agent), noteId: `n${at}`, body: 'à rappeler' });
  // The filing stands for any shared event here: only who reads each event counts.
  const stream = [
    message(1, 'ALL'), // 0: shared
    message(2, 'CONSUMER_AND_MEDIATOR'), // the consumer to the mediator alone
    message(3, 'ALL'),
    note(4), // the merchant team's own
    event('SharedForAdvice', { ...ctx(day(5), consumer), associationId: association.id }), // the consumer's side's own
    message(6, 'MERCHANT_AND_MEDIATOR'),
    message(7, 'ALL'),
  ];

  it('an event’s version is how many events before it the reader may read: the events kept from it leave no gap', () => {
    expect(readerVersions(stream, 'MEDIATOR')).toEqual([0, 1, 2, 3, 3, 3, 4]);
    expect(readerVersions(stream, 'MERCHANT')).toEqual([0, 1, 1, 2, 3, 3, 4]);
    expect(readerVersions(stream, 'CONSUMER')).toEqual([0, 1, 2, 3, 3, 4, 4]);
    // The association the consumer shared it with reads what she reads; another one not that sharing.
    expect(readerVersions(stream, 'ASSOCIATION', association.id)).toEqual(readerVersions(stream, 'CONSUMER'));
    expect(readerVersions(stream, 'ASSOCIATION', otherAssociation.id)).toEqual([0, 1, 2, 3, 3, 3, 3]);
    expect(readerVersions(stream, 'ADMIN')).toEqual([0, 1, 1, 2, 2, 2, 2]);
    // Read one by one, only the events the reader reads: 0, 1, 2... as a stream without hidden events.
    for (const [reader, account] of [...VERSION_READERS.map((r) => [r, association.id] as const), ['ASSOCIATION', otherAssociation.id] as const]) {
      const read = readerVersions(stream, reader, account).filter((_, i) => readsEvent(reader, stream[i]!, account));
      expect(read).toEqual(read.map((_, i) => i));
    }
  });

  it('folded event by event, each reader’s version is that of the last event it reads', () => {
    const versions = stream.reduce(withEvent, NO_READER_VERSIONS);
    // The sharing is counted for the association it names alone.
    expect(versions).toEqual({ CONSUMER: 4, MERCHANT: 4, MEDIATOR: 4, ASSOCIATION: 3, ADMIN: 2, OWN: { [association.id]: 1 } });
    expect(versionOf(versions, 'ASSOCIATION', association.id)).toBe(4);
    expect(versionOf(versions, 'ASSOCIATION', otherAssociation.id)).toBe(3);
    expect(stream.slice(0, 4).reduce(withEvent, NO_READER_VERSIONS)).toEqual({ CONSUMER: 2, MERCHANT: 2, MEDIATOR: 2, ASSOCIATION: 2, ADMIN: 1, OWN: {} });
    expect(stream.slice(0, 2).reduce(withEvent, NO_READER_VERSIONS)).toEqual({ CONSUMER: 1, MERCHANT: 0, MEDIATOR: 1, ASSOCIATION: 1, ADMIN: 0, OWN: {} });
    // The same count as readerVersions: after each prefix, the version of the next event less one.
    for (let k = 1; k < stream.length; k++) {
      const folded = stream.slice(0, k).reduce(withEvent, NO_READER_VERSIONS);
      for (const account of [association.id, otherAssociation.id]) {
        for (const reader of VERSION_READERS) expect({ reader, account, k, version: versionOf(folded, reader, account) }).toEqual({ reader, account, k, version: readerVersions(stream, reader, account)[k]! - 1 });
      }
    }
  });

  it('an actor counts as the reader it is; the system counts the whole stream', () => {
    expect([consumer, agent, mediator, association, admin, system].map(versionReaderOf)).toEqual(['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN', null]);
  });
});

describe('fields one reader alone reads (withheldFields)', () => {
  it('her postcode is hers, a legal hold’s reason the admin’s: every other reader of the event is refused them', () => {
    for (const reader of VERSION_READERS) {
      expect(withheldFields('ClaimFiled', reader)).toEqual(reader === 'CONSUMER' ? [] : ['consumerPostcode']);
      for (const type of ['LegalHoldPlaced', 'LegalHoldLifted']) expect(withheldFields(type, reader)).toEqual(reader === 'ADMIN' ? [] : ['reason']);
    }
    expect(withheldFields('MessagePosted', 'MERCHANT')).toEqual([]);
    expect(withheldFields('toString', 'MERCHANT')).toEqual([]);
  });

  it('each is one of its event’s personal fields, so that a case file keeps it by its commitment and its chain still verifies', () => {
    for (const [type, fields] of Object.entries(FIELDS_READ_BY_ONE_READER)) {
      for (const field of Object.keys(fields ?? {})) expect({ type, field, personal: PERSONAL_FIELDS[type as keyof typeof PERSONAL_FIELDS].includes(`/${field}`) }).toEqual({ type, field, personal: true });
    }
  });
});
