import { CorruptStreamError, evolve } from './evolve';
import { initialState } from './state';
import { consumer, mediator, system } from './testing/actors';
import { day, dayStart } from './testing/calendar';
import { ctx, event, stateOf } from './testing/dispute-spec';
import { claimFiled, inMediation, merchantOffer, settlementProposed } from './testing/moments';

describe('evolve refuses a stream it cannot fold', () => {
  it.each([
    ['an event before the claim', () => stateOf([event('ClaimAcknowledged', ctx(day(1), consumer))])],
    ['a second filing', () => stateOf([claimFiled(), claimFiled()])],
    ['an answer to an unknown offer', () => stateOf([claimFiled(), event('OfferRejected', { ...ctx(day(1), consumer), offerId: 'nope', reason: 'x' })])],
    ['an expiry of an unknown offer', () => stateOf([claimFiled(), event('OfferExpired', { ...ctx(day(1), system), offerId: 'nope', expiresAt: day(1) })])],
    ['a supersession of an unknown offer', () => stateOf([claimFiled(), event('OfferSuperseded', { ...ctx(day(1), consumer), offerId: 'nope', reason: 'NEWER_OFFER', supersededBy: 'x' })])],
    ['a mediation event with no mediation', () => stateOf([claimFiled(), event('MediatorAssigned', { ...ctx(day(1), mediator), mediatorId: 'm' })])],
    ['an unknown event type', () => evolve(stateOf([claimFiled()]), { type: 'Teleported', schemaVersion: 1, data: { at: day(1) } } as never)],
  ])('%s', (_case, fold) => {
    expect(fold).toThrow(CorruptStreamError);
  });
});

describe('evolve keeps what read models need', () => {
  it('the last event’s instant, the offers with their status, and the overdue flags', () => {
    const state = stateOf([
      claimFiled(),
      merchantOffer(day(1)),
      event('OfferExpired', { ...ctx(dayStart(16), system), offerId: 'offer-1', expiresAt: dayStart(16) }),
    ]);
    expect(state.filed && [state.lastEventAt, state.offers.map((o) => [o.offerId, o.status, o.endedAt]), state.merchantHadChance]).toEqual([
      dayStart(16),
      [['offer-1', 'EXPIRED', dayStart(16)]],
      true,
    ]);
  });

  it('a consumer’s counter-offer that lapses does not count as the merchant’s chance', () => {
    const state = stateOf([
      claimFiled(),
      event('OfferMade', { ...merchantOffer(day(1)).data, side: 'CONSUMER', by: consumer, offerId: 'counter-1', merchantResponseDueAt: dayStart(12) }),
      event('OfferExpired', { ...ctx(dayStart(16), system), offerId: 'counter-1', expiresAt: dayStart(16) }),
    ]);
    expect(state.filed && state.merchantHadChance).toBe(false);
  });

  it('a counter-offer replacing one keeps the running response period when none is given', () => {
    const state = stateOf([claimFiled(), event('OfferMade', { ...merchantOffer(day(1)).data, side: 'CONSUMER', by: consumer, offerId: 'c-1' })]);
    expect(state.filed && state.merchantResponse).toEqual({ dueAt: dayStart(11), overdue: false });
  });

  it('a settlement answer or an agreement touches only the settlements concerned', () => {
    const proposedTwice = [...inMediation(), settlementProposed(day(6)), settlementProposed(day(7), 'settlement-2', { replacesSettlementId: 'settlement-1' })];
    const rejected = stateOf([...proposedTwice, event('SettlementRejected', { ...ctx(day(8), consumer), settlementId: 'settlement-2', reason: 'no', side: 'CONSUMER' })]);
    expect(rejected.filed && rejected.mediation!.settlements.map((x) => x.status)).toEqual(['SUPERSEDED', 'REJECTED']);
    const agreedDirectly = stateOf([
      ...proposedTwice,
      merchantOffer(day(8), 'offer-9'),
      event('OfferAccepted', { ...ctx(day(9), consumer), offerId: 'offer-9', remedyDueOn: '2025-04-11', remedyDueAt: '2025-04-12T00:00:00.000Z', endsMediation: true }),
    ]);
    expect(agreedDirectly.filed && agreedDirectly.mediation!.settlements.map((x) => x.status)).toEqual(['SUPERSEDED', 'LAPSED']);
  });

  it('starts from a dispute not filed', () => {
    expect(initialState()).toEqual({ filed: false });
  });
});
