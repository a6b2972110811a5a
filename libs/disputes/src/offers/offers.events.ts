import type { CalendarDate } from '@recours/consumer-law';
import type { Side } from '../values/actor';
import type { Instant } from '../values/instant';
import { termsOf, type OfferKind, type RemedyTerms } from '../values/remedy-terms';
import type { Dispute, OfferState } from '../state';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import { CorruptStreamError, type Evolution, type SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, sideAudience, moneyParams, type NotificationsOf } from '../events/notification-intent';
import { merchantHadChance } from '../answers/answers.events';
import { lapse } from '../mediation/mediation.events';
import { agreement } from '../remedy/remedy.events';

export type OfferMade = DisputeEventOf<
  'OfferMade',
  EventContext &
    RemedyTerms & {
      offerId: string;
      /** MERCHANT, or CONSUMER for a counter-offer. */
      side: Side;
      kind: OfferKind;
      /** Last day to accept, and the instant from which acceptance is refused. */
      expiresOn: CalendarDate;
      expiresAt: Instant;
      /** Present when a counter-offer hands the turn to the merchant. */
      merchantResponseDueAt?: Instant;
    }
>;

/** One live offer per side: a newer offer, or an agreement reached elsewhere, ends the others. */
export type OfferSuperseded = DisputeEventOf<
  'OfferSuperseded',
  EventContext & { offerId: string; reason: 'NEWER_OFFER' | 'AGREEMENT'; supersededBy: string }
>;

export type OfferAccepted = DisputeEventOf<
  'OfferAccepted',
  EventContext & { offerId: string; remedyDueAt: Instant; remedyDueOn: CalendarDate; endsMediation: boolean }
>;

/** `merchantResponseDueAt` is present when the consumer's refusal hands the turn back to the merchant. */
export type OfferRejected = DisputeEventOf<
  'OfferRejected',
  EventContext & { offerId: string; reason: string; merchantResponseDueAt?: Instant }
>;

export type OfferExpired = DisputeEventOf<'OfferExpired', EventContext & { offerId: string; expiresAt: Instant }>;

export type OffersEvent = OfferMade | OfferSuperseded | OfferAccepted | OfferRejected | OfferExpired;

export const OFFERS_EVENT_VERSIONS = { OfferMade: 1, OfferSuperseded: 1, OfferAccepted: 1, OfferRejected: 1, OfferExpired: 1 } as const satisfies SchemaVersions<OffersEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const OFFERS_PERSONAL_FIELDS = { OfferMade: ['/terms'], OfferSuperseded: [], OfferAccepted: [], OfferRejected: ['/reason'], OfferExpired: [] } as const satisfies PersonalFields<OffersEvent>;

/** Who reads each event (events/visibility.ts). */
export const OFFERS_READERS = { OfferMade: 'SHARED', OfferSuperseded: 'SHARED', OfferAccepted: 'SHARED', OfferRejected: 'SHARED', OfferExpired: 'SHARED' } as const satisfies ReadersOf<OffersEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const OFFERS_NOTIFICATIONS: NotificationsOf<OffersEvent> = {
  OfferMade: (event) => {
    const d = event.data;
    const terms = { remedy: d.remedy, offerKind: d.kind, ...moneyParams(d.amount), expiresOn: d.expiresOn, daysToCarryOut: d.daysToCarryOut };
    return d.side === 'MERCHANT' ? notify('OFFER_MADE', ['CONSUMER_SIDE'], terms) : notify('COUNTER_OFFER_MADE', ['MERCHANT'], terms);
  },
  OfferSuperseded: null,
  OfferAccepted: (event, _dispute, before) => {
    const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
    if (!offer) return null;
    return notify('OFFER_ACCEPTED', [sideAudience(offer.side), ...(event.data.endsMediation ? (['MEDIATOR'] as const) : [])], {
      remedy: offer.remedy,
      ...moneyParams(offer.amount),
      remedyDueOn: event.data.remedyDueOn,
    });
  },
  OfferRejected: (event, _dispute, before) => {
    const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
    return offer ? notify('OFFER_REJECTED', [sideAudience(offer.side)], { remedy: offer.remedy, reason: event.data.reason }) : null;
  },
  OfferExpired: (event, _dispute, before) => {
    const offer = before?.offers.find((o) => o.offerId === event.data.offerId);
    return offer ? notify('OFFER_EXPIRED', [sideAudience(offer.side)], { remedy: offer.remedy }) : null;
  },
};

export const offersEvolution: Evolution<OffersEvent> = {
  OfferMade(s, { data: d }) {
    const offer: OfferState = {
      offerId: d.offerId,
      side: d.side,
      kind: d.kind,
      ...termsOf(d),
      madeAt: d.at,
      expiresOn: d.expiresOn,
      expiresAt: d.expiresAt,
      by: d.by,
      ...(d.onBehalfOf && { onBehalfOf: d.onBehalfOf }),
      status: 'LIVE',
    };
    const next = { ...s, offers: [...s.offers, offer] };
    if (d.side === 'MERCHANT') {
      return { ...next, negotiationTurn: 'CONSUMER', merchantResponse: null, rejection: null, escalation: { ...s.escalation, answeredAtLevel: true } };
    }
    return { ...next, negotiationTurn: 'MERCHANT', merchantResponse: d.merchantResponseDueAt ? { dueAt: d.merchantResponseDueAt, overdue: false } : s.merchantResponse };
  },
  OfferSuperseded(s, event) {
    offerOf(s, event.data.offerId);
    return endOffer(s, event.data.offerId, { status: 'SUPERSEDED', endedAt: event.data.at });
  },
  OfferAccepted(s, event) {
    const { offerId, at, remedyDueAt, remedyDueOn, endsMediation } = event.data;
    const accepted = offerOf(s, offerId);
    const next = endOffer(s, offerId, { status: 'ACCEPTED', endedAt: at });
    return {
      ...next,
      merchantResponse: null,
      rejection: null,
      agreement: agreement('OFFER', offerId, accepted, at, remedyDueOn, remedyDueAt),
      mediation: endsMediation && s.mediation ? lapse(s.mediation) : s.mediation,
    };
  },
  OfferRejected(s, event) {
    const { offerId, reason, at, merchantResponseDueAt } = event.data;
    const next = merchantHadChance(endOffer(s, offerId, { status: 'REJECTED', endedAt: at, rejectionReason: reason }));
    const rejected = offerOf(s, offerId);
    if (merchantResponseDueAt) return { ...next, negotiationTurn: 'MERCHANT', merchantResponse: { dueAt: merchantResponseDueAt, overdue: false } };
    if (rejected.side === 'CONSUMER') {
      return { ...next, negotiationTurn: 'CONSUMER', merchantResponse: null, escalation: { ...next.escalation, answeredAtLevel: true } };
    }
    return next;
  },
  OfferExpired(s, event) {
    const expired = offerOf(s, event.data.offerId);
    const next = endOffer(s, event.data.offerId, { status: 'EXPIRED', endedAt: event.data.at });
    // A merchant's offer left to lapse counts as turned down: the merchant has had its chance.
    return expired.side === 'MERCHANT' ? merchantHadChance(next) : next;
  },
};

function offerOf(s: Dispute, offerId: string): OfferState {
  const offer = s.offers.find((o) => o.offerId === offerId);
  if (!offer) throw new CorruptStreamError(`event for unknown offer ${offerId}`);
  return offer;
}

function endOffer(s: Dispute, offerId: string, change: Partial<OfferState>): Dispute {
  return { ...s, offers: s.offers.map((o) => (o.offerId === offerId ? { ...o, ...change } : o)) };
}
