import { dataSubjectOf, type Actor, type DisputeEvent } from '@recours/disputes';
import { uploadSubject } from './upload-subject';

const recorded = (type: DisputeEvent['type'], data: Record<string, unknown>) => ({ type, schemaVersion: 1, data }) as unknown as DisputeEvent;

describe('whose key seals an upload', () => {
  it('is the subject dataSubjectOf names for every event that records a file, whoever uploaded it', () => {
    const consumer: Actor = { kind: 'CONSUMER', id: 'claire' };
    const agent: Actor = { kind: 'MERCHANT_AGENT', id: 'agent', merchantId: 'shop' };
    const association: Actor = { kind: 'ASSOCIATION', id: 'ufc' };
    const file = { id: 'f', contentType: 'application/pdf', size: 1 };
    // The claim's evidence is the consumer's own (she alone files); the mandate she signs, hers.
    expect(dataSubjectOf(recorded('ClaimFiled', { consumerId: 'claire', evidence: [{ name: 'facture.pdf', file }] }), consumer, undefined)).toBe(uploadSubject(consumer.id));
    expect(dataSubjectOf(recorded('RepresentationGranted', { associationId: 'ufc', document: { name: 'mandat.pdf', file } }), consumer, 'claire')).toBe(uploadSubject(consumer.id));
    for (const uploader of [consumer, agent, association]) {
      expect(dataSubjectOf(recorded('EvidenceAttached', { name: 'photo.png', file }), uploader, 'claire')).toBe(uploadSubject(uploader.id));
    }
  });
});
