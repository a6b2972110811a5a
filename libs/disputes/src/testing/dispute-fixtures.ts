import { addDays } from '@recours/consumer-law';
import type { DisputeCommand, DisputeCommandOfType, DisputeCommandType } from '../commands/dispute-command';
import type { FileClaim } from '../commands/claim-commands';
import { disputeDecider } from '../decider';
import type { ClaimFiled } from '../events/claim-events';
import type { DisputeEvent, DisputeEventOfType, DisputeEventType } from '../events/dispute-event';
import type { EventContext } from '../events/event-envelope';
import { DEFAULT_DISPUTE_POLICY } from '../policy';
import type { DisputeState } from '../state';
import type { Actor } from '../values/actor';
import { DeciderSpecification } from './decider-specification';

/** Test data for dispute specs: one washing machine, one merchant, a calendar starting on filing day. */

const DISPUTE_ID = 'dispute-42';
const CONSUMER_ID = 'consumer-1';
const MERCHANT_ID = 'merchant-1';

export const consumer: Actor = { kind: 'CONSUMER', id: CONSUMER_ID };
export const agent: Actor = { kind: 'MERCHANT_AGENT', id: 'agent-7', merchantId: MERCHANT_ID };
export const supervisor: Actor = { kind: 'MERCHANT_AGENT', id: 'agent-9', merchantId: MERCHANT_ID };
export const association: Actor = { kind: 'ASSOCIATION', id: 'ufc-paris' };
export const mediator: Actor = { kind: 'MEDIATOR', id: 'mediator-3' };
export const admin: Actor = { kind: 'ADMIN', id: 'admin-1' };
export const system: Actor = { kind: 'SYSTEM', id: 'deadline-manager' };
export const otherConsumer: Actor = { kind: 'CONSUMER', id: 'consumer-2' };
export const otherMerchantAgent: Actor = { kind: 'MERCHANT_AGENT', id: 'agent-1', merchantId: 'merchant-2' };
export const otherMediator: Actor = { kind: 'MEDIATOR', id: 'mediator-8' };
export const otherAssociation: Actor = { kind: 'ASSOCIATION', id: 'clcv-lyon' };

/** Filing day. Day n is n calendar days later; `dayStart(n)` its first instant. */
const FILED_ON = '2025-03-03';
export const day = (n: number, time = '10:00'): string => `${addDays(FILED_ON, n)}T${time}:00.000Z`;
export const dayStart = (n: number): string => `${addDays(FILED_ON, n)}T00:00:00.000Z`;
export const onDay = (n: number): string => addDays(FILED_ON, n);
export const FILED_AT = day(0, '09:00');

export const INVOICE_SHA = 'a'.repeat(64);
export const PHOTO_SHA = 'b'.repeat(64);

export const claimDetails = () => ({
  product: { name: 'Washing machine WX-900', category: 'Large appliances', brand: 'Laverte', model: 'WX-900', serialNumber: 'SN-123', condition: 'NEW' as const },
  purchase: {
    purchasedOn: '2024-11-20',
    deliveredOn: '2024-11-25',
    price: { amount: '649.00', currency: 'EUR' },
    channel: 'ONLINE' as const,
    country: 'FR',
    orderReference: 'CMD-2024-1187',
  },
  problem: {
    description: 'The drum stops mid-cycle with error E21.',
    firstNoticedOn: '2025-02-10',
    chronology: [
      { on: '2025-02-10', what: 'First E21 error' },
      { on: '2025-02-14', what: 'Called the hotline, no answer' },
    ],
  },
  requestedRemedy: 'REPAIR' as const,
});

export const fileClaimCommand = (overrides: Partial<FileClaim> = {}): FileClaim => ({
  type: 'FileClaim',
  disputeId: DISPUTE_ID,
  actor: consumer,
  at: FILED_AT,
  merchantId: MERCHANT_ID,
  ...claimDetails(),
  evidence: [{ kind: 'INVOICE', name: 'invoice.pdf', sha256: INVOICE_SHA }],
  ...overrides,
});

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

