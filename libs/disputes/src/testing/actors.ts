import type { Actor } from '../values/actor';

/** Who acts in the dispute specs: the consumer, the merchant's agents, the others, and outsiders to check refusals. */

export const CONSUMER_ID = 'consumer-1';
export const MERCHANT_ID = 'merchant-1';

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
