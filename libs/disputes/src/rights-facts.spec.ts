import { disputeRightsFacts } from './rights-facts';
import type { Dispute } from './state';
import type { DisputeCommand } from './commands/dispute-command';
import { agent, consumer, supervisor, system } from './testing/actors';
import { day, dayStart, onDay } from './testing/calendar';
import { command, ctx, disputeAfter, event, given, stateOf } from './testing/dispute-spec';
import { admissible, claimFiled, claimRejected, escalated, mediationRequested, mediatorAssigned, settlementProposed } from './testing/moments';
import { fileClaimCommand } from './testing/washing-machine-claim';

// The washing machine of the fixtures: claim filed on day 0 (2025-03-03) asking for a REPAIR.
// L217-14 1°: the consumer may ask for a price reduction or a refund when the seller refuses to
// bring the goods into conformity. The merchant's written rejection of the claim is that refusal.

const reject = (n: number, by = agent, time = '10:00') => command('RejectClaim', day(n, time), by, { reason: 'Misuse: limescale' });
const escalate = (n: number) => command('EscalateInternally', day(n), consumer, {});
const offer = (n: number, offerId: string, remedy: 'REPAIR' | 'REPLACEMENT', by = supervisor) => command('MakeOffer', day(n), by, { offerId, remedy, daysToCarryOut: 30 });
const accept = (n: number, offerId: string) => command('AcceptOffer', day(n), consumer, { offerId });
const failed = (n: number, failure: 'NOT_CARRIED_OUT' | 'DID_NOT_FIX') => command('ReportRemedyFailed', day(n), consumer, { failure, description: 'Nobody came' });
const refusedOn = (dispute: Dispute, n: number) => disputeRightsFacts(dispute, onDay(n)).remedyRefused ?? false;
const after = (...commands: DisputeCommand[]) => disputeAfter(fileClaimCommand(), ...commands);

describe('evolve keeps the merchant’s refusals', () => {
  it('a rejection is kept in refusals when an escalation clears the standing rejection, and one at the next level is added', () => {
    given([claimFiled(), claimRejected(day(2)), escalated(day(3), 'SUPERVISOR', dayStart(14))])
      .when(reject(4, supervisor))
      .thenState((s) => {
        if (!s.filed) throw new Error('not filed');
        expect(s.refusals).toEqual([
          { at: day(2), level: 'FRONT_DESK' },
          { at: day(4), level: 'SUPERVISOR' },
        ]);
      });
    const escalatedOnly = stateOf([claimFiled(), claimRejected(day(2)), escalated(day(3), 'SUPERVISOR', dayStart(14))]);
    expect(escalatedOnly.filed && [escalatedOnly.rejection, escalatedOnly.refusals]).toEqual([null, [{ at: day(2), level: 'FRONT_DESK' }]]);
  });

  it('none on record before the first rejection', () => {
    const filed = stateOf([claimFiled()]);
    expect(filed.filed && filed.refusals).toBeUndefined();
  });
});