/** What every event records; an association's acts name the consumer. */
export const ctx = (at: string, by: Actor): EventContext => ({
  disputeId: DISPUTE_ID,
  at,
  by,
  ...(by.kind === 'ASSOCIATION' && { onBehalfOf: CONSUMER_ID }),
});

export function event<T extends DisputeEventType>(type: T, data: DisputeEventOfType<T>['data']): DisputeEventOfType<T> {
  return { type, schemaVersion: 1, data } as DisputeEventOfType<T>;
}

export function command<T extends DisputeCommandType>(
  type: T,
  at: string,
  actor: Actor,
  payload: Omit<DisputeCommandOfType<T>, 'type' | 'disputeId' | 'actor' | 'at'>,
): DisputeCommandOfType<T> {
  return { type, disputeId: DISPUTE_ID, actor, at, ...payload } as DisputeCommandOfType<T>;
}

/** A command with a payload the types would refuse, to check runtime validation. */
export const raw = (type: string, at: string, actor: unknown, payload: Record<string, unknown>) =>
  ({ type, disputeId: DISPUTE_ID, actor, at, ...payload }) as unknown as DisputeCommand;

/* Ready-made moments of a dispute, built from events only. */

export const merchantOffer = (at: string, offerId = 'offer-1', over: Partial<DisputeEventOfType<'OfferMade'>['data']> = {}, validDays = 14, by = agent) => {
  const expiresOn = addDays(at.slice(0, 10), validDays);
  return event('OfferMade', {
    ...ctx(at, by),
    offerId,
    side: 'MERCHANT',
    kind: 'REMEDY',
    remedy: 'REPAIR',
    daysToCarryOut: 30,
    terms: 'Repair at home by our technician',
    expiresOn,
    expiresAt: `${addDays(expiresOn, 1)}T00:00:00.000Z`,
    ...over,
  });
};

export const consumerOffer = (at: string, offerId = 'counter-1', over: Partial<DisputeEventOfType<'OfferMade'>['data']> = {}, by = consumer) => {
  const expiresOn = addDays(at.slice(0, 10), 14);
  return event('OfferMade', {
    ...ctx(at, by),
    offerId,
    side: 'CONSUMER',
    kind: 'REMEDY',
    remedy: 'REFUND',
    amount: { amount: '649.00', currency: 'EUR' },
    daysToCarryOut: 14,
    terms: 'Full refund, I return the machine',
    expiresOn,
    expiresAt: `${addDays(expiresOn, 1)}T00:00:00.000Z`,
    merchantResponseDueAt: `${addDays(at.slice(0, 10), 11)}T00:00:00.000Z`,
    ...over,
  });
};

export const claimRejected = (at = day(2)) =>
  event('ClaimRejected', { ...ctx(at, agent), reason: 'Misuse: limescale', level: 'FRONT_DESK' });

export const offerAccepted = (at: string, offerId: string, days: number, by: Actor = consumer, endsMediation = false) => {
  const dueOn = addDays(at.slice(0, 10), days);
  return event('OfferAccepted', { ...ctx(at, by), offerId, remedyDueOn: dueOn, remedyDueAt: `${addDays(dueOn, 1)}T00:00:00.000Z`, endsMediation });
};

export const mediationRequested = (at = day(3)) =>
  event('MediationRequested', {
    ...ctx(at, consumer),
    writtenClaimOn: FILED_ON,
    timeBarredAfter: '2026-03-03',
    admissibilityDueAt: `${addDays(at.slice(0, 10), 22)}T00:00:00.000Z`,
  });

export const mediatorAssigned = (at = day(4), mediatorId = mediator.id) => event('MediatorAssigned', { ...ctx(at, admin), mediatorId });

export const admissible = (at = day(5)) =>
  event('MediationAdmissibilityDecided', {
    ...ctx(at, mediator),
    admissible: true,
    fileCompletedAt: at,
    outcomeDueAt: `${addDays(at.slice(0, 10), 91)}T00:00:00.000Z`,
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

export const given = (events: DisputeEvent[]) => DeciderSpecification.for(disputeDecider).given(events);

export const stateOf = (events: DisputeEvent[]): DisputeState => events.reduce(disputeDecider.evolve, disputeDecider.initialState());
