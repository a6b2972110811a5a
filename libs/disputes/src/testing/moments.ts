import { addDays, parisDateOf } from '@recours/consumer-law';
import { periodEndingOn, periodOfDays } from '../values/instant';
import type { ClaimFiled } from '../claim/claim.events';
import type { DisputeEvent, DisputeEventOfType } from '../events/dispute-event';
import { DEFAULT_DISPUTE_POLICY } from '../policy';
import type { Actor } from '../values/actor';
import type { NextStep } from '../values/next-steps';
import { admin, agent, association, consumer, CONSUMER_ID, mediator, MERCHANT_ID } from './actors';
import { day, dayStart, FILED_AT, FILED_ON } from './calendar';
import { ctx, DISPUTE_ID, event } from './dispute-spec';
import { claimDetails, INVOICE_SHA } from './washing-machine-claim';

/** Ready-made moments of a dispute, built from events only. */

export const claimFiled = (overrides: Partial<ClaimFiled['data']> = {}): ClaimFiled => ({
  type: 'ClaimFiled',
  schemaVersion: 1,
  data: {
    disputeId: DISPUTE_ID,
    at: FILED_AT,
    by: consumer,
    consumerId: CONSUMER_ID,
    merchantId: MERCHANT_ID,
    ...claimDetails(),
    evidence: [{ kind: 'INVOICE', name: 'invoice.pdf', sha256: INVOICE_SHA }],
    policy: { ...DEFAULT_DISPUTE_POLICY },
    merchantResponseDueAt: dayStart(11),
    ...overrides,
  },
});

type OfferData = DisputeEventOfType<'OfferMade'>['data'];

/** An offer open for `validDays` days from the day it is made (to the end of its last day). */
const offerMade = (at: string, by: Actor, validDays: number, data: Omit<OfferData, keyof ReturnType<typeof ctx> | 'expiresOn' | 'expiresAt'>) => {
  const expiry = periodOfDays(at, validDays);
  return event('OfferMade', { ...ctx(at, by), ...data, expiresOn: expiry.dueOn, expiresAt: expiry.dueAt } as OfferData);
};

export const merchantOffer = (at: string, offerId = 'offer-1', over: Partial<OfferData> = {}, validDays = 14, by = agent) =>
  offerMade(at, by, validDays, { offerId, side: 'MERCHANT', kind: 'REMEDY', remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at home by our technician', ...over });

export const consumerOffer = (at: string, offerId = 'counter-1', over: Partial<OfferData> = {}, by = consumer) =>
  offerMade(at, by, 14, {
    offerId,
    side: 'CONSUMER',
    kind: 'REMEDY',
    remedy: 'REFUND',
    amount: { amount: '649.00', currency: 'EUR' },
    daysToCarryOut: 14,
    terms: 'Full refund, I return the machine',
    merchantResponseDueAt: periodOfDays(at, DEFAULT_DISPUTE_POLICY.merchantResponseDays).dueAt,
    ...over,
  });

export const claimRejected = (at = day(2)) =>
  event('ClaimRejected', { ...ctx(at, agent), reason: 'Misuse: limescale', level: 'FRONT_DESK' });

export const offerAccepted = (at: string, offerId: string, days: number, by: Actor = consumer, endsMediation = false) => {
  const dueOn = addDays(parisDateOf(at), days);
  return event('OfferAccepted', { ...ctx(at, by), offerId, remedyDueOn: dueOn, remedyDueAt: periodEndingOn(dueOn).dueAt, endsMediation });
};

export const mediationRequested = (at = day(3)) =>
  event('MediationRequested', {
    ...ctx(at, consumer),
    writtenClaimOn: FILED_ON,
    timeBarredAfter: '2026-03-03',
    admissibilityDueAt: periodOfDays(at, 21).dueAt,
  });

export const mediatorAssigned = (at = day(4), mediatorId = mediator.id) => event('MediatorAssigned', { ...ctx(at, admin), mediatorId });

/**
 * The mediator finds the request admissible at `at`; the 90 days run from `fileCompletedAt`
 * (R612-2, R612-5). By default the decision's own instant, as decisions were recorded before they
 * ran from the complete file: a stored event like any other, which the specs of later acts start from.
 */
export const admissible = (at = day(5), fileCompletedAt = at) =>
  event('MediationAdmissibilityDecided', {
    ...ctx(at, mediator),
    admissible: true,
    fileCompletedAt,
    outcomeDueAt: periodOfDays(fileCompletedAt, 90).dueAt,
  });

export const settlementProposed = (at = day(6), settlementId = 'settlement-1', over: Partial<DisputeEventOfType<'SettlementProposed'>['data']> = {}) =>
  event('SettlementProposed', {
    ...ctx(at, mediator),
    settlementId,
    remedy: 'PRICE_REDUCTION',
    amount: { amount: '150.00', currency: 'EUR' },
    daysToCarryOut: 14,
    terms: 'The merchant refunds 150 EUR; the consumer keeps the machine',
    ...over,
  });

/** Filed, refused, mediation requested, mediator assigned, found admissible on day 5. */
export const inMediation = (): DisputeEvent[] => [claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned(), admissible()];

/** The consumer gives the association its mandate (by default before anything else happens). */
export const representationGranted = (at = day(0, '12:00'), associationId = association.id) =>
  event('RepresentationGranted', { ...ctx(at, consumer), associationId });

/** The merchant's refusal taken one level up, with the fresh response period it opens. */
export const escalated = (at: string, level: 'SUPERVISOR' | 'COMPLAINTS_DEPARTMENT', dueAt: string) =>
  event('EscalatedInternally', { ...ctx(at, consumer), level, merchantResponseDueAt: dueAt });

/** Where a consumer may turn once the dispute ends unresolved. */
export const COURT: NextStep[] = [
  { kind: 'SMALL_CLAIMS', text: 'Injonction de payer, tribunal judiciaire' },
  { kind: 'CONCILIATOR', text: 'Conciliateur de justice, free of charge' },
];
export const closedUnresolved = (at: string, by = consumer) => event('DisputeClosed', { ...ctx(at, by), outcome: 'UNRESOLVED', nextSteps: COURT });
