import type { Actor } from '@recours/disputes';

/** The people of the scripted journeys. */
export const consumer = (id = 'consumer-1'): Actor => ({ kind: 'CONSUMER', id });
export const agent = (merchantId = 'merchant-1', id = 'agent-7'): Actor => ({ kind: 'MERCHANT_AGENT', id, merchantId });
export const mediator = (id = 'mediator-3'): Actor => ({ kind: 'MEDIATOR', id });
export const association = (id = 'ufc-paris'): Actor => ({ kind: 'ASSOCIATION', id });
export const admin: Actor = { kind: 'ADMIN', id: 'admin-1' };
export const system: Actor = { kind: 'SYSTEM', id: 'deadline-manager' };

export const claimOf = (merchantId: string, product = 'Washing machine WX-900') => ({
  merchantId,
  product: { name: product, category: 'Large appliances', brand: 'Laverte', model: 'WX-900', condition: 'NEW' as const },
  purchase: { purchasedOn: '2024-11-20', deliveredOn: '2024-11-25', price: { amount: '649.00', currency: 'EUR' }, channel: 'ONLINE' as const, country: 'FR' },
  problem: { description: 'The drum stops mid-cycle with error E21.', firstNoticedOn: '2025-02-10', chronology: [] },
  requestedRemedy: 'REPAIR' as const,
  evidence: [{ kind: 'INVOICE' as const, name: 'invoice.pdf', sha256: 'a'.repeat(64) }],
});
