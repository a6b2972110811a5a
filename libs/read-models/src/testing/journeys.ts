import type { EventStore } from '@recours/event-store';
import { DisputeScript, dayAt, dayStart } from './dispute-script';
import { admin, agent, association, claimOf, consumer, mediator, system } from './parties';

/** Who a scripted dispute involves, and the day it is filed. */
export interface Cast {
  consumerId: string;
  merchantId: string;
  mediatorId: string;
  associationId: string;
  filedOn: string;
  /** Messages the consumer posts right after filing: pads a journey to a wanted length. */
  extraMessages?: number;
}

type Journey = (script: DisputeScript, cast: Cast) => Promise<unknown>;

/**
 * Dispute lives, each a different path through the decider: enough variety to touch every
 * read model (inbox, caseload, mandates, deadlines, private notes, feedback).
 */
export const JOURNEYS: Record<string, Journey> = {
  /** Offer accepted, repair confirmed, resolved, rated: 7 events. */
  async resolvedByRepair(s, cast) {
    const { consumerId, merchantId, filedOn: f } = cast;
    const c = consumer(consumerId);
    const m = agent(merchantId);
    await fileClaim(s, cast);
    await s.do('AcknowledgeClaim', dayAt(f, 1), m, {});
    await s.do('MakeOffer', dayAt(f, 2), m, { offerId: 'o-1', remedy: 'REPAIR', daysToCarryOut: 15, terms: 'Technician visit' });
    await s.do('AcceptOffer', dayAt(f, 3), c, { offerId: 'o-1' });
    await s.do('ConfirmRemedyFulfilled', dayAt(f, 10), c, { note: 'Fixed' });
    await s.do('GiveFeedback', dayAt(f, 11), c, { rating: 5, comment: 'Quick' });
  },

  /** Refused, mediation, private notes, a settlement the consumer accepted: waiting for the merchant. */
  async inMediation(s, cast) {
    const { consumerId, merchantId, mediatorId, filedOn: f } = cast;
    const c = consumer(consumerId);
    const m = agent(merchantId);
    const med = mediator(mediatorId);
    await fileClaim(s, cast);
    await s.do('RejectClaim', dayAt(f, 2), m, { reason: 'Limescale: misuse' });
    await s.do('RequestMediation', dayAt(f, 3), c, { summary: 'Refused without looking' });
    await s.do('AssignMediator', dayAt(f, 4), admin, { mediatorId });
    await s.do('DecideAdmissibility', dayAt(f, 5), med, { admissible: true });
    await s.do('PostMessage', dayAt(f, 6), med, { messageId: 'note-1', body: 'Merchant seems firm', visibility: 'MEDIATOR_ONLY' });
    await s.do('PostMessage', dayAt(f, 6, '11:00'), c, { messageId: 'm-1', body: 'I can send the repair report', visibility: 'CONSUMER_AND_MEDIATOR' });
    await s.do('ProposeSettlement', dayAt(f, 20), med, { settlementId: 's-1', remedy: 'PRICE_REDUCTION', amount: { amount: '150.00', currency: 'EUR' }, terms: 'Partial refund' });
    await s.do('AcceptSettlement', dayAt(f, 21), c, { settlementId: 's-1' });
  },

  /** An association steers it: mandate, merchant offer, counter-offer, waiting for the merchant. */
  async withAssociation(s, cast) {
    const { consumerId, merchantId, associationId, filedOn: f } = cast;
    const c = consumer(consumerId);
    const m = agent(merchantId);
    const a = association(associationId);
    await fileClaim(s, cast, 'Dishwasher DW-3');
    await s.do('GrantRepresentation', dayAt(f, 1), c, { associationId });
    await s.do('MakeOffer', dayAt(f, 2), m, { offerId: 'o-1', remedy: 'PRICE_REDUCTION', amount: { amount: '50.00', currency: 'EUR' }, daysToCarryOut: 14 });
    await s.do('MakeOffer', dayAt(f, 3), a, { offerId: 'c-1', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 });
    await s.do('PostMessage', dayAt(f, 3, '12:00'), a, { messageId: 'm-1', body: 'The defect is covered by the legal guarantee' });
  },

  /** The merchant never answers: reminder, overdue, mediation requested, admissibility overdue. */
  async silentMerchant(s, cast) {
    const { consumerId, merchantId, filedOn: f } = cast;
    const c = consumer(consumerId);
    await fileClaim(s, cast, 'Fridge FR-1');
    await s.do('RecordDeadlineReminder', dayAt(f, 9), system, { deadline: 'MERCHANT_RESPONSE' });
    await s.do('RecordDeadlinePassed', dayStart(f, 11), system, { deadline: 'MERCHANT_RESPONSE' });
    await s.do('RequestMediation', dayAt(f, 11), c, {});
    await s.do('RecordDeadlinePassed', dayStart(f, 33), system, { deadline: 'ADMISSIBILITY_DUE' });
  },

  /** A repair agreed and being carried out: the merchant owes it. */
  async agreedRepair(s, cast) {
    const { consumerId, merchantId, filedOn: f } = cast;
    const c = consumer(consumerId);
    const m = agent(merchantId);
    await fileClaim(s, cast, 'Oven OV-2');
    await s.do('MakeOffer', dayAt(f, 4), m, { offerId: 'o-1', remedy: 'REPAIR', daysToCarryOut: 10, terms: 'Workshop repair' });
    await s.do('AcceptOffer', dayAt(f, 5), c, { offerId: 'o-1' });
  },

  /** Filed, then withdrawn by the consumer. */
  async withdrawn(s, cast) {
    const { consumerId, merchantId, filedOn: f } = cast;
    const c = consumer(consumerId);
    await fileClaim(s, cast, 'Kettle K-1');
    await s.do('AcknowledgeClaim', dayAt(f, 1), agent(merchantId), { note: 'We are looking into it' });
    await s.do('WithdrawClaim', dayAt(f, 2), c, { reason: 'Sorted out in the shop' });
  },
};

/** Files the claim, then posts the padding messages, if any. */
async function fileClaim(s: DisputeScript, cast: Cast, product?: string): Promise<void> {
  const c = consumer(cast.consumerId);
  await s.do('FileClaim', dayAt(cast.filedOn, 0, '09:00'), c, claimOf(cast.merchantId, product));
  for (let i = 0; i < (cast.extraMessages ?? 0); i++) {
    await s.do('PostMessage', dayAt(cast.filedOn, 0, `09:${String(10 + i).padStart(2, '0')}`), c, { messageId: `pad-${i}`, body: `Details, part ${i + 1}` });
  }
}

export const JOURNEY_NAMES = Object.keys(JOURNEYS);

/** Plays `count` disputes, cycling through the journeys, on a few merchants and mediators. */
export async function playJourneys(store: EventStore, count: number, prefix = 'd'): Promise<DisputeScript[]> {
  const scripts: DisputeScript[] = [];
  for (let i = 0; i < count; i++) {
    const script = new DisputeScript(`${prefix}-${i}`, store);
    const journey = JOURNEYS[JOURNEY_NAMES[i % JOURNEY_NAMES.length]];
    await journey(script, {
      consumerId: `consumer-${i % 7}`,
      merchantId: `merchant-${i % 3}`,
      mediatorId: `mediator-${i % 2}`,
      associationId: `association-${i % 2}`,
      filedOn: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
    scripts.push(script);
  }
  return scripts;
}
