import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { DEFAULT_DISPUTE_POLICY } from '../policy';
import { deriveStatus } from '../status';
import { agent, association, consumer, supervisor, system } from '../testing/actors';
import { day, dayStart, onDay } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import {
  admissible,
  claimFiled,
  claimRejected,
  consumerOffer,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  offerAccepted,
  representationGranted,
  settlementProposed,
} from '../testing/moments';

const repairOffer = (at: string, offerId = 'offer-1', extra = {}) =>
  command('MakeOffer', at, agent, { offerId, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at home by our technician', ...extra });
const refund = { remedy: 'REFUND' as const, amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Full refund, I return the machine' };
const repairFailed = (at: string) =>
  event('RemedyFailed', {
    ...ctx(at, consumer),
    remedy: 'REPAIR',
    source: 'OFFER',
    sourceId: 'offer-1',
    failure: 'DEFECT_RECURRED',
    description: 'E21 again',
    remediesAvailable: ['REPLACEMENT', 'REFUND', 'PRICE_REDUCTION'],
    merchantResponseDueAt: dayStart(30),
  });

describe('MakeOffer', () => {
  it('puts the merchant’s offer on the table for 14 days and hands the turn to the consumer', () => {
    given([claimFiled()])
      .when(repairOffer(day(1)))
      .then([merchantOffer(day(1))]);
    given([claimFiled()]).when(repairOffer(day(1))).thenState((s) => expect(deriveStatus(s)).toBe('AWAITING_CONSUMER'));
  });

  it('expires at the end of the last day of validity', () => {
    given([claimFiled()]).when(repairOffer(day(1))).thenState((s) => {
      expect(s.filed && [s.offers[0]!.expiresOn, s.offers[0]!.expiresAt]).toEqual([onDay(15), dayStart(16)]);
    });
  });

  it('defaults to a REMEDY carried out within the policy’s period, with no terms', () => {
    given([claimFiled()])
      .when(command('MakeOffer', day(1), agent, { offerId: 'offer-1', remedy: 'REPLACEMENT' }))
      .then([merchantOffer(day(1), 'offer-1', { remedy: 'REPLACEMENT', daysToCarryOut: DEFAULT_DISPUTE_POLICY.remedyDays, terms: '' })]);
  });

  it('supersedes the same side’s live offer: one live offer per side', () => {
    given([claimFiled(), merchantOffer(day(1))])
      .when(repairOffer(day(2), 'offer-2', { daysToCarryOut: 10 }))
      .then([
        event('OfferSuperseded', { ...ctx(day(2), agent), offerId: 'offer-1', reason: 'NEWER_OFFER', supersededBy: 'offer-2' }),
        merchantOffer(day(2), 'offer-2', { daysToCarryOut: 10 }),
      ]);
  });

  it('lets the consumer counter on its turn, which hands the turn and a response period to the merchant', () => {
    given([claimFiled(), merchantOffer(day(1))])
      .when(command('MakeOffer', day(2), consumer, { offerId: 'counter-1', ...refund }))
      .then([consumerOffer(day(2))]);
  });

  it('lets the association counter for the consumer', () => {
    given([claimFiled(), representationGranted(), merchantOffer(day(1))])
      .when(command('MakeOffer', day(2), association, { offerId: 'counter-1', ...refund }))
      .then([consumerOffer(day(2), 'counter-1', { onBehalfOf: consumer.id }, association)]);
  });

  it('only on the side’s turn, unless it replaces its own offer still open', () => {
    given([claimFiled()]).when(command('MakeOffer', day(1), consumer, { offerId: 'c', ...refund })).thenFails('NOT_YOUR_TURN');
    given([claimFiled(), claimRejected()]).when(repairOffer(day(3))).thenFails('NOT_YOUR_TURN');
    // offer-1 ran out at the end of day 15: it no longer lets the merchant move out of turn
    given([claimFiled(), merchantOffer(day(1))]).when(repairOffer(day(16), 'offer-2')).thenFails('NOT_YOUR_TURN');
  });

  it('gives each offer its own id', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('MakeOffer', day(2), consumer, { offerId: 'offer-1', ...refund })).thenFails('DUPLICATE_OFFER');
  });

  it('says how much when money is the remedy, in the purchase’s currency', () => {
    given([claimFiled()]).when(repairOffer(day(1), 'o', { remedy: 'PRICE_REDUCTION' })).thenFails('INVALID_INPUT', 'amount');
    given([claimFiled()]).when(repairOffer(day(1), 'o', { remedy: 'COMPENSATION', amount: { amount: '50', currency: 'USD' } })).thenFails('INVALID_INPUT', 'amount.currency');
    given([claimFiled()])
      .when(repairOffer(day(1), 'o', { remedy: 'COMPENSATION', amount: { amount: '50', currency: 'EUR' }, daysToCarryOut: 90 }))
      .then([merchantOffer(day(1), 'o', { remedy: 'COMPENSATION', amount: { amount: '50', currency: 'EUR' }, daysToCarryOut: 90 })]);
  });

  it('an offer of money without an amount names the remedy in words, never by its code', () => {
    for (const [remedy, en, fr] of [
      ['PRICE_REDUCTION', 'an offer of a price reduction must say how much', 'l’offre d’une réduction du prix doit indiquer un montant'],
      ['COMPENSATION', 'an offer of compensation must say how much', 'l’offre d’une indemnisation doit indiquer un montant'],
    ] as const) {
      const refusal = disputeDecider.decide(repairOffer(day(1), 'o', { remedy }), stateOf([claimFiled()]));
      if (!(refusal instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(refusal)}`);
      expect([refusal.problem?.code, refusal.phrase.en, refusal.phrase.fr]).toEqual(['OFFER_NEEDS_AMOUNT', en, fr]);
    }
  });

  it('fits repair or replacement in the policy’s period (L217-10)', () => {
    given([claimFiled()]).when(repairOffer(day(1), 'o', { daysToCarryOut: 31 })).thenFails('REMEDY_PERIOD_TOO_LONG', 'daysToCarryOut');
    given([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, remedyDays: 20 } })]).when(repairOffer(day(1), 'o', { remedy: 'REPLACEMENT', daysToCarryOut: 21 })).thenFails('REMEDY_PERIOD_TOO_LONG', 'daysToCarryOut');
  });

  it('offers a new repair after a failed one, hers to accept or decline, even where an earlier release recorded the failure as closing repair', () => {
    // repairFailed's event holds the list an earlier release decided (repair closed): read as every remedy open.
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30), repairFailed(day(20))])
      .when(repairOffer(day(21), 'offer-2', { daysToCarryOut: 10 }))
      .then([merchantOffer(day(21), 'offer-2', { daysToCarryOut: 10 })]);
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30), repairFailed(day(20))])
      .when(repairOffer(day(21), 'offer-2', { daysToCarryOut: 10 }))
      .thenState((s) => expect(s.filed && s.remediesAvailable).toEqual(['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']));
  });

  it('still offers compensation after a failed repair, even where an earlier release recorded the failure as closing it (L217-8)', () => {
    const damages = { remedy: 'COMPENSATION' as const, amount: { amount: '80.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Two weeks without a washing machine' };
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30), repairFailed(day(20))])
      .when(repairOffer(day(21), 'offer-2', damages))
      .then([merchantOffer(day(21), 'offer-2', damages)]);
  });

  describe('a paid repair quote', () => {
    const outOfWarranty = { ...claimFiled().data, purchase: { ...claimFiled().data.purchase, purchasedOn: '2021-01-05', deliveredOn: '2021-01-10' } };
    const oldMachine = claimFiled({ purchase: outOfWarranty.purchase });
    const quote = (extra = {}) => command('MakeOffer', day(1), agent, { offerId: 'quote-1', kind: 'PAID_REPAIR_QUOTE', remedy: 'REPAIR', amount: { amount: '180.00', currency: 'EUR' }, daysToCarryOut: 45, terms: 'Motor replacement', ...extra });

    it('is an offer for goods under no warranty, not capped at 30 days', () => {
      given([oldMachine])
        .when(quote())
        .then([merchantOffer(day(1), 'quote-1', { kind: 'PAID_REPAIR_QUOTE', amount: { amount: '180.00', currency: 'EUR' }, daysToCarryOut: 45, terms: 'Motor replacement' })]);
    });

    it('is refused while the legal guarantee or a commercial warranty covers the defect', () => {
      given([claimFiled()]).when(quote()).thenFails('STILL_UNDER_WARRANTY');
      given([claimFiled({ purchase: outOfWarranty.purchase, commercialWarranty: { provider: 'Laverte', months: 60, coverage: 'Motor' } })]).when(quote()).thenFails('STILL_UNDER_WARRANTY');
    });

    // Review of the journeys, finding 3: a quote of 0,00 € was offered.
    it('has a price greater than 0', () => {
      given([oldMachine]).when(quote({ amount: { amount: '0', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
      given([oldMachine]).when(quote({ amount: { amount: '0.00', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
      given([oldMachine]).when(quote({ amount: { amount: '0.01', currency: 'EUR' } })).then([merchantOffer(day(1), 'quote-1', { kind: 'PAID_REPAIR_QUOTE', amount: { amount: '0.01', currency: 'EUR' }, daysToCarryOut: 45, terms: 'Motor replacement' })]);
    });

    it('is a priced repair, quoted by the merchant', () => {
      given([oldMachine]).when(quote({ amount: undefined })).thenFails('INVALID_INPUT', 'amount');
      given([oldMachine]).when(quote({ remedy: 'REPLACEMENT' })).thenFails('INVALID_INPUT', 'remedy');
      given([oldMachine, claimRejected()]).when(command('MakeOffer', day(3), consumer, { offerId: 'q', kind: 'PAID_REPAIR_QUOTE', remedy: 'REPAIR', amount: { amount: '1', currency: 'EUR' } })).thenFails('ROLE_NOT_ALLOWED');
    });
  });

  describe('amounts (review of the journeys, findings 3 and 4)', () => {
    it('a money remedy of 0 is refused on amount.amount, as fileClaim refuses an amount claimed of 0', () => {
      for (const remedy of ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION']) {
        given([claimFiled()]).when(repairOffer(day(1), 'offer-1', { ...refund, remedy, amount: { amount: '0', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
        given([claimFiled()]).when(repairOffer(day(1), 'offer-1', { ...refund, remedy, amount: { amount: '0.00', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
      }
    });

    it('a repair or replacement offered as a remedy has no amount: it is free of charge (L217-11)', () => {
      const priced = { amount: { amount: '10.00', currency: 'EUR' } };
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', priced)).thenFails('INVALID_INPUT', 'amount');
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', { ...priced, kind: 'REMEDY', remedy: 'REPLACEMENT' })).thenFails('INVALID_INPUT', 'amount');
      // The consumer's counter-offer too.
      given([claimFiled(), merchantOffer(day(1))]).when(command('MakeOffer', day(2), consumer, { offerId: 'counter-1', remedy: 'REPLACEMENT', ...priced })).thenFails('INVALID_INPUT', 'amount');
      // Without an amount, the same repair is offered.
      given([claimFiled()]).when(repairOffer(day(1))).then([merchantOffer(day(1))]);
    });

    it('a refund or a price reduction is at most the price paid (L217-15, L217-17); compensation may go beyond it (L217-8)', () => {
      const money = (remedy: 'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION', amount: string) => ({ ...refund, remedy, amount: { amount, currency: 'EUR' } });
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', money('REFUND', '99999.00'))).thenFails('INVALID_INPUT', 'amount.amount');
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', money('PRICE_REDUCTION', '649.01'))).thenFails('INVALID_INPUT', 'amount.amount');
      // The consumer's counter-offer too.
      given([claimFiled(), merchantOffer(day(1))]).when(command('MakeOffer', day(2), consumer, { offerId: 'counter-1', ...money('REFUND', '700.00') })).thenFails('INVALID_INPUT', 'amount.amount');
      // The whole price back is a refund; more than the price is offered as compensation.
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', money('REFUND', '649.00'))).thenState((s) => expect(s.filed && s.offers.find((o) => o.offerId === 'offer-1')?.amount?.amount).toBe('649.00'));
      given([claimFiled()]).when(repairOffer(day(1), 'offer-1', money('COMPENSATION', '800.00'))).thenState((s) => expect(s.filed && s.offers.find((o) => o.offerId === 'offer-1')?.amount?.amount).toBe('800.00'));
    });
  });

  it('stops while a mediation runs or an agreed remedy is carried out', () => {
    given([claimFiled(), claimRejected(), mediationRequested()]).when(repairOffer(day(4))).thenFails('MEDIATION_IN_PROGRESS');
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]).when(repairOffer(day(3), 'offer-2')).thenFails('AGREEMENT_PENDING');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a blank offer id', { offerId: '' }, 'offerId'],
    ['an unknown kind', { kind: 'GIFT' }, 'kind'],
    ['an unknown remedy', { remedy: 'APOLOGY' }, 'remedy'],
    ['a negative period', { daysToCarryOut: -1 }, 'daysToCarryOut'],
    ['a period over a year', { daysToCarryOut: 366 }, 'daysToCarryOut'],
    ['a fractional period', { daysToCarryOut: 1.5 }, 'daysToCarryOut'],
    ['an amount as a float', { remedy: 'REFUND', amount: { amount: 10.5, currency: 'EUR' } }, 'amount.amount'],
    ['terms too long', { terms: 'x'.repeat(2001) }, 'terms'],
  ])('refuses %s', (_case, change, field) => {
    given([claimFiled()]).when({ ...repairOffer(day(1)), ...change } as never).thenFails('INVALID_INPUT', field);
  });
});

describe('AcceptOffer', () => {
  /** L217-10: the repair asked for in the claim of 2025-03-03 is due by 2025-04-02, whenever it is agreed. */
  const dueByClaimRequest = (accepted: ReturnType<typeof offerAccepted>) => ({ ...accepted, data: { ...accepted.data, remedyDueOn: '2025-04-02', remedyDueAt: '2025-04-02T22:00:00.000Z' } });

  it('turns the offer into the agreement; the remedy clock starts, due 30 days after the repair asked for in the claim (L217-10)', () => {
    given([claimFiled(), merchantOffer(day(1))])
      .when(command('AcceptOffer', day(2), consumer, { offerId: 'offer-1' }))
      .then([event('OfferAccepted', { ...ctx(day(2), consumer), offerId: 'offer-1', remedyDueOn: '2025-04-02', remedyDueAt: '2025-04-02T22:00:00.000Z', endsMediation: false })]);
    given([claimFiled(), merchantOffer(day(1))])
      .when(command('AcceptOffer', day(2), consumer, { offerId: 'offer-1' }))
      .thenState((s) => {
        expect(deriveStatus(s)).toBe('AGREED');
        expect(s.filed && s.agreement).toEqual({
          source: 'OFFER',
          sourceId: 'offer-1',
          remedy: 'REPAIR',
          daysToCarryOut: 30,
          terms: 'Repair at home by our technician',
          agreedAt: day(2),
          dueOn: '2025-04-02',
          dueAt: '2025-04-02T22:00:00.000Z',
          overdue: false,
        });
      });
  });

  it('lets the merchant accept the counter-offer, which ends its own offer', () => {
    given([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))])
      .when(command('AcceptOffer', day(3), supervisor, { offerId: 'counter-1' }))
      .then([
        offerAccepted(day(3), 'counter-1', 14, supervisor),
        event('OfferSuperseded', { ...ctx(day(3), supervisor), offerId: 'offer-1', reason: 'AGREEMENT', supersededBy: 'counter-1' }),
      ]);
  });

  it('stands during a mediation: accepting it ends the mediation and lapses a pending proposal', () => {
    const mediating = [
      claimFiled(),
      merchantOffer(day(1)),
      event('OfferRejected', { ...ctx(day(2), consumer), offerId: 'offer-1', reason: 'slow', merchantResponseDueAt: dayStart(13) }),
      merchantOffer(day(3), 'offer-2'),
      mediationRequested(day(4)),
      mediatorAssigned(day(4)),
      admissible(day(5)),
      settlementProposed(day(6)),
    ];
    given(mediating)
      .when(command('AcceptOffer', day(7), consumer, { offerId: 'offer-2' }))
      // L217-10: still due 30 days after the claim's repair request of 2025-03-03, not after day 7.
      .then([dueByClaimRequest(offerAccepted(day(7), 'offer-2', 30, consumer, true))]);
    given(mediating)
      .when(command('AcceptOffer', day(7), consumer, { offerId: 'offer-2' }))
      .thenState((s) => {
        expect(deriveStatus(s)).toBe('AGREED');
        expect(s.filed && [s.mediation!.stage, s.mediation!.settlements[0]!.status]).toEqual(['AGREED', 'LAPSED']);
      });
  });

  it('only by the other side', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('AcceptOffer', day(2), supervisor, { offerId: 'offer-1' })).thenFails('OWN_OFFER');
  });

  it('only before it expires', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('AcceptOffer', '2025-03-18T22:59:59.999Z', consumer, { offerId: 'offer-1' })).then([dueByClaimRequest(offerAccepted('2025-03-18T22:59:59.999Z', 'offer-1', 30))]);
    given([claimFiled(), merchantOffer(day(1))]).when(command('AcceptOffer', dayStart(16), consumer, { offerId: 'offer-1' })).thenFails('OFFER_EXPIRED');
    given([claimFiled(), merchantOffer(day(1)), event('OfferExpired', { ...ctx(dayStart(16), system), offerId: 'offer-1', expiresAt: dayStart(16) })])
      .when(command('AcceptOffer', day(16), consumer, { offerId: 'offer-1' }))
      .thenFails('OFFER_EXPIRED');
  });

  it('at most once', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]).when(command('AcceptOffer', day(3), consumer, { offerId: 'offer-1' })).thenFails('AGREEMENT_PENDING');
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30), repairFailed(day(20))])
      .when(command('AcceptOffer', day(21), consumer, { offerId: 'offer-1' }))
      .thenFails('OFFER_ALREADY_ACCEPTED');
  });

  it('not once superseded, refused or unknown', () => {
    given([claimFiled(), merchantOffer(day(1)), event('OfferSuperseded', { ...ctx(day(2), agent), offerId: 'offer-1', reason: 'NEWER_OFFER', supersededBy: 'offer-2' }), merchantOffer(day(2), 'offer-2')])
      .when(command('AcceptOffer', day(3), consumer, { offerId: 'offer-1' }))
      .thenFails('OFFER_NOT_LIVE');
    given([claimFiled(), merchantOffer(day(1))]).when(command('AcceptOffer', day(2), consumer, { offerId: 'offer-9' })).thenFails('OFFER_NOT_FOUND', 'offerId');
    given([claimFiled(), merchantOffer(day(1))]).when(command('AcceptOffer', day(2), consumer, { offerId: '' })).thenFails('INVALID_INPUT', 'offerId');
  });

  it('may be done by the association, for the consumer', () => {
    given([claimFiled(), representationGranted(), merchantOffer(day(1))])
      .when(command('AcceptOffer', day(2), association, { offerId: 'offer-1' }))
      .then([dueByClaimRequest(offerAccepted(day(2), 'offer-1', 30, association))]);
  });
});

describe('RejectOffer', () => {
  it('refused by the consumer: the merchant may improve it within a fresh response period', () => {
    given([claimFiled(), merchantOffer(day(1))])
      .when(command('RejectOffer', day(2), consumer, { offerId: 'offer-1', reason: 'Three weeks without a machine is too long' }))
      .then([event('OfferRejected', { ...ctx(day(2), consumer), offerId: 'offer-1', reason: 'Three weeks without a machine is too long', merchantResponseDueAt: dayStart(13) })]);
    given([claimFiled(), merchantOffer(day(1))])
      .when(command('RejectOffer', day(2), consumer, { offerId: 'offer-1', reason: 'no' }))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.merchantHadChance]).toEqual(['AWAITING_MERCHANT', true]));
  });

  it('refused by the merchant: the counter-offer goes back to the consumer', () => {
    given([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))])
      .when(command('RejectOffer', day(3), agent, { offerId: 'counter-1', reason: 'A refund is not justified' }))
      .then([event('OfferRejected', { ...ctx(day(3), agent), offerId: 'counter-1', reason: 'A refund is not justified' })]);
    given([claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))])
      .when(command('RejectOffer', day(3), agent, { offerId: 'counter-1', reason: 'no' }))
      .thenState((s) => expect(deriveStatus(s)).toBe('AWAITING_CONSUMER'));
  });

  it('during a mediation, refusing does not reopen direct negotiation', () => {
    given([claimFiled(), merchantOffer(day(1)), claimRejected(day(1)), mediationRequested(day(2))])
      .when(command('RejectOffer', day(3), consumer, { offerId: 'offer-1', reason: 'no' }))
      .then([event('OfferRejected', { ...ctx(day(3), consumer), offerId: 'offer-1', reason: 'no' })]);
  });

  it('follows the same rules as accepting', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('RejectOffer', day(2), agent, { offerId: 'offer-1', reason: 'no' })).thenFails('OWN_OFFER');
    given([claimFiled(), merchantOffer(day(1))]).when(command('RejectOffer', day(16), consumer, { offerId: 'offer-1', reason: 'no' })).thenFails('OFFER_EXPIRED');
    given([claimFiled(), merchantOffer(day(1)), event('OfferRejected', { ...ctx(day(2), consumer), offerId: 'offer-1', reason: 'no', merchantResponseDueAt: dayStart(13) })])
      .when(command('RejectOffer', day(3), consumer, { offerId: 'offer-1', reason: 'really no' }))
      .thenFails('OFFER_NOT_LIVE');
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]).when(command('RejectOffer', day(3), consumer, { offerId: 'offer-1', reason: 'changed my mind' })).thenFails('AGREEMENT_PENDING');
  });

  it('must give a reason', () => {
    given([claimFiled(), merchantOffer(day(1))]).when(command('RejectOffer', day(2), consumer, { offerId: 'offer-1', reason: '' })).thenFails('INVALID_INPUT', 'reason');
  });
});