describe('disputeRightsFacts: the seller refused (L217-14 1°)', () => {
  it('no refusal while the merchant has not answered, nor when it offers another remedy', () => {
    expect(refusedOn(after(), 7)).toBe(false);
    expect(disputeRightsFacts(after(), onDay(7))).not.toHaveProperty('remedyRefused');
    expect(refusedOn(after(offer(1, 'offer-1', 'REPLACEMENT', agent)), 7)).toBe(false);
  });

  it('a written rejection is a refusal from its Paris day on, not before (time travel)', () => {
    const dispute = after(reject(2));
    expect(refusedOn(dispute, 1)).toBe(false);
    expect(refusedOn(dispute, 2)).toBe(true);
    expect(refusedOn(dispute, 200)).toBe(true);
    // 23:30 UTC on 4 March is 00:30 on 5 March in Paris: a refusal of 5 March.
    const lateAtNight = after(reject(1, agent, '23:30'));
    expect(refusedOn(lateAtNight, 1)).toBe(false);
    expect(refusedOn(lateAtNight, 2)).toBe(true);
  });

  it('an escalation does not undo it, a later offer of a repair not taken up neither; a rejection at a higher level counts too', () => {
    expect(refusedOn(after(reject(2), escalate(3)), 10)).toBe(true);
    expect(refusedOn(after(reject(2), escalate(3), offer(4, 'offer-1', 'REPAIR')), 10)).toBe(true);
    // The front desk stayed silent; the supervisor refused.
    const silentThenRefused = after(command('RecordDeadlinePassed', dayStart(11), system, { deadline: 'MERCHANT_RESPONSE' }), escalate(12), reject(13, supervisor));
    expect(silentThenRefused.refusals).toEqual([{ at: day(13), level: 'SUPERVISOR' }]);
    expect(refusedOn(silentThenRefused, 12)).toBe(false);
    expect(refusedOn(silentThenRefused, 13)).toBe(true);
  });

  it('a claim for a refund or a price reduction rejected is a refusal too: the seller refused any remedy', () => {
    for (const requestedRemedy of ['REFUND', 'PRICE_REDUCTION'] as const) {
      const dispute = disputeAfter(fileClaimCommand({ requestedRemedy, amountClaimed: { amount: '200.00', currency: 'EUR' } }), reject(2));
      expect(dispute.claim.requestedRemedy).toBe(requestedRemedy);
      expect(refusedOn(dispute, 3)).toBe(true);
    }
  });

  it('set aside by a repair agreed after it, from the agreement’s day; back if the merchant then does not carry it out', () => {
    const agreed = [reject(2), escalate(3), offer(4, 'offer-1', 'REPAIR'), accept(5, 'offer-1')];
    const repairing = after(...agreed);
    expect(refusedOn(repairing, 4)).toBe(true);
    expect(refusedOn(repairing, 5)).toBe(false);
    const notCarriedOut = after(...agreed, failed(40, 'NOT_CARRIED_OUT'));
    expect(refusedOn(notCarriedOut, 39)).toBe(false);
    expect(refusedOn(notCarriedOut, 40)).toBe(true);
    // A repair attempted that did not fix it: its own ground (L217-14 4°), not a refusal.
    const attempted = disputeRightsFacts(after(...agreed, failed(20, 'DID_NOT_FIX')), onDay(21));
    expect(attempted).toMatchObject({ defectReappeared: true });
    expect(attempted).not.toHaveProperty('remedyRefused');
  });

  it('the merchant turning down the consumer’s counter-offer is not a refusal of the warranty', () => {
    const counter = command('MakeOffer', day(2), consumer, { offerId: 'counter-1', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 });
    const dispute = after(offer(1, 'offer-1', 'REPLACEMENT', agent), counter, command('RejectOffer', day(3), agent, { offerId: 'counter-1', reason: 'We keep to the replacement' }));
    expect(dispute.offers.find((o) => o.offerId === 'counter-1')?.status).toBe('REJECTED');
    expect(refusedOn(dispute, 4)).toBe(false);
  });

  it('the merchant refusing the mediator’s proposed solution is not a refusal (the mediator’s proposal; confidential, L612-3)', () => {
    const dispute = stateOf([
      claimFiled(),
      event('MerchantResponseOverdue', { ...ctx(dayStart(11), system), dueAt: dayStart(11) }),
      mediationRequested(day(12)),
      mediatorAssigned(day(13)),
      admissible(day(14)),
      settlementProposed(day(15)),
      event('SettlementRejected', { ...ctx(day(16), agent), settlementId: 'settlement-1', reason: 'Too much', side: 'MERCHANT' }),
    ]) as Dispute;
    expect(dispute.mediation!.settlements.map((x) => [x.status, x.rejection?.side])).toEqual([['REJECTED', 'MERCHANT']]);
    expect(disputeRightsFacts(dispute, onDay(17))).not.toHaveProperty('remedyRefused');
  });
});
