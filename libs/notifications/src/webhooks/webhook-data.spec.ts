import { webhookDataOf } from './webhook-data';

describe('webhookDataOf', () => {
  it('leaves out the legal hold’s reason (the admin’s alone), keeping the rest', () => {
    const data = { disputeId: 'd1', at: '2026-12-02T07:00:00.000Z', by: 'admin-1', reason: 'Tribunal judiciaire de Lyon, RG 26/01234, Mme Martin' };
    for (const type of ['LegalHoldPlaced', 'LegalHoldLifted']) expect(webhookDataOf({ type, data })).toEqual({ disputeId: 'd1', at: '2026-12-02T07:00:00.000Z', by: 'admin-1' });
  });

  it('leaves out the consumer’s postcode from her claim (her rights’ calendar only), keeping the rest', () => {
    const data = { disputeId: 'd1', problem: { description: 'La batterie gonfle' }, consumerPostcode: '97400' };
    expect(webhookDataOf({ type: 'ClaimFiled', data })).toEqual({ disputeId: 'd1', problem: { description: 'La batterie gonfle' } });
  });

  it('passes every other event’s data as it is', () => {
    const data = { disputeId: 'd1', reason: 'Battery swelling is excluded by the warranty' };
    expect(webhookDataOf({ type: 'ClaimRejected', data })).toBe(data);
  });
});
